package nl.rugzak.themes.dtcg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.FontChoice;
import nl.rugzak.themes.tokens.ThemeTokens;
import nl.rugzak.themes.tokens.TokenException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a design-token file in the W3C format ({@code $value}, as NL Design System themes publish them; the older
 * Style Dictionary {@code value} works too) and maps the tokens Rugzak knows onto its own set by the declared
 * {@link #MAPPING}. References ({@code {basis.color.blue}}) are resolved. Every value goes through the same
 * validation as a value typed in the editor; nothing from the file is copied into CSS as text.
 */
public final class DesignTokenImport {

    /** Published multi-brand files run to a few megabytes; this leaves room without inviting any JSON at all. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Rugzak token → source token paths, the first one present wins. */
    public static final Map<String, List<String>> MAPPING = mapping();

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern REFERENCE = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
    private static final Pattern LENGTH = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)(px|rem)?");

    private DesignTokenImport() {
    }

    private static Map<String, List<String>> mapping() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(ColourToken.PRIMARY.key(), List.of("utrecht.button.primary-action.background-color",
                "basis.color.primary.bg-default", "basis.color.accent-1.bg-default"));
        m.put(ColourToken.PRIMARY_CONTRAST.key(), List.of("utrecht.button.primary-action.color",
                "basis.color.primary.color-default", "basis.color.accent-1-inverse.color-default"));
        m.put(ColourToken.ACCENT.key(), List.of("utrecht.button.secondary-action.border-color",
                "basis.color.accent-2.color-default", "basis.color.secondary.bg-default"));
        m.put(ColourToken.BACKGROUND.key(), List.of("utrecht.document.background-color", "utrecht.page.background-color",
                "basis.color.default.bg-document", "basis.color.bg-document"));
        m.put(ColourToken.SURFACE.key(), List.of("utrecht.page-footer.background-color", "basis.color.default.bg-subtle",
                "basis.color.bg-subtle"));
        m.put(ColourToken.TEXT.key(), List.of("utrecht.document.color", "basis.color.default.color-document",
                "basis.color.color-document"));
        m.put(ColourToken.LINK.key(), List.of("utrecht.link.color", "nl.link.color", "basis.color.action-1.color-default"));
        m.put(ColourToken.FOCUS.key(), List.of("utrecht.focus.outline-color", "basis.focus.outline-color",
                "basis.focus.color"));
        m.put(ColourToken.ERROR.key(), List.of("utrecht.feedback.danger.color", "basis.color.negative.color-default",
                "utrecht.form-field.invalid.border-color"));
        m.put(ColourToken.SUCCESS.key(), List.of("utrecht.feedback.safe.color", "utrecht.feedback.success.color",
                "basis.color.positive.color-default"));
        m.put("font", List.of("utrecht.document.font-family", "basis.text.font-family.default", "basis.typography.font-family.default"));
        m.put("base-size", List.of("utrecht.document.font-size", "basis.text.font-size.md", "basis.typography.font-size.md"));
        m.put("radius", List.of("utrecht.button.border-radius", "basis.border-radius.md", "basis.border-radius.default"));
        return Map.copyOf(m).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
    }

    /** Maps the file onto {@code start}; throws {@link TokenFileException} when the file is not a token file. */
    public static ImportReport read(byte[] file, ThemeTokens start) {
        return read(file, null, start);
    }

    /**
     * The brands (or themes) in a file that holds several, in the order people read them; empty for a file with one.
     * A brand is either a Tokens Studio theme ({@code $themes}) or a top-level set whose tokens Rugzak knows
     * ({@code {"gemeente-a": {"utrecht": …}, "gemeente-b": …}}); sets without such tokens (shared primitives) are
     * no brand but are read with each.
     */
    public static List<String> brands(byte[] file) {
        return brands(parse(file));
    }

    private static List<String> brands(JsonNode root) {
        if (root.has("$themes") && root.get("$themes").isArray()) {
            List<String> names = new ArrayList<>();
            root.get("$themes").forEach(theme -> {
                if (theme.hasNonNull("name")) {
                    names.add(theme.get("name").asString());
                }
            });
            if (!names.isEmpty()) {
                return names.stream().distinct().sorted().toList();
            }
        }
        if (knowsAny(tokensOf(root))) {
            return List.of();
        }
        return brandSets(root).stream().sorted().toList();
    }

    private static List<String> brandSets(JsonNode root) {
        List<String> brands = new ArrayList<>();
        for (var set : root.properties()) {
            if (!set.getKey().startsWith("$") && set.getValue().isObject() && knowsAny(tokensOf(set.getValue()))) {
                brands.add(set.getKey());
            }
        }
        return brands;
    }

    private static boolean knowsAny(Map<String, JsonNode> tokens) {
        return MAPPING.values().stream().flatMap(List::stream).anyMatch(tokens::containsKey);
    }

    private static Map<String, JsonNode> tokensOf(JsonNode node) {
        Map<String, JsonNode> tokens = new LinkedHashMap<>();
        collect(node, "", tokens, 0);
        return tokens;
    }

    /** The tokens of one brand: the shared sets first, the brand's own set (or the theme's sets) over them. */
    private static Map<String, JsonNode> tokensOf(JsonNode root, String brand) {
        List<String> brands = brands(root);
        if (brand == null || brand.isBlank()) {
            if (!brands.isEmpty()) {
                throw new TokenFileException("themes.file.choose-brand", String.join(", ", brands));
            }
            return tokensOf(root);
        }
        if (!brands.contains(brand)) {
            throw new TokenFileException("themes.file.unknown-brand", Colour.shorten(brand), String.join(", ", brands));
        }
        Map<String, JsonNode> tokens = new LinkedHashMap<>();
        if (root.has("$themes") && root.get("$themes").isArray()) {
            for (JsonNode theme : root.get("$themes")) {
                if (theme.hasNonNull("name") && theme.get("name").asString().equals(brand) && theme.has("selectedTokenSets")) {
                    for (var set : theme.get("selectedTokenSets").properties()) {
                        if (!"disabled".equals(set.getValue().asString()) && root.has(set.getKey()) && root.get(set.getKey()).isObject()) {
                            tokens.putAll(tokensOf(root.get(set.getKey())));
                        }
                    }
                    return tokens;
                }
            }
        }
        List<String> brandSets = brandSets(root);
        for (var set : root.properties()) {
            if (!set.getKey().startsWith("$") && set.getValue().isObject() && !brandSets.contains(set.getKey())) {
                tokens.putAll(tokensOf(set.getValue()));
            }
        }
        tokens.putAll(tokensOf(root.get(brand)));
        return tokens;
    }

    /** As {@link #read(byte[], ThemeTokens)}, for one brand of a file with several ({@code null}: a file with one). */
    public static ImportReport read(byte[] file, String brand, ThemeTokens start) {
        Map<String, JsonNode> tokens = tokensOf(parse(file), brand);
        if (tokens.isEmpty()) {
            throw new TokenFileException("themes.file.no-tokens");
        }
        return map(tokens, start);
    }

    private static JsonNode parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw new TokenFileException("themes.file.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new TokenFileException("themes.file.too-large", megabytes(file.length), MAX_BYTES / (1024 * 1024));
        }
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
                throw new TokenFileException("themes.file.not-json");
            }
            throw new TokenFileException("themes.file.not-json-at-line", e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw new TokenFileException("themes.file.not-an-object");
        }
        return root;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", bytes / 1_048_576.0);
    }

    private static ImportReport map(Map<String, JsonNode> tokens, ThemeTokens start) {
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (var entry : MAPPING.entrySet()) {
            entry.getValue().stream().filter(tokens::containsKey).findFirst().ifPresent(path -> sourceOf.put(path, entry.getKey()));
        }
        ThemeTokens result = start;
        List<ImportReport.Mapped> mapped = new ArrayList<>();
        List<ImportReport.Ignored> ignored = new ArrayList<>();
        for (var token : tokens.entrySet()) {
            String path = token.getKey();
            String target = sourceOf.get(path);
            if (target == null) {
                boolean known = MAPPING.values().stream().anyMatch(paths -> paths.contains(path));
                ignored.add(new ImportReport.Ignored(path, known
                        ? new TextKey("themes.import.ignored.already-set")
                        : new TextKey("themes.import.ignored.unused")));
                continue;
            }
            try {
                String raw = resolve(token.getValue(), tokens, 0);
                result = apply(result, target, raw);
                mapped.add(new ImportReport.Mapped(path, target, shownValue(result, target)));
            } catch (TokenException e) {
                ignored.add(new ImportReport.Ignored(path, e.text()));
            }
        }
        if (mapped.isEmpty()) {
            throw new TokenFileException("themes.file.nothing-taken-over");
        }
        return new ImportReport(result, mapped, ignored);
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> into, int depth) {
        if (depth > 20) {
            throw new TokenFileException("themes.file.too-deep");
        }
        if (node.has("$value")) {
            into.put(path, node.get("$value"));
            return;
        }
        if (node.has("value") && !node.get("value").isObject()) {
            into.put(path, node.get("value"));
            return;
        }
        for (var property : node.properties()) {
            if (property.getKey().startsWith("$") || !property.getValue().isObject()) {
                continue;
            }
            collect(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), into, depth + 1);
        }
    }

    private static String resolve(JsonNode value, Map<String, JsonNode> tokens, int depth) {
        if (!value.isString() && !value.isNumber()) {
            throw new TokenException("themes.import.composite");
        }
        String text = value.asString().strip();
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            if (depth > 10) {
                throw new TokenException("themes.import.reference-loop");
            }
            JsonNode target = tokens.get(reference.group(1));
            if (target == null) {
                throw new TokenException("themes.import.unknown-reference", reference.group(1));
            }
            return resolve(target, tokens, depth + 1);
        }
        return text;
    }

    private static ThemeTokens apply(ThemeTokens tokens, String target, String raw) {
        return switch (target) {
            case "font" -> tokens.withFont(FontChoice.matchFamily(raw).orElseThrow(() ->
                    new TokenException("themes.import.font-not-allowed")));
            case "base-size" -> tokens.withBaseSize((int) Math.round(pixels(raw)));
            case "radius" -> tokens.withRadius((int) Math.round(pixels(raw)));
            default -> tokens.with(colourToken(target), colour(raw));
        };
    }

    private static ColourToken colourToken(String key) {
        for (ColourToken token : ColourToken.values()) {
            if (token.key().equals(key)) {
                return token;
            }
        }
        throw new IllegalStateException("Unmapped Rugzak token " + key);
    }

    static Colour colour(String raw) {
        Matcher rgb = RGB.matcher(raw.toLowerCase(Locale.ROOT));
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r > 255 || g > 255 || b > 255) {
                throw new TokenException("themes.import.not-a-colour", Colour.shorten(raw));
            }
            return Colour.of(r, g, b);
        }
        return Colour.parse(raw);
    }

    private static double pixels(String raw) {
        Matcher length = LENGTH.matcher(raw.toLowerCase(Locale.ROOT));
        if (!length.matches()) {
            throw new TokenException("themes.import.not-a-length", Colour.shorten(raw));
        }
        double number = Double.parseDouble(length.group(1));
        return "rem".equals(length.group(2)) ? number * 16 : number;
    }

    private static String shownValue(ThemeTokens tokens, String target) {
        return Optional.ofNullable(tokens.toMap().get(target)).orElse("");
    }
}
