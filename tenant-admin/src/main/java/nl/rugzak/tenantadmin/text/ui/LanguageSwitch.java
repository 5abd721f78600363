package nl.rugzak.tenantadmin.text.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * Links to the other languages the site offers, each named in its own language ("English", "Nederlands") so a
 * visitor who cannot read the current one still finds theirs. Hidden when the site offers one language.
 */
public class LanguageSwitch extends Nav {

    private final List<Locale> offered;
    private Registration navigation;

    public LanguageSwitch(List<Locale> offered) {
        this.offered = offered;
        addClassName("rugzak-language");
        setVisible(offered.size() > 1);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        show(attach.getUI().getInternals().getActiveViewLocation());
        navigation = attach.getUI().addAfterNavigationListener(event -> show(event.getLocation()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        if (navigation != null) {
            navigation.remove();
        }
    }

    private void show(Location here) {
        removeAll();
        Locale current = getLocale();
        String back = URLEncoder.encode("/" + here.getPathWithQueryParameters(), StandardCharsets.UTF_8);
        for (Locale language : offered) {
            if (language.getLanguage().equals(current.getLanguage())) {
                continue;
            }
            Anchor link = new Anchor("/taal?kies=" + language.getLanguage() + "&terug=" + back,
                    Texts.get(language, "language.own-name"));
            link.setRouterIgnore(true);
            link.getElement().setAttribute("lang", language.getLanguage());
            link.getElement().setAttribute("hreflang", language.getLanguage());
            add(link);
        }
    }
}
