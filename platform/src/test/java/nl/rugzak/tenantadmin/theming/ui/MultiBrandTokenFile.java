package nl.rugzak.tenantadmin.theming.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A design-token file shaped like the ones municipalities publish with NL Design System (Tokens Studio export,
 * W3C {@code $value}): a shared set of primitives ({@code common}) and one set per brand with {@code basis} and
 * component tokens ({@code utrecht.*}) that refer to the primitives, each with a description and tool extensions.
 * About 2.3 MB and 2,800 tokens; generated, so the test says what is in it.
 */
final class MultiBrandTokenFile {

    static final List<String> BRANDS = List.of("gemeente-voorbeeld", "gemeente-oosterhaven", "gemeente-westkust");
    /** The primitive each brand's link colour refers to. */
    private static final Map<String, String> LINK_HUE = Map.of("gemeente-voorbeeld", "blue",
            "gemeente-oosterhaven", "green", "gemeente-westkust", "purple");
    private static final List<String> HUES = List.of("blue", "green", "purple", "red", "orange", "grey", "yellow",
            "teal", "pink", "brown");
    private static final List<String> COMPONENTS = List.of("accordion", "alert", "article", "backdrop", "badge-counter",
            "badge-data", "badge-status", "blockquote", "breadcrumb-nav", "button-group", "calendar", "checkbox",
            "code-block", "column-layout", "data-list", "data-placeholder", "digid-button", "document", "drawer",
            "emphasis", "fieldset", "form-field", "form-label", "form-toggle", "heading-1", "heading-2", "heading-3",
            "heading-4", "heading-5", "heading-6", "icon", "img", "index-char-nav", "link-list", "listbox", "logo",
            "map-marker", "mapcontrolbutton", "navbar", "number-badge", "page-header", "pagination", "paragraph",
            "pre-heading", "radio-button", "search-bar", "select", "separator", "skip-link", "spotlight-section",
            "surface", "table", "textarea", "textbox", "toptask-link", "unordered-list");
    private static final List<String> PROPERTIES = List.of("background-color", "color", "border-color",
            "border-width", "border-radius", "padding-block-start", "padding-block-end", "padding-inline-start",
            "padding-inline-end", "margin-block-start", "margin-block-end", "font-family", "font-size", "font-weight",
            "line-height");

    private MultiBrandTokenFile() {
    }

    /** The link colour each brand ends up with, as the editor shows it. */
    static final Map<String, String> LINK_OF = Map.of(
            "gemeente-voorbeeld", primitive("blue", 700),
            "gemeente-oosterhaven", primitive("green", 700),
            "gemeente-westkust", primitive("purple", 700));

