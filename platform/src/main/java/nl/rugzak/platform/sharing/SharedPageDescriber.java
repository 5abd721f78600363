package nl.rugzak.platform.sharing;

import java.util.Optional;

/**
 * Implemented by a module for its own public pages (initiatives, topics, later updates): given the request path,
 * the page's preview, or empty when the path is not one of its pages or the item is not public (a hidden, draft or
 * unknown item then gets the site's generic tags, never its own title). Runs for anonymous and logged-in visitors
 * alike, so it must decide on publicness itself, never by who is asking.
 */
public interface SharedPageDescriber {

    Optional<PageMeta> describe(String path);
}
