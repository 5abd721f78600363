package nl.rugzak.platform.content;

/**
 * What a comment, report or moderation action is about: an item of a module, e.g. {@code ("initiatives", 12)} or
 * {@code ("comments", 40)}. The id is only meaningful inside the current tenant's schema.
 */
public record ContentRef(String module, long itemId) {

    public ContentRef {
        if (module == null || !module.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("Invalid module id: " + module);
        }
    }

    @Override
    public String toString() {
        return module + "/" + itemId;
    }
}
