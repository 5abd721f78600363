package nl.rugzak.platform.cases.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.cases.LabCases;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.TenantRegistry;

/**
 * One municipality's case page, as the lab writes it: question, approach and lessons (Markdown), and links to its
 * projects, one per line as "title | web address". Below the form the page as the learning circle reads it.
 */
@ControlPlaneView
@Route(value = "tenantbeheer/cases/:slug", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea question = new TextArea();
    final TextArea approach = new TextArea();
    final TextArea learned = new TextArea();
    final TextArea links = new TextArea();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    private final Section page = new Section();
    private final LabCases cases;
    private final TenantRegistry registry;
    private String slug;
    private String municipality = "";

    public LabCaseView(LabCases cases, TenantRegistry registry) {
        this.cases = cases;
        this.registry = registry;
        setId("main-content");
        addClassName("rugzak-page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        municipality = registry.findBySlug(slug).map(t -> t.displayName()).orElse(null);
        if (municipality == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        question.setLabel(getTranslation("cases.field.question"));
        question.setMaxLength(LabCases.MAX_QUESTION);
        approach.setLabel(getTranslation("cases.field.approach"));
        approach.setHelperText(getTranslation("cases.field.markdown-help"));
        learned.setLabel(getTranslation("cases.field.learned"));
        learned.setHelperText(getTranslation("cases.field.markdown-help"));
        links.setLabel(getTranslation("cases.field.links"));
        links.setHelperText(getTranslation("cases.field.links-help"));
        for (TextArea area : List.of(question, approach, learned, links)) {
            area.setWidthFull();
        }
        save.setText(getTranslation("cases.save"));
        save.addClickListener(click -> {
            if (feedback.attempt(() -> cases.save(slug, new LabCases.CaseDraft(question.getValue(), approach.getValue(),
                    learned.getValue(), parsedLinks())), getTranslation("cases.saved"))) {
                showPage();
            }
        });
        add(new RouterLink(getTranslation("cases.lab.back"), LabCasesView.class),
                new H1(getTranslation("cases.lab.case-title", municipality)),
                question, approach, learned, links, save, feedback, page);
        cases.of(slug).ifPresent(existing -> {
            question.setValue(existing.question());
            approach.setValue(existing.approach());
            learned.setValue(existing.learned());
            links.setValue(String.join("\n", existing.links().stream().map(l -> l.title() + " | " + l.url()).toList()));
        });
        showPage();
    }

    /** One link per line: "title | address"; a line without the bar keeps an empty address, which the service refuses. */
    private List<LabCases.Link> parsedLinks() {
        List<LabCases.Link> parsed = new ArrayList<>();
        for (String line : links.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            parsed.add(bar < 0 ? new LabCases.Link(line.strip(), "")
                    : new LabCases.Link(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return parsed;
    }

    private void showPage() {
        page.removeAll();
        cases.of(slug).ifPresent(shown -> {
            page.add(new H2(getTranslation("cases.page.heading")));
            page.add(new H3(getTranslation("cases.page.question")), new Paragraph(shown.question()));
            page.add(new H3(getTranslation("cases.page.approach")), MarkdownText.ofSanitised(shown.approachHtml()));
            page.add(new H3(getTranslation("cases.page.learned")), MarkdownText.ofSanitised(shown.learnedHtml()));
            if (!shown.links().isEmpty()) {
                UnorderedList list = new UnorderedList();
                shown.links().forEach(link -> list.add(new ListItem(new Anchor(link.url(), link.title()))));
                page.add(new H3(getTranslation("cases.page.links")), list);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return municipality == null ? getTranslation("cases.lab.unknown")
                : getTranslation("cases.lab.case-title", municipality);
    }
}
