package no.hverdag.shared.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

@Configuration(proxyBeanMethods = false)
public class LocaleConfig {

	/**
	 * The bean must carry this exact name for WebFlux to use it instead of
	 * Accept-Language only.
	 */
	@Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
	LocaleContextResolver localeContextResolver() {
		return new LangParamLocaleContextResolver();
	}

}
