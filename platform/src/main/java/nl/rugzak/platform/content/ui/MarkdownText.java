package nl.rugzak.platform.content.ui;

import com.vaadin.flow.component.html.Div;
import nl.rugzak.platform.content.SafeMarkdown;

/**
 * Markdown written by residents or staff, shown as formatted text. The one way user text enters a page as HTML:
 * always through {@link SafeMarkdown}'s allowlist.
 */
public class MarkdownText extends Div {

    private MarkdownText(String sanitisedHtml) {
        addClassName("rugzak-markdown");
        getElement().setProperty("innerHTML", sanitisedHtml);
    }

    /** Renders and sanitises the Markdown. */
    public static MarkdownText of(SafeMarkdown markdown, String text) {
        return new MarkdownText(markdown.toHtml(text));
    }

    /** For HTML that {@link SafeMarkdown#toHtml} produced earlier (e.g. a service's view model); never other HTML. */
    public static MarkdownText ofSanitised(String htmlFromSafeMarkdown) {
        return new MarkdownText(htmlFromSafeMarkdown);
    }
}
