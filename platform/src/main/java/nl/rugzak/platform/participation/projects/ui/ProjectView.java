package nl.rugzak.platform.participation.projects.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.projects.InvalidProjectException;
import nl.rugzak.platform.participation.projects.LocalResidents;
import nl.rugzak.platform.participation.projects.PhaseSection;
import nl.rugzak.platform.participation.projects.Project;
import nl.rugzak.platform.participation.projects.ProjectFollowing;
import nl.rugzak.platform.participation.projects.ProjectPageSection;
import nl.rugzak.platform.participation.projects.ProjectStatus;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlaceMap;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.PhaseTimeline;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One project: where it stands (the phase timeline with the current phase marked), what residents can do now, the
 * items of the current phase, what came out of earlier phases, and at the end what was done with the input.
 */
@Route(value = "projecten/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(ProjectsModule.ID)
public class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Projects projects;
    private final SafeMarkdown markdown;
    private final ShareButtons share;
    private final List<PhaseSection> sections;
    private final LocalResidents localResidents;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MapSettings mapSettings;
    private final TransactionTemplate pageReads;
    private final ProjectFollowing following;
    private final List<ProjectPageSection> pageSections;
    final Feedback feedback = new Feedback();
    Project project;

    public ProjectView(Projects projects, SafeMarkdown markdown, ShareButtons share, List<PhaseSection> sections,
                       LocalResidents localResidents, CurrentUser currentUser, Clock clock, MapSettings mapSettings,
                       PlatformTransactionManager transactions, ProjectFollowing following,
                       List<ProjectPageSection> pageSections) {
        this.projects = projects;
        this.following = following;
        this.pageSections = pageSections;
        this.mapSettings = mapSettings;
        this.markdown = markdown;
        this.share = share;
        this.sections = sections;
        this.localResidents = localResidents;
        this.currentUser = currentUser;
        this.clock = clock;
        // The page asks the projects service and every phase section (ideas: rules and count per phase) in turn;
        // in one read-only transaction they share one connection and one database session instead of one each.
        this.pageReads = new TransactionTemplate(transactions);
        this.pageReads.setReadOnly(true);
        addClassName("rugzak-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long id = Long.parseLong(raw);
        try {
            pageReads.executeWithoutResult(status -> {
                project = projects.view(id);
                render();
            });
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        pageReads.executeWithoutResult(status -> build());
    }

    private void build() {
        removeAll();
        add(new H1(project.title()), ProjectCards.badge(project.status()), feedback);
        Paragraph summary = new Paragraph(project.summary());
        summary.addClassName("rugzak-lead");
        add(summary);
        if (project.image() != null) {
            Image image = new Image(project.image().url(), project.image().alt());
            image.getElement().setAttribute("width", String.valueOf(project.image().width()));
            image.getElement().setAttribute("height", String.valueOf(project.image().height()));
            image.addClassName("rugzak-project-image");
            add(image);
        }
        add(facts());
        if (project.status().isPublic() && currentUser.visitor().isPresent()) {
            add(followButton());
        }
        if (project.status() == ProjectStatus.CLOSED) {
            add(new Section(new H2(getTranslation("projects.page.final-account")),
                    MarkdownText.of(markdown, project.finalAccount())));
        }
        add(timeline());
        project.currentPhase().ifPresent(phase -> add(now(phase)));
        if (!project.description().isBlank()) {
            add(new Section(new H2(getTranslation("projects.page.about")), MarkdownText.of(markdown, project.description())));
        }
        if (project.point() != null) {
            add(new PlaceMap(project.title(), project.area(), project.point(), mapSettings));
        }
        List<Project.Phase> past = project.pastPhases();
        if (!past.isEmpty()) {
            Section earlier = new Section(new H2(getTranslation("projects.page.earlier")));
            past.forEach(phase -> {
                earlier.add(new H3(phase.title()));
                // Cards with H3 titles under an H3 phase name would flatten the outline: a plain list of links here.
                if (phase.items().isEmpty()) {
                    earlier.add(new Paragraph(getTranslation("projects.page.phase-no-items")));
                } else {
                    UnorderedList list = new UnorderedList();
                    phase.items().forEach(item -> list.add(new ListItem(new Anchor(item.link(), item.title()))));
                    earlier.add(list);
                }
                sections.forEach(section -> section.create(project, phase, false).ifPresent(earlier::add));
            });
            add(earlier);
        }
        if (project.status().isPublic()) {
            pageSections.forEach(section -> add(section.create(project.id())));
            add(share.of(project.title(), project.link()));
        }
    }

    /** Following brings the project's news to the resident ("Meldingen"); a real button, so keyboards reach it. */
    private Component followButton() {
        Button button = new Button();
        boolean[] follows = {following.follows(project.id())};
        button.setText(getTranslation(follows[0] ? "projects.page.unfollow" : "projects.page.follow"));
        button.addClickListener(click -> {
            boolean next = !follows[0];
            if (feedback.attempt(() -> following.follow(project.id(), next),
                    getTranslation(next ? "projects.page.followed" : "projects.page.unfollowed"))) {
                follows[0] = next;
                button.setText(getTranslation(next ? "projects.page.unfollow" : "projects.page.follow"));
            }
        });
        button.addClassName("rugzak-follow");
        return new Div(button);
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        if (!project.area().isBlank()) {
            facts.add(new ListItem(getTranslation("projects.page.area", project.area())));
        }
        if (!project.topics().isEmpty()) {
            ListItem topics = new ListItem(new Span(getTranslation("projects.page.topics") + " "));
            for (int i = 0; i < project.topics().size(); i++) {
                var topic = project.topics().get(i);
                topics.add(new Anchor(topic.link(), topic.title()));
                if (i < project.topics().size() - 1) {
                    topics.add(new Span(", "));
                }
            }
            facts.add(topics);
        }
        if (!project.contact().isBlank()) {
            facts.add(new ListItem(getTranslation("projects.page.contact", project.contact())));
        }
        return facts;
    }

    private Component timeline() {
        Section section = new Section(new H2(getTranslation("projects.page.phases")));
        List<PhaseTimeline.Phase> phases = project.phases().stream()
                .map(phase -> new PhaseTimeline.Phase(phase.title(), phase.startsOn(), phase.endsOn())).toList();
        int current = project.currentPhase().map(Project.Phase::position)
                .orElseGet(() -> project.status() == ProjectStatus.CLOSED
                        || (!project.phases().isEmpty() && project.phases().getLast().endsOn().isBefore(LocalDate.now(clock)))
                        ? phases.size() : -1);
        section.add(new PhaseTimeline(phases, current));
        return section;
    }

    private Component now(Project.Phase phase) {
        Section section = new Section(new H2(getTranslation("projects.page.what-now")));
        section.addClassName("rugzak-project-now");
        section.add(new Paragraph(getTranslation("projects.page.current-phase", phase.title())));
        if (!phase.whatNow().isBlank()) {
            section.add(new Paragraph(phase.whatNow()));
        }
        if (phase.localOnly()) {
            section.add(localOnly());
        }
        sections.forEach(extra -> extra.create(project, phase, true).ifPresent(section::add));
        if (!phase.items().isEmpty()) {
            section.add(new CardList(phase.items().stream().map(item -> ProjectCards.of(item, Card.Level.H3)).toList()));
        }
        return section;
    }

    /** A phase for the municipality's own residents: say so, and let a logged-in resident confirm a postcode. */
    private Component localOnly() {
        Div box = new Div(new Paragraph(getTranslation("projects.page.local-only")));
        box.addClassName("rugzak-notice");
        if (currentUser.visitor().isEmpty()) {
            Anchor login = new Anchor("/inloggen", getTranslation("projects.page.log-in-to-take-part"));
            login.setRouterIgnore(true);
            box.add(login);
            return box;
        }
        if (localResidents.currentIsLocal()) {
            box.add(new Paragraph(getTranslation("projects.page.local-confirmed")));
            return box;
        }
        TextField postcode = new TextField(getTranslation("projects.page.postcode"));
        postcode.setMaxLength(7);
        postcode.setHelperText(getTranslation("projects.page.postcode-help"));
        Checkbox keep = new Checkbox(getTranslation("projects.page.keep-postcode"));
        Button confirm = new Button(getTranslation("projects.page.confirm-postcode"), click -> {
            try {
                boolean local = localResidents.confirm(postcode.getValue(), keep.getValue());
                render();
                feedback.setText(getTranslation(local ? "projects.page.postcode-inside" : "projects.page.postcode-outside"));
            } catch (InvalidProjectException e) {
                postcode.setInvalid(true);
                postcode.setErrorMessage(e.problemsIn(getLocale()).get("postcode"));
            }
        });
        box.add(postcode, keep, confirm);
        return box;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("projects.list.title") : project.title();
    }
}
