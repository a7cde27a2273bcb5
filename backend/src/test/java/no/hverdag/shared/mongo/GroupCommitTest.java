package no.hverdag.shared.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group commit's order of events, with a commit the test holds open: no time
 * assumptions, only latches.
 */
@DisplayName("The embedded store's group commit")
class GroupCommitTest {

	private static final long WAIT_SECONDS = 60;

	@Test
	@DisplayName("acknowledges a write only after a commit that started after it, and lets writes that arrive during a commit share the next one")
	void writesArrivingTogetherShareTheNextCommit() throws Exception {
		Semaphore started = new Semaphore(0);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger commitsRun = new AtomicInteger();
		AtomicBoolean firstCommit = new AtomicBoolean(true);
		try (GroupCommit commits = new GroupCommit(() -> {
			commitsRun.incrementAndGet();
			started.release();
			if (firstCommit.getAndSet(false)) {
				await(release);
			}
		}, "test-committer")) {
			CompletableFuture<Void> first = commits.afterWrite();
			assertThat(started.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first commit started").isTrue();
			// Arrive while the first commit runs: not in it, so not acknowledged by it.
			CompletableFuture<Void> second = commits.afterWrite();
			CompletableFuture<Void> third = commits.afterWrite();
			assertThat(first).isNotDone();
			assertThat(second).isSameAs(third).isNotSameAs(first);

			release.countDown();
			first.get(WAIT_SECONDS, TimeUnit.SECONDS);
			second.get(WAIT_SECONDS, TimeUnit.SECONDS);
			assertThat(commitsRun).as("two commits for three writes").hasValue(2);
			assertThat(commits.commits()).isEqualTo(2);
			assertThat(commits.writes()).isEqualTo(3);
		}
	}

	@Test
	@DisplayName("refuses the writes of a failed commit, and commits the next batch again")
	void aFailedCommitRefusesItsWrites() throws Exception {
		AtomicBoolean fail = new AtomicBoolean(true);
		try (GroupCommit commits = new GroupCommit(() -> {
			if (fail.getAndSet(false)) {
				throw new IllegalStateException("disk full");
			}
		}, "test-committer")) {
			CompletableFuture<Void> failed = commits.afterWrite();
			assertThat(failed).failsWithin(WAIT_SECONDS, TimeUnit.SECONDS);
			commits.afterWrite().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
	}

	@Test
	@DisplayName("commits what waits when it closes, and refuses later writes")
	void closeCommitsWhatWaits() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Semaphore started = new Semaphore(0);
		GroupCommit commits = new GroupCommit(() -> {
			started.release();
			await(release);
		}, "test-committer");
		CompletableFuture<Void> first = commits.afterWrite();
		assertThat(started.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> waiting = commits.afterWrite();
		release.countDown();
		commits.close();
		assertThat(first).isCompleted();
		assertThat(waiting).isCompleted();
		assertThat(commits.afterWrite()).isCompletedExceptionally();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
