package no.hverdag.shared.i18n;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with one difference from Spring's own: a key that starts with
 * {@value #ICU_PREFIX} lives in the {@code i18n/counts} family and is an ICU message
 * ({@code {0, plural, one {# plass} other {# plasser}}}), formatted by ICU4J with the
 * plural rules of the reader's language. Every other key is formatted by
 * {@link java.text.MessageFormat} as before, so the apostrophe rules of the existing
 * bundles do not change. Numbers use Latin digits in every language, on both paths (see
 * {@link LocalForms}).
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	static final String ICU_PREFIX = "count.";

	/**
	 * The {@code java.text} path with Latin digits too: with an Arabic or Persian locale
	 * it would write a count as ١٢ or ۱۲ next to times and phone numbers in 0–9.
	 */
	@Override
	protected java.text.MessageFormat createMessageFormat(String msg, Locale locale) {
		return new java.text.MessageFormat(msg, latinDigits(locale));
	}

	static Locale latinDigits(Locale locale) {
		return (locale == null) ? null
				: new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || !code.startsWith(ICU_PREFIX)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale readers = (locale != null) ? locale : SupportedLanguage.NB.locale();
		String pattern = resolveCodeWithoutArguments(code, readers);
		if (pattern == null) {
			return super.getMessageInternal(code, args, locale);
		}
		Object[] resolved = (args == null) ? new Object[0] : resolveArguments(args, readers);
		return new MessageFormat(pattern, LocalForms.formatting(readers)).format(resolved);
	}

}
