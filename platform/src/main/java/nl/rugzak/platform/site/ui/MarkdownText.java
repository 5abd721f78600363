package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.Div;
import nl.rugzak.platform.content.SafeMarkdown;

/** Markdown someone wrote, shown as HTML only after commonmark and the jsoup allowlist have had it. */
public class MarkdownText extends Div {

    public MarkdownText(SafeMarkdown markdown, String text) {
        addClassName("rugzak-markdown");
        getElement().setProperty("innerHTML", markdown.toHtml(text == null ? "" : text));
    }
}
