package nl.rugzak.tenantadmin.text;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} everywhere in the UI reads {@link Texts}. */
@Component
class RugzakI18n implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.get(locale, key, params);
    }
}
