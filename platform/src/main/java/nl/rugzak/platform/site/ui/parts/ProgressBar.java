package nl.rugzak.platform.site.ui.parts;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * How far a number is towards a target or a budget: a bar and, next to it, the same fact in words ("€ 12.000 van
 * € 50.000 besteed"). Over the limit, the bar is full, gets the error colour and the words "Meer dan het maximum".
 * With {@link #announceChanges()} the text is a polite live region, so screen-reader users hear each change (a budget
 * ballot where the resident adds and removes projects).
 *
 * <pre>{@code
 * ProgressBar spent = new ProgressBar(12_000, 50_000, ProgressBar.euros(getLocale(), 12_000, 50_000)).announceChanges();
 * spent.update(20_000, 50_000, ProgressBar.euros(getLocale(), 20_000, 50_000));
 * new ProgressBar(312, 500, Texts.count(getLocale(), "initiatives.card.supporters", 312))
 * }</pre>
 */
public class ProgressBar extends Div {

    private static final AtomicLong IDS = new AtomicLong();

    // A div with role=progressbar rather than <meter>: a native meter clamps its value at max, so it cannot show
    // "over the budget", and its fill is styled only through vendor pseudo-elements that theme tokens do not reach
    // reliably. axe accepts role=progressbar with aria-valuenow/min/max and a name (aria-progressbar-name), and
    // every screen reader announces it; the name is the visible text, through aria-labelledby.
    private final Div bar = new Div();
    private final Div fill = new Div();
    private final Paragraph text = new Paragraph();
    private final Span words = new Span();
    private final Span over = new Span();
    private long value;
    private long target;

    public ProgressBar(long value, long target, String text) {
        addClassName("rugzak-progress");
        String id = "rugzak-progress-" + IDS.incrementAndGet();
        this.text.setId(id);
        this.text.addClassName("rugzak-progress-text");
        over.addClassName("rugzak-progress-over");
        this.text.add(words, over);
        bar.addClassName("rugzak-progress-bar");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-labelledby", id);
        bar.getElement().setAttribute("aria-valuemin", "0");
        fill.addClassName("rugzak-progress-fill");
        bar.add(fill);
        add(bar, this.text);
        update(value, target, text);
    }

    /** "€ 12.000 van € 50.000 besteed" in the visitor's language, amounts in whole euros. */
    public static String euros(Locale locale, long spent, long budget) {
        return Texts.get(locale, "site.parts.progress.euros-spent", spent, budget);
    }

    /** Makes the text a polite live region: changes are read out once the reader is done with what it was saying. */
    public ProgressBar announceChanges() {
        text.getElement().setAttribute("aria-live", "polite");
        return this;
    }

    /** New numbers and their text; with {@link #announceChanges()} a screen reader reads the new text. */
    public void update(long value, long target, String text) {
        if (target <= 0 || value < 0) {
            throw new IllegalArgumentException("value " + value + " / target " + target);
        }
        this.value = value;
        this.target = target;
        words.setText(text);
        boolean isOver = value > target;
        // aria-valuenow must lie within min..max; the words say by how much it is over.
        bar.getElement().setAttribute("aria-valuemax", Long.toString(target));
        bar.getElement().setAttribute("aria-valuenow", Long.toString(Math.min(value, target)));
        fill.getStyle().set("width", Math.min(100.0, value * 100.0 / target) + "%");
        setClassName("rugzak-progress-over-limit", isOver);
        // The leading space keeps the two parts apart in the accessible name, which joins inline text as it stands.
        over.setText(isOver ? " " + Texts.get(getLocale(), "site.parts.progress.over") : "");
        over.setVisible(isOver);
    }

    public long value() {
        return value;
    }

    public long target() {
        return target;
    }

    public boolean isOverLimit() {
        return value > target;
    }
}
