package no.hverdag.notifications.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "mail" health component: up with the outbox; with live delivery, up when the SMTP
 * server answers and down when nothing listens.
 */
class MailHealthIndicatorTest {

	@Test
	@DisplayName("with the outbox, mail is up and says so")
	void outboxIsUp() {
		Health health = new MailHealthIndicator(new OutboxDelivery(null, Clock.systemUTC())).health().block();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("delivery", "outbox");
	}

	@Test
	@DisplayName("with live delivery, mail is up when the SMTP server greets and takes the goodbye")
	void liveAndServerAnswers() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			Thread smtp = new Thread(() -> answerOneSmtpSession(server), "fake-smtp");
			smtp.start();
			LiveDelivery live = live(server.getLocalPort());
			MailHealthIndicator indicator = new MailHealthIndicator(live);
			try {
				Health health = indicator.health().block();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("delivery", "live")
					.containsEntry("server", "127.0.0.1:" + server.getLocalPort());
			}
			finally {
				indicator.destroy();
				live.destroy();
			}
			smtp.join(10_000);
		}
	}

	@Test
	@DisplayName("with live delivery, mail is down when nothing listens, and says which error")
	void liveAndNoServer() throws Exception {
		int closedPort;
		try (ServerSocket server = new ServerSocket(0)) {
			closedPort = server.getLocalPort();
		}
		LiveDelivery live = live(closedPort);
		MailHealthIndicator indicator = new MailHealthIndicator(live);
		try {
			Health health = indicator.health().block();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("server", "127.0.0.1:" + closedPort).containsKey("error");
		}
		finally {
			indicator.destroy();
			live.destroy();
		}
	}

	@Test
	@DisplayName("an SMTP server that never answers holds one check thread; further checks read as down at once")
	void stuckServerHoldsOneThread() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			// Takes connections and never greets.
			java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
			Thread acceptor = new Thread(() -> {
				try (Socket client = server.accept()) {
					connected.countDown();
					Thread.sleep(30_000);
				}
				catch (IOException | InterruptedException ex) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			LiveDelivery live = live(server.getLocalPort());
			MailHealthIndicator indicator = new MailHealthIndicator(live);
			try {
				indicator.health().subscribe();
				// The first check holds the thread (it is connected and waiting) before
				// the
				// second is queued: otherwise, on a busy machine, the second could find
				// the
				// first still queued and be the one refused.
				assertThat(connected.await(30, java.util.concurrent.TimeUnit.SECONDS))
					.as("the first check connected within 30 s")
					.isTrue();
				indicator.health().subscribe();
				Health third = indicator.health().block(java.time.Duration.ofSeconds(3));
				assertThat(third.getStatus()).isEqualTo(Status.DOWN);
				assertThat(third.getDetails()).containsEntry("error", MailHealthIndicator.STILL_WAITING);
			}
			finally {
				indicator.destroy();
				live.destroy();
				acceptor.interrupt();
			}
		}
	}

	private static LiveDelivery live(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
		return new LiveDelivery(sender, (to, text) -> reactor.core.publisher.Mono.empty(), "noreply@hverdag.no");
	}

	/** Just enough SMTP for a connection test: greeting, EHLO/HELO, QUIT. */
	private static void answerOneSmtpSession(ServerSocket server) {
		try (Socket client = server.accept();
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
			out.print("220 test SMTP\r\n");
			out.flush();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					out.print("250 test\r\n");
				}
				else if (command.startsWith("QUIT")) {
					out.print("221 bye\r\n");
					out.flush();
					return;
				}
				else {
					out.print("250 ok\r\n");
				}
				out.flush();
			}
		}
		catch (IOException ex) {
			// the test's assertion reports what went wrong
		}
	}

}
