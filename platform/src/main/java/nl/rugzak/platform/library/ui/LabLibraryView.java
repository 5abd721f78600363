package nl.rugzak.platform.library.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.cases.LabCases;
import nl.rugzak.platform.library.Template;
import nl.rugzak.platform.library.TemplateLibrary;
import nl.rugzak.platform.library.TemplateStatus;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.console.ui.LabMenuEntry;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * The lab's library: what municipalities shared (to approve or decline), the lab's own templates and every
 * approved one, each with its preview and where it was adopted. The lab makes a template its own by copying one.
 */
@ControlPlaneView
@LabMenuEntry(labelKey = "library.lab.menu", order = 55)
@Route(value = "tenantbeheer/bibliotheek", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabLibraryView extends Main implements HasDynamicTitle {

    private final TemplateLibrary library;
    final Paragraph result = new Paragraph();
    final Div pending = new Div();
    final Div others = new Div();

    private final LabCases cases;

    public LabLibraryView(TemplateLibrary library, LabCases cases) {
        this.library = library;
        this.cases = cases;
        setId("main-content");
        addClassName("rugzak-page-wide");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("library.lab.title")), new Paragraph(getTranslation("library.lab.intro")), result,
                new Section(new H2(getTranslation("library.lab.pending")), pending),
                new Section(new H2(getTranslation("library.lab.all")), others));
        show();
    }

    private void show() {
        pending.removeAll();
        others.removeAll();
        List<Template> all = library.forLab();
        // A template's origin links to its municipality's case page, where the lab has written one.
        Set<String> withCase = cases.all().stream().filter(LabCases.CaseSummary::written)
                .map(LabCases.CaseSummary::slug).collect(Collectors.toSet());
        for (Template template : all) {
            String caseSlug = template.fromLab() || !withCase.contains(template.ownerSlug()) ? null : template.ownerSlug();
            TemplateCard card = new TemplateCard(template, library, true, caseSlug);
            if (template.status() == TemplateStatus.PENDING) {
                Button approve = new Button(getTranslation("library.lab.approve"), click -> attempt(() -> {
                    library.approve(template.id());
                    result.setText(getTranslation("library.lab.approved", template.title()));
                }));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.getElement().setAttribute("aria-label", getTranslation("library.lab.approve-label", template.title()));
                Button reject = new Button(getTranslation("library.lab.reject"), click -> attempt(() -> {
                    library.reject(template.id());
                    result.setText(getTranslation("library.lab.rejected", template.title()));
                }));
                reject.getElement().setAttribute("aria-label", getTranslation("library.lab.reject-label", template.title()));
                card.actions.add(approve, reject);
            }
            if (!template.fromLab()) {
                Button copy = new Button(getTranslation("library.lab.copy"), click -> attempt(() -> {
                    library.copyForLab(template.id(), template.title(), template.description(), template.caseText());
                    result.setText(getTranslation("library.lab.copied", template.title()));
                }));
                copy.getElement().setAttribute("aria-label", getTranslation("library.lab.copy-label", template.title()));
                card.actions.add(copy);
            }
            (template.status() == TemplateStatus.PENDING ? pending : others).add(card);
        }
        if (pending.getComponentCount() == 0) {
            pending.add(new Paragraph(getTranslation("library.lab.none-pending")));
        }
        if (others.getComponentCount() == 0) {
            others.add(new Paragraph(getTranslation("library.list.empty")));
        }
    }

    private void attempt(Runnable work) {
        try {
            work.run();
            show();
        } catch (UserFacingException e) {
            result.setText(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.lab.title");
    }
}
