package no.hverdag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar we ship, started the way an operator would: {@code java -jar} with no
 * configuration at all. It must start on the embedded store, know every municipality,
 * offer no sign-in provider that is not configured, and carry none of the test-only
 * identity provider.
 */
class PackagedJarIT {

	private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");

	private Process app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.destroy();
		}
	}

	@Test
	@DisplayName("java -jar with no configuration starts on the embedded store with no providers and no test tools inside")
	void startsWithNoConfiguration(@TempDir Path workDir) throws Exception {
		Path jar = packagedJar();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			assertThat(zip.stream().map(e -> e.getName()))
				.noneMatch(name -> name.contains("mock-oauth2-server") || name.matches(".*/junit-4.*\\.jar"))
				.anyMatch(name -> name.contains("hverdag-frontend-templates"));
		}
		Started started = start(workDir, List.of());
		answersAsConfigured(started, workDir);
		assertThat(started.output()).doesNotContain("AOT-processed");
	}

	@Test
	@DisplayName("The AOT start (the image's, ADR 0026) is used with the build's configuration and answers the same")
	void aotStart(@TempDir Path workDir) throws Exception {
		Started started = start(workDir, List.of("-Dspring.aot.enabled=true"));
		answersAsConfigured(started, workDir);
		assertThat(started.output()).contains("Starting AOT-processed HverdagApplication")
			.contains("AOT start: the ")
			.doesNotContain("Not using the AOT start");
	}

	@Test
	@DisplayName("A municipality's own configuration (a sign-in provider, the demo content, live mail) keeps the AOT start, and is in force")
	void aotStartWithADeploymentsConfiguration(@TempDir Path workDir) throws Exception {
		String provider = "--spring.security.oauth2.client.provider.kommune.";
		String registration = "--spring.security.oauth2.client.registration.kommune.";
		Started started = start(workDir, List.of("-Dspring.aot.enabled=true", "--hverdag.seed.demo=true",
				registration + "client-id=hverdag", registration + "client-secret=not-a-secret",
				registration + "authorization-grant-type=authorization_code", registration + "scope=openid",
				registration + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				provider + "authorization-uri=http://127.0.0.1:9/authorize",
				provider + "token-uri=http://127.0.0.1:9/token", provider + "jwk-set-uri=http://127.0.0.1:9/jwks",
				"--hverdag.notifications.delivery=live", "--spring.mail.host=127.0.0.1", "--spring.mail.port=9",
				"--hverdag.notifications.mail-from=hverdag@example.no",
				"--hverdag.notifications.sms.url=http://127.0.0.1:9/sms",
				"--hverdag.notifications.sms.token=not-a-token"));
		assertThat(started.output()).contains("Starting AOT-processed HverdagApplication")
			.doesNotContain("Not using the AOT start");
		HttpResponse<String> login = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + started.port() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).contains("/oauth2/authorization/kommune");
		HttpResponse<Void> signIn = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + started.port() + "/oauth2/authorization/kommune"))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith("http://127.0.0.1:9/authorize?"));
		awaitReady(HTTP, started.port());
		HttpResponse<String> demo = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + started.port() + "/api/v1/activities")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(demo.body()).doesNotContain("\"total\":0");
	}

	@Test
	@DisplayName("Asked for the AOT start with a setting a build condition read changed, it starts the regular way, with that setting in force")
	void aotStartFallsBackWhenTheConfigurationDiffers(@TempDir Path workDir) throws Exception {
		// With a token issuer configured, Spring Boot makes a JWT decoder (a condition
		// the build, which had none, decided the other way): bearer tokens are then
		// checked, and a wrong one is refused.
		Started started = start(workDir, List.of("-Dspring.aot.enabled=true",
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks"));
		assertThat(started.output())
			.contains("Not using the AOT start, these settings differ from the build's: "
					+ "spring.security.oauth2.resourceserver.jwt.jwk-set-uri (not set when built)")
			.doesNotContain("Starting AOT-processed");
		HttpResponse<String> withToken = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + started.port() + "/api/v1/me"))
				.header("Authorization", "Bearer not-a-token")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withToken.statusCode()).isEqualTo(401);
		assertThat(withToken.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
	}

	@Test
	@DisplayName("Tracing export turned on (one setting) starts the regular way, with the OpenTelemetry SDK sending spans to the collector")
	void tracesWhenExportIsOn(@TempDir Path workDir) throws Exception {
		// A collector that only counts what reaches it: OTLP over HTTP posts to
		// /v1/traces.
		HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger posts = new AtomicInteger();
		collector.createContext("/v1/traces", exchange -> {
			exchange.getRequestBody().readAllBytes();
			posts.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		collector.start();
		try {
			Started started = start(workDir,
					List.of("-Dspring.aot.enabled=true", "--management.tracing.export.enabled=true",
							"--management.tracing.sampling.probability=1.0",
							"--management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
									+ collector.getAddress().getPort() + "/v1/traces"));
			assertThat(started.output()).contains("Not using the AOT start", "management.opentelemetry.enabled")
				.doesNotContain("Starting AOT-processed");
			HTTP.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + started.port() + "/api/v1/municipalities/1804"))
				.build(), HttpResponse.BodyHandlers.discarding());
			// The batch span processor sends every few seconds; generous for a busy
			// machine.
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (posts.get() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			assertThat(posts.get()).as("spans posted to the collector within 2 minutes").isPositive();
		}
		finally {
			collector.stop(0);
		}
	}

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The process's output so far and the port it took. */
	private record Started(int port, int managementPort, StringBuffer log) {

		String output() {
			return this.log.toString();
		}

	}

	private Started start(Path workDir, List<String> options) throws Exception {
		int managementPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		options.stream().filter(option -> option.startsWith("-D")).forEach(command::add);
		command.addAll(List.of("-jar", packagedJar().toString(), "--server.port=0",
				"--management.server.port=" + managementPort));
		options.stream().filter(option -> option.startsWith("--")).forEach(command::add);
		this.app = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
		StringBuffer log = new StringBuffer();
		// Generous: CI may share two cores with other work; this checks that it starts,
		// not how fast.
		try {
			return new Started(awaitPort(this.app, log).get(5, TimeUnit.MINUTES), managementPort, log);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The packaged jar did not report its port within 5 minutes:\n" + log, ex);
		}
	}

	/** What an operator sees of a jar started with no configuration. */
	private void answersAsConfigured(Started started, Path workDir) throws Exception {
		int port = started.port();
		HttpClient http = HTTP;
		HttpResponse<String> municipalities = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/municipalities")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(municipalities.statusCode()).isEqualTo(200);
		assertThat(municipalities.body()).contains("\"number\":\"1804\"").contains("\"name\":\"Bodø\"");

		HttpResponse<String> login = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).contains("Innlogging er ikke satt opp").doesNotContain("/oauth2/authorization/");

		HttpResponse<String> activities = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/activities")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(activities.statusCode()).isEqualTo(200);
		assertThat(activities.body()).contains("\"items\":[]").contains("\"total\":0");
		assertThat(workDir.resolve("data/hverdag.mv")).exists();

		// Probes on the public port (status only), Prometheus on the management port. The
		// search index is built in the background (issue 18): ready once it is done,
		// which on a busy machine may take a while after the first answer.
		awaitReady(http, port);
		for (String probe : new String[] { "/livez", "/readyz" }) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		HttpResponse<String> prometheus = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + started.managementPort() + "/actuator/prometheus"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(prometheus.statusCode()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
	}

	private void awaitReady(HttpClient http, int port) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (true) {
			int status = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
			if (status == 200) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The packaged jar answered, but /readyz still said " + status
						+ " 5 minutes later (start-up work in the background never finished)");
			}
			Thread.sleep(200);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter(p -> p.getFileName().toString().matches("hverdag-backend-.*\\.jar")
						&& !p.getFileName().toString().endsWith("-plain.jar"))
				.map(Path::toAbsolutePath)
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("Run through `./mvnw verify`: no packaged jar in target/"));
		}
	}

	/**
	 * Reads the application's output until it says which port it took; keeps draining
	 * after that.
	 */
	private static CompletableFuture<Integer> awaitPort(Process process, StringBuffer output) {
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					output.append(line).append('\n');
					Matcher matcher = PORT.matcher(line);
					if (matcher.find()) {
						port.complete(Integer.parseInt(matcher.group(1)));
					}
				}
				port.completeExceptionally(
						new IllegalStateException("The application exited before it started:\n" + output));
			}
			catch (IOException ex) {
				port.completeExceptionally(ex);
			}
		});
		reader.setDaemon(true);
		reader.start();
		return port;
	}

}
