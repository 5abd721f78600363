package nl.rugzak.platform.library;

import java.util.List;
import java.util.Map;

/**
 * A template's content: its structure (plain JSON values: maps, lists, strings, numbers, booleans) and its images.
 * Images are named in the structure by {@link TemplateImage#name()}.
 */
public record TemplateBody(Map<String, Object> structure, List<TemplateImage> images) {

    public TemplateBody {
        // Not Map.copyOf: a structure may hold nulls ("no scale", "no image").
        structure = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(structure));
        images = List.copyOf(images);
    }

    public static TemplateBody of(Map<String, Object> structure) {
        return new TemplateBody(structure, List.of());
    }

    public String text(String key) {
        Object value = structure.get(key);
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
        Object value = structure.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public java.util.Optional<TemplateImage> image(String name) {
        return images.stream().filter(image -> image.name().equals(name)).findFirst();
    }

    /** A text field of a part of the structure ("" when absent). */
    public static String text(Map<String, Object> part, String key) {
        Object value = part.get(key);
        return value == null ? "" : value.toString();
    }

    public static int number(Map<String, Object> part, String key, int otherwise) {
        return part.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    public static boolean flag(Map<String, Object> part, String key) {
        return Boolean.TRUE.equals(part.get(key));
    }
}
