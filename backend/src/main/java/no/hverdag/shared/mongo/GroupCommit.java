package no.hverdag.shared.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One commit for the writes that arrive together (ADR 0001, addendum). A writer applies
 * its change to the store first, then asks for the commit that will hold it
 * ({@link #afterWrite()}) and is acknowledged only when that commit has completed. A
 * single committer thread takes the waiting batch, commits, completes the batch and takes
 * the next: the writes that arrived while a commit was running share the next one.
 * Nothing waits for a timer: a lone write is committed at once, as before.
 *
 * <p>
 * Why a write is in the commit whose completion acknowledges it: the writer's change is
 * in the store before it takes the batch's future, and the committer swaps the batch
 * (under the same lock) before it starts the commit; a commit writes everything changed
 * in the store before it started. Commits run one after the other, so a completed batch
 * also means every earlier batch is on disk.
 */
final class GroupCommit implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final Runnable commit;

	private final Object lock = new Object();

	private final Thread committer;

	private final AtomicLong commits = new AtomicLong();

	private final AtomicLong writes = new AtomicLong();

	/** The batch that the next commit will complete; guarded by {@link #lock}. */
	private CompletableFuture<Void> next = new CompletableFuture<>();

	/** Whether a writer waits on {@link #next}; guarded by {@link #lock}. */
	private boolean waiting;

	/** Guarded by {@link #lock}. */
	private boolean closed;

	GroupCommit(Runnable commit, String name) {
		this.commit = commit;
		this.committer = new Thread(this::run, name);
		this.committer.setDaemon(true);
		this.committer.start();
	}

	/**
	 * The commit that will hold every change made to the store so far; call it after the
	 * write, and acknowledge the write only when it completes. Completes exceptionally
	 * when the commit failed or the store is closing.
	 */
	CompletableFuture<Void> afterWrite() {
		synchronized (this.lock) {
			if (this.closed) {
				return CompletableFuture.failedFuture(new IllegalStateException("the store is closing"));
			}
			this.writes.incrementAndGet();
			this.waiting = true;
			this.lock.notifyAll();
			return this.next;
		}
	}

	/** Commits completed so far. */
	long commits() {
		return this.commits.get();
	}

	/** Writes acknowledged through a commit so far. */
	long writes() {
		return this.writes.get();
	}

	private void run() {
		while (true) {
			CompletableFuture<Void> batch;
			synchronized (this.lock) {
				while (!this.waiting && !this.closed) {
					try {
						this.lock.wait();
					}
					catch (InterruptedException ex) {
						// Only close() interrupts, and it sets closed first.
					}
				}
				if (!this.waiting) {
					return;
				}
				this.waiting = false;
				batch = this.next;
				this.next = new CompletableFuture<>();
			}
			try {
				this.commit.run();
				this.commits.incrementAndGet();
				batch.complete(null);
			}
			catch (RuntimeException | Error ex) {
				log.error("Committing the embedded store failed; the writes waiting for it are refused", ex);
				batch.completeExceptionally(ex);
			}
		}
	}

	/**
	 * Commits what is waiting, then stops the committer. Writes that arrive later are
	 * refused.
	 */
	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			this.lock.notifyAll();
		}
		try {
			this.committer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
