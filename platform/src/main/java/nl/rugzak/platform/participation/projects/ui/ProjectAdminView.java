package nl.rugzak.platform.participation.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.projects.InvalidProjectException;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** The back office's projects: every project with its state, and a short form to start a new one. */
@Route(value = "beheer/projecten", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(ProjectsModule.ID)
public class ProjectAdminView extends Div implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Feedback feedback = new Feedback();
    private final Projects projects;

    public ProjectAdminView(Projects projects) {
        this.projects = projects;
        add(new H1(getTranslation("projects.admin.heading")), feedback);
        UnorderedList list = new UnorderedList();
        projects.all().forEach(card -> {
            Span state = new Span(" – " + getTranslation(card.status().key())
                    + (card.currentPhase() == null ? "" : " · " + getTranslation("projects.card.current-phase", card.currentPhase())));
            list.add(new ListItem(new Anchor("/beheer/projecten/" + card.id(), card.title()), state));
        });
        add(new Section(new H2(getTranslation("projects.admin.all")), list));

        title.setLabel(getTranslation("projects.form.title"));
        title.setMaxLength(ProjectDraft.MAX_TITLE);
        title.setWidthFull();
        summary.setLabel(getTranslation("projects.form.summary"));
        summary.setMaxLength(ProjectDraft.MAX_SUMMARY);
        summary.setWidthFull();
        Button create = new Button(getTranslation("projects.admin.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Section(new H2(getTranslation("projects.admin.new")), title, summary, create));
    }

    private void create() {
        try {
            long id = projects.create(new ProjectDraft(title.getValue(), summary.getValue(), "", "", "", java.util.List.of()));
            getUI().ifPresent(ui -> ui.navigate("beheer/projecten/" + id));
        } catch (InvalidProjectException e) {
            var problems = e.problemsIn(getLocale());
            Fields.mark(title, problems.get("title"));
            Fields.mark(summary, problems.get("summary"));
            feedback.show(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.admin.heading");
    }
}
