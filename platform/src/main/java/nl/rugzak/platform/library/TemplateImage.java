package nl.rugzak.platform.library;

/** An image that travels with a template (already checked and re-encoded when it was first uploaded). */
public record TemplateImage(String name, String contentType, byte[] bytes, String altText) {
}
