package nl.rugzak.platform.site.ui.parts;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/**
 * Where something stands, in words ("Open", "Gesloten"), with a tone that only adds a coloured edge: the text always
 * says it, so colour is never the only signal (WCAG 1.4.1). The text keeps the theme's text-on-background colours,
 * which every theme guarantees at 4.5:1, so no tone can break contrast in any municipality's theme.
 *
 * <pre>{@code
 * new StatusBadge(getTranslation(POLLS_STATUS_OPEN), StatusBadge.Tone.SUCCESS)
 * }</pre>
 */
public class StatusBadge extends Span {

    /** The kind of status; each maps to a theme colour for the badge's edge. */
    public enum Tone {
        NEUTRAL, INFO, SUCCESS, WARNING, CLOSED;

        String className() {
            return "rugzak-badge-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Tone tone;

    public StatusBadge(String text, Tone tone) {
        super(text);
        this.tone = tone;
        addClassNames("rugzak-badge", tone.className());
    }

    public Tone tone() {
        return tone;
    }
}
