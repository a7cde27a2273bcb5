package no.hverdag.shared.i18n;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
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

	/**
	 * The message bundles under {@code spring.messages.basename}, with ICU plural
	 * messages for keys in the {@code i18n/counts} family (issue 16). Named
	 * {@code messageSource}, Boot's own then stands back; the settings Boot would read
	 * are read here.
	 */
	@Bean(name = "messageSource")
	MessageSource messageSource(Environment environment) {
		IcuMessageSource source = new IcuMessageSource();
		source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(
				environment.getProperty("spring.messages.basename", "i18n/messages,i18n/privacy,i18n/counts"))));
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(
				environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, false));
		source.setUseCodeAsDefaultMessage(
				environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
		return source;
	}

}
