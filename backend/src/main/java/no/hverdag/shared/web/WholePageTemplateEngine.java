package no.hverdag.shared.web;

import java.nio.charset.Charset;
import java.util.Set;

import org.reactivestreams.Publisher;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.context.webflux.IReactiveDataDriverContextVariable;
import org.thymeleaf.util.FastStringWriter;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;

/**
 * Thymeleaf's WebFlux engine, writing a whole page into characters first and encoding it
 * once. The stock engine writes each piece of markup (a tag, an attribute, a space)
 * through an {@code OutputStreamWriter} into the response buffer, and that per-piece
 * encoding was a quarter of the search page's rendering time (JFR, issue 18). Chunked and
 * data-driven rendering, which no page here uses, are left to the stock engine.
 */
public class WholePageTemplateEngine extends SpringWebFluxTemplateEngine {

	/** The home page is about 40 KB; most pages are smaller. */
	private static final int INITIAL_CHARS = 16 * 1024;

	@Override
	public Publisher<DataBuffer> processStream(String template, Set<String> markupSelectors, IContext context,
			DataBufferFactory bufferFactory, MediaType mediaType, Charset charset, int responseMaxChunkSizeBytes) {
		boolean whole = responseMaxChunkSizeBytes == Integer.MAX_VALUE || responseMaxChunkSizeBytes < 0;
		if (!whole || template == null || context == null || bufferFactory == null || mediaType == null
				|| charset == null || MediaType.TEXT_EVENT_STREAM.includes(mediaType) || dataDriven(context)) {
			return super.processStream(template, markupSelectors, context, bufferFactory, mediaType, charset,
					responseMaxChunkSizeBytes);
		}
		return Mono.fromCallable(() -> {
			FastStringWriter page = new FastStringWriter(INITIAL_CHARS);
			process(template, markupSelectors, context, page);
			return bufferFactory.wrap(page.toString().getBytes(charset));
		});
	}

	private static boolean dataDriven(IContext context) {
		for (String name : context.getVariableNames()) {
			if (context.getVariable(name) instanceof IReactiveDataDriverContextVariable) {
				return true;
			}
		}
		return false;
	}

}
