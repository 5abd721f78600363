package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The bottom of every tenant page: privacy, the accessibility statement and contact, which the law asks for. */
public class SiteFooter extends Footer {

    public SiteFooter(String tenantName) {
        addClassName("rugzak-footer");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("site.footer.label"));
        UnorderedList links = new UnorderedList(
                new ListItem(new Anchor("/pagina/privacy", getTranslation("site.footer.privacy"))),
                new ListItem(new Anchor("/pagina/toegankelijkheid", getTranslation("site.footer.accessibility"))),
                new ListItem(new Anchor("/pagina/contact", getTranslation("site.footer.contact"))));
        nav.add(links);
        add(nav, new Paragraph(getTranslation("site.footer.made-with", tenantName)));
    }
}
