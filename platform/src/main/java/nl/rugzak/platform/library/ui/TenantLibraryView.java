package nl.rugzak.platform.library.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.library.Template;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.library.TemplateLibrary;
import nl.rugzak.platform.library.TemplateStatus;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * The lab's library from a municipality's back office: save one of the site's working formats as a template, share
 * it with the other municipalities (tenant admin), and adopt a template as a draft (tenant admin).
 */
@Route(value = "beheer/bibliotheek", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
public class TenantLibraryView extends Div implements HasDynamicTitle {

    private final TemplateLibrary library;
    private final boolean admin;
    private final Map<TemplateKind, List<TemplateKind.TemplateSource>> saveable;
    final Paragraph result = new Paragraph();
    final Div templates = new Div();
    final Select<TemplateKind> kind = new Select<>();
    final Select<TemplateKind.TemplateSource> source = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextArea caseText = new TextArea();
    final Button save = new Button();

    public TenantLibraryView(TemplateLibrary library, AuthenticationContext authentication) {
        this.library = library;
        this.admin = authentication.hasRole("tenant-admin");
        this.saveable = library.saveable();
        result.getElement().setAttribute("role", "status");
        result.setId("library-result");
        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.intro")), result);
        add(saveForm());
        Section list = new Section(new H2(getTranslation("library.list.title")), templates);
        add(list);
        showTemplates();
    }

    private Section saveForm() {
        kind.setLabel(getTranslation("library.save.kind"));
        kind.setItems(saveable.keySet().stream().filter(k -> !saveable.get(k).isEmpty()).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
        source.setLabel(getTranslation("library.save.source"));
        source.setItemLabelGenerator(TemplateKind.TemplateSource::label);
        kind.addValueChangeListener(change -> {
            source.setItems(change.getValue() == null ? List.of() : saveable.get(change.getValue()));
            if (change.getValue() != null && !saveable.get(change.getValue()).isEmpty()) {
                source.setValue(saveable.get(change.getValue()).getFirst());
            }
        });
        title.setLabel(getTranslation("library.save.title"));
        title.setMaxLength(TemplateLibrary.MAX_TITLE);
        title.setWidthFull();
        description.setLabel(getTranslation("library.save.description"));
        description.setMaxLength(TemplateLibrary.MAX_TEXT);
        description.setWidthFull();
        caseText.setLabel(getTranslation("library.save.case"));
        caseText.setHelperText(getTranslation("library.save.case-help"));
        caseText.setMaxLength(TemplateLibrary.MAX_TEXT);
        caseText.setWidthFull();
        save.setText(getTranslation("library.save.button"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (kind.getValue() == null || source.getValue() == null) {
                result.setText(getTranslation("library.save.choose"));
                return;
            }
            attempt(() -> {
                library.save(kind.getValue().id(), source.getValue().id(), title.getValue(), description.getValue(),
                        caseText.getValue());
                title.clear();
                description.clear();
                caseText.clear();
                result.setText(getTranslation("library.save.done"));
            });
        });
        return new Section(new H2(getTranslation("library.save.heading")),
                new Paragraph(getTranslation("library.save.intro")), kind, source, title, description, caseText, save);
    }

    private void showTemplates() {
        templates.removeAll();
        List<Template> all = library.forTenant();
        if (all.isEmpty()) {
            templates.add(new Paragraph(getTranslation("library.list.empty")));
        }
        for (Template template : all) {
            TemplateCard card = new TemplateCard(template, library, isOwn(template));
            if (isOwn(template)) {
                newVersion(template, card);
            }
            if (admin) {
                Button adopt = new Button(getTranslation("library.adopt.button"), click -> attempt(() -> {
                    String made = library.adopt(template.id());
                    String path = library.kind(template.kind()).map(k -> k.staffPath(made)).orElse("/beheer");
                    showTemplates();
                    result.removeAll();
                    result.add(getTranslation("library.adopt.done", template.title()) + " ");
                    result.add(new Anchor(path, getTranslation("library.adopt.open")));
                }));
                adopt.getElement().setAttribute("aria-label", getTranslation("library.adopt.label", template.title()));
                adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.actions.add(adopt);
                if (isOwn(template) && (template.status() == TemplateStatus.PRIVATE
                        || template.status() == TemplateStatus.REJECTED)) {
                    Button share = new Button(getTranslation("library.share.button"), click -> attempt(() -> {
                        library.share(template.id());
                        showTemplates();
                        result.setText(getTranslation("library.share.done", template.title()));
                    }));
                    share.getElement().setAttribute("aria-label", getTranslation("library.share.label", template.title()));
                    card.actions.add(share);
                }
            }
            templates.add(card);
        }
    }

    /** Saves the item again (or another of the same kind) as the template's next version. */
    private void newVersion(Template template, TemplateCard card) {
        List<TemplateKind.TemplateSource> sources = saveable.entrySet().stream()
                .filter(entry -> entry.getKey().id().equals(template.kind())).findFirst()
                .map(Map.Entry::getValue).orElse(List.of());
        if (sources.isEmpty()) {
            return;
        }
        Select<TemplateKind.TemplateSource> from = new Select<>();
        from.setLabel(getTranslation("library.version.source", template.title()));
        from.setItems(sources);
        from.setItemLabelGenerator(TemplateKind.TemplateSource::label);
        from.setValue(sources.getFirst());
        Button save = new Button(getTranslation("library.version.button"), click -> attempt(() -> {
            int number = library.saveNewVersion(template.id(), from.getValue().id());
            showTemplates();
            result.setText(getTranslation("library.version.done", template.title(), number));
        }));
        save.getElement().setAttribute("aria-label", getTranslation("library.version.label", template.title()));
        card.actions.add(from, save);
    }

    private boolean isOwn(Template template) {
        return TenantContext.require().slug().equals(template.ownerSlug());
    }

    private void attempt(Runnable work) {
        try {
            work.run();
        } catch (UserFacingException e) {
            result.setText(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title");
    }
}
