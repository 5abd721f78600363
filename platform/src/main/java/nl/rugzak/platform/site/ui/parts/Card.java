package nl.rugzak.platform.site.ui.parts;


import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One item in a {@link CardList}: the title is the only link (inside a heading of the level the page needs), so a
 * screen reader's list of links and of headings reads as a list of titles, not of "read more". The whole card
 * still reacts to a click through the title link's {@code ::after} (CSS only). In the DOM the heading comes first and
 * the image last; CSS shows the image on top, so a screen reader meets the title before anything else. Put no other
 * link or button in a card: the title link's overlay would cover it.
 *
 * <pre>{@code
 * new Card(Card.Level.H2, poll.title(), "/peilingen/" + poll.id())
 *         .status(new StatusBadge(getTranslation(POLLS_STATUS_OPEN), StatusBadge.Tone.SUCCESS))
 *         .meta(Dates.day(poll.closes(), getLocale()), poll.place())
 *         .summary(poll.summary())
 *         .image(poll.imageUrl(), "")   // "" = decorative: the title already says what it is
 * }</pre>
 */
public class Card extends ListItem {

    /** The heading level of the card titles: H2 when the list is the page's main content, H3 under a section's H2. */
    public enum Level { H2, H3 }

    private final Div details = new Div();

    public Card(Level level, String title, String href) {
        addClassNames("rugzak-card", "rugzak-card-linked");
        Anchor link = new Anchor(href, title);
        link.addClassNames("rugzak-card-link", "rugzak-user-text");
        Component heading = level == Level.H2 ? new H2(link) : new H3(link);
        details.addClassName("rugzak-card-details");
        add(heading, details);
    }

    /** A badge under the title. */
    public Card status(StatusBadge badge) {
        details.add(badge);
        return this;
    }

    /** One line of facts (date, place, count), joined with " · "; blank parts are left out. */
    public Card meta(String... parts) {
        // Each part isolated in its own element: a place typed in Arabic must not pull the date and the count into
        // its direction.
        List<String> shown = Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
        if (!shown.isEmpty()) {
            Span meta = new Span();
            meta.addClassName("rugzak-meta");
            for (String part : shown) {
                if (meta.getElement().getChildCount() > 0) {
                    meta.add(new Text(" · "));
                }
                Span piece = new Span(part);
                piece.addClassName("rugzak-user-text");
                meta.add(piece);
            }
            details.add(meta);
        }
        return this;
    }

    /** The short summary (plain text, shown as written). */
    public Card summary(String text) {
        if (text != null && !text.isBlank()) {
            add(new Paragraph(text));
        }
        return this;
    }

    /**
     * A picture shown at the top. {@code alt} describes what the image adds; give "" when it is decoration (the title
     * already says it) so screen readers skip it. Null is refused: a missing alt makes readers spell out the file name.
     */
    public Card image(String src, String alt) {
        Objects.requireNonNull(alt, "alt");
        Image image = new Image(src, alt);
        // Vaadin drops an empty alt; an <img> without alt is announced by its file name, so set it explicitly.
        image.getElement().setAttribute("alt", alt);
        image.addClassName("rugzak-card-image");
        add(image);
        return this;
    }
}
