package nl.rugzak.platform.language;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/** Each new page (Vaadin UI) speaks the visitor's language from its first render on. */
@Component
class LanguageOfTheUi implements VaadinServiceInitListener {

    private final SiteLanguages languages;

    LanguageOfTheUi(SiteLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(languages.resolve(request.getHttpServletRequest()));
            }
        });
    }
}
