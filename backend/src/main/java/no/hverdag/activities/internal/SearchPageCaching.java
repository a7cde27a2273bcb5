package no.hverdag.activities.internal;

import no.hverdag.shared.web.CacheablePage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search page ({@code /}) may be given again to anonymous visitors (issue 18): it
 * shows nothing of the visitor's own when nobody is signed in (the sign-out form with its
 * token is only for the signed-in), and what it shows comes from the store and the search
 * index, whose changes become visible after the store's write (hence the index's own
 * version beside the store's writes).
 */
@Configuration(proxyBeanMethods = false)
class SearchPageCaching {

	@Bean
	CacheablePage searchPage(ActivitySearchIndex index) {
		return new CacheablePage("/", index::version);
	}

}
