package nl.rugzak.platform.sharing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.rugzak.platform.sharing.ShareLinks;
import nl.rugzak.platform.sharing.PublicUrls;

/**
 * The "Delen" block of a public page: plain links, plus a "Delen…" button for the browser's own share sheet (Web
 * Share API), shown only where the browser has it. Pages ask for it with one line: {@code add(share.of(title, path))}.
 */
@org.springframework.stereotype.Component
public class ShareButtons {

    private final PublicUrls urls;

    public ShareButtons(PublicUrls urls) {
        this.urls = urls;
    }

    public Component of(String title, String path) {
        String url = urls.absolute(path).orElse(path);
        Section section = new Section();
        section.add(new H2(section.getTranslation("sharing.heading")));
        section.addClassName("rugzak-share");
        UnorderedList links = new UnorderedList();
        links.addClassName("rugzak-share-links");
        for (ShareLinks.ShareLink link : ShareLinks.forPage(title, url)) {
            // Network names are names; only e-mail is a word.
            String label = link.href().startsWith("mailto:") ? section.getTranslation("sharing.email") : link.label();
            Anchor anchor = new Anchor(link.href(), label);
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer"); // not-ui-text: link relation tokens
            anchor.getElement().setAttribute("aria-label", section.getTranslation("sharing.via", label));
            links.add(new ListItem(anchor));
        }
        Button native_ = new Button(section.getTranslation("sharing.native"));
        native_.addClassName("rugzak-share-native");
        // Hidden until the browser shows it has a share sheet; the arguments travel as data, never as script text.
        native_.getElement().setAttribute("hidden", true);
        // The share sheet needs the click itself (user activation), so the listener lives in the browser.
        native_.getElement().executeJs("""
                if (navigator.share) {
                  this.hidden = false;
                  this.addEventListener('click', () => navigator.share({title: $0, url: $1}).catch(() => {}));
                }""", title, url);
        section.add(native_, links);
        return section;
    }
}
