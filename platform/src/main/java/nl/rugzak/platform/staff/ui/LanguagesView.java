package nl.rugzak.platform.staff.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/** A municipality's own admin chooses which languages its site offers; residents pick among those. */
@Route(value = "beheer/talen", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class LanguagesView extends Div implements HasDynamicTitle {

    final CheckboxGroup<Locale> languages = new CheckboxGroup<>();
    final Paragraph result = new Paragraph();

    public LanguagesView(TenantRegistry registry, TenantSettings settings) {
        var tenant = registry.find(TenantContext.require()).orElseThrow();
        result.getElement().setAttribute("role", "status");
        languages.setLabel(getTranslation("staff.languages.offered"));
        languages.setItems(Texts.LANGUAGES);
        languages.setItemLabelGenerator(language -> Texts.get(language, "language.own-name"));
        languages.setValue(new java.util.HashSet<>(Texts.LANGUAGES.stream()
                .filter(language -> tenant.locales().contains(language.getLanguage())).toList()));
        Button save = new Button(getTranslation("staff.languages.save"), click -> {
            List<String> chosen = Texts.LANGUAGES.stream().filter(languages.getValue()::contains)
                    .map(Locale::getLanguage).toList();
            try {
                settings.setOwnLocales(chosen);
                result.setText(getTranslation("staff.languages.saved"));
            } catch (UserFacingException e) {
                result.setText(e.messageIn(getLocale()));
            }
        });
        add(new H1(getTranslation("staff.languages.title")), new Paragraph(getTranslation("staff.languages.intro")),
                languages, save, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.languages.title");
    }
}
