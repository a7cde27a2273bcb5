package no.hverdag.shared.web;

import java.util.function.LongSupplier;

/**
 * A page whose rendering an anonymous visitor may be given again ({@link RenderedPages}):
 * a module declares one as a bean when its page, for visitors who are not signed in,
 * depends only on its address, the language, what the store and the module's
 * {@code dataVersion} hold, and the clock (within the cache's few seconds). A page that
 * shows anything of the visitor's own (a CSRF token, a name, a cookie's choice other than
 * the language) must not be declared.
 *
 * @param path the exact path, without query
 * @param dataVersion changes whenever what the page shows changes on this node beyond the
 * store's own writes (an index made visible later than the write, for instance)
 */
public record CacheablePage(String path, LongSupplier dataVersion) {
}
