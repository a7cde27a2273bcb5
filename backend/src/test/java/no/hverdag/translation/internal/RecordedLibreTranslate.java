package no.hverdag.translation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server that answers LibreTranslate's {@code POST /translate} from the
 * recorded exchanges in {@code src/test/resources/libretranslate/recordings.json}; a
 * request that was not recorded gets 500, as a broken server would. It keeps every
 * request body it was sent, so tests can count what reached the server.
 */
public final class RecordedLibreTranslate implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<JsonNode> exchanges;

	private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	public RecordedLibreTranslate() {
		try (InputStream in = RecordedLibreTranslate.class.getResourceAsStream("/libretranslate/recordings.json")) {
			List<JsonNode> recorded = new java.util.ArrayList<>();
			JSON.readTree(in).get("exchanges").forEach(recorded::add);
			this.exchanges = List.copyOf(recorded);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route(routes -> routes.post("/translate",
					(request, response) -> request.receive().aggregate().asString().flatMap(body -> {
						JsonNode asked = read(body);
						this.received.add(JSON.convertValue(asked, Map.class));
						JsonNode answer = answerTo(asked);
						return response.status(answer.get("status").asInt())
							.header("Content-Type", "application/json")
							.sendString(Mono.just(answer.get("response").toString()))
							.then();
					})))
			.bindNow();
	}

	private static JsonNode read(String body) {
		return JSON.readTree(body);
	}

	private JsonNode answerTo(JsonNode asked) {
		return this.exchanges.stream().filter(exchange -> {
			JsonNode recorded = exchange.get("request");
			return recorded.get("q").equals(asked.get("q")) && recorded.get("source").equals(asked.get("source"))
					&& recorded.get("target").equals(asked.get("target"));
		})
			.findFirst()
			.orElseGet(() -> JSON.valueToTree(Map.of("status", 500, "response", Map.of("error", "not recorded"))));
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** The bodies of the requests the server has had, oldest first. */
	public List<Map<String, Object>> received() {
		return this.received;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