    static byte[] generate() {
        StringBuilder json = new StringBuilder(2_600_000);
        json.append("{\n  \"$metadata\": {\"tokenSetOrder\": [\"common\"");
        BRANDS.forEach(brand -> json.append(", \"").append(brand).append('"'));
        json.append("]},\n  \"common\": {\"basis\": {\"color\": {");
        for (int h = 0; h < HUES.size(); h++) {
            String hue = HUES.get(h);
            json.append(h == 0 ? "" : ",").append("\n    \"").append(hue).append("\": {");
            for (int step = 100; step <= 900; step += 100) {
                json.append(step == 100 ? "" : ",").append('"').append(step).append("\": ")
                        .append(token("color", primitive(hue, step), "Primitive " + hue + " " + step));
            }
            json.append('}');
        }
        json.append("}}}");
        for (String brand : BRANDS) {
            json.append(",\n  \"").append(brand).append("\": {\"basis\": {\"color\": {")
                    .append("\"primary\": {\"bg-default\": ").append(token("color", "{basis.color." + LINK_HUE.get(brand) + ".600}", "Primary"))
                    .append(", \"color-default\": ").append(token("color", "#ffffff", "On primary")).append("}")
                    .append(", \"default\": {\"bg-document\": ").append(token("color", "#ffffff", "Page"))
                    .append(", \"color-document\": ").append(token("color", "#1a1a1a", "Text")).append("}")
                    .append("}}, \"utrecht\": {")
                    .append("\"document\": {\"background-color\": ").append(token("color", "{basis.color.default.bg-document}", "Page"))
                    .append(", \"color\": ").append(token("color", "{basis.color.default.color-document}", "Text"))
                    .append(", \"font-family\": ").append(token("fontFamilies", "Arial, sans-serif", "Body font"))
                    .append(", \"font-size\": ").append(token("fontSizes", "1.125rem", "Body size")).append("}")
                    .append(", \"link\": {\"color\": ").append(token("color", "{basis.color." + LINK_HUE.get(brand) + ".700}", "Links")).append("}")
                    .append(", \"button\": {\"border-radius\": ").append(token("borderRadius", "4px", "Buttons"))
                    .append(", \"primary-action\": {\"background-color\": ").append(token("color", "{basis.color.primary.bg-default}", "Button"))
                    .append(", \"color\": ").append(token("color", "{basis.color.primary.color-default}", "Button text")).append("}}")
                    .append(", \"focus\": {\"outline-color\": ").append(token("color", "#000000", "Focus")).append("}")
                    .append(", \"feedback\": {\"danger\": {\"color\": ").append(token("color", "#b3261e", "Error"))
                    .append("}, \"safe\": {\"color\": ").append(token("color", "#1e6b34", "Success")).append("}}");
            for (String component : COMPONENTS) {
                json.append(",\n    \"").append(component).append("\": {");
                for (int p = 0; p < PROPERTIES.size(); p++) {
                    String property = PROPERTIES.get(p);
                    json.append(p == 0 ? "" : ", ").append('"').append(property).append("\": ")
                            .append(token(type(property), value(property, component), component + " " + property));
                }
                json.append('}');
            }
            json.append("}}");
        }
        json.append("\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String token(String type, String value, String description) {
        return "{\"$type\": \"" + type + "\", \"$value\": \"" + value + "\", \"$description\": \"" + description
                + " (NL Design System, generated for Rugzak's import test)\", \"$extensions\": {\"studio.tokens\": "
                + "{\"modify\": {}, \"originalValue\": \"" + value + "\"}, \"nl.nldesignsystem.css.property\": "
                + "{\"syntax\": \"<" + type.toLowerCase(Locale.ROOT) + ">\", \"inherits\": true, \"initialValue\": \"\"}, "
                + "\"com.figma\": {\"variableId\": \"VariableID:" + Math.abs(description.hashCode()) + ":" + value.length()
                + "\", \"hiddenFromPublishing\": false, \"scopes\": [\"ALL_FILLS\", \"FRAME_FILL\", \"SHAPE_FILL\", "
                + "\"TEXT_FILL\", \"STROKE_COLOR\", \"EFFECT_COLOR\"], \"codeSyntax\": {\"WEB\": \"var(--"
                + description.replace(' ', '-') + ")\", \"ANDROID\": \"" + description.replace(' ', '_') + "\", \"iOS\": \""
                + description.replace(" ", "") + "\"}}, \"nl.nldesignsystem.figma.supports-token\": true, "
                + "\"nl.nldesignsystem.token-type\": \"component\", \"nl.nldesignsystem.documentation\": "
                + "\"https://nldesignsystem.nl/richtlijnen/stijl/\"}}";
    }

    private static String type(String property) {
        return property.endsWith("color") ? "color" : property.equals("font-family") ? "fontFamilies"
                : property.equals("font-weight") ? "fontWeights" : property.equals("line-height") ? "lineHeights" : "dimension";
    }

    private static String value(String property, String component) {
        if (property.endsWith("color")) {
            return "{basis.color." + HUES.get(Math.abs(component.hashCode()) % HUES.size()) + "." + (100 + 100 * (component.length() % 9)) + "}";
        }
        return switch (property) {
            case "font-family" -> "Arial, sans-serif";
            case "font-weight" -> "400";
            case "line-height" -> "1.5";
            default -> (component.length() % 4) * 4 + "px";
        };
    }

    /** A colour of the primitive palette: hue by index, lighter to darker by step. */
    static String primitive(String hue, int step) {
        int h = HUES.indexOf(hue);
        int level = 255 - step * 255 / 1000;
        int r = (h * 53 + level) % 256;
        int g = (h * 97 + level / 2) % 256;
        int b = (h * 31 + level / 3) % 256;
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
