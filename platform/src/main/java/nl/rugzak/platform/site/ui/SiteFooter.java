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
        nav.getElement().setAttribute("aria-label", "Over deze site");
        UnorderedList links = new UnorderedList(
                new ListItem(new Anchor("/pagina/privacy", "Privacy")),
                new ListItem(new Anchor("/pagina/toegankelijkheid", "Toegankelijkheid")),
                new ListItem(new Anchor("/pagina/contact", "Contact")));
        nav.add(links);
        add(nav, new Paragraph("Een participatiesite van " + tenantName + ", gemaakt met Rugzak."));
    }
}
