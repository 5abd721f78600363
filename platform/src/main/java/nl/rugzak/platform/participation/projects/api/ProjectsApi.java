package nl.rugzak.platform.participation.projects.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.projects.Project;
import nl.rugzak.platform.participation.projects.ProjectCard;
import nl.rugzak.platform.participation.projects.ProjectStatus;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import org.springframework.stereotype.Component;

/**
 * Projects in the read API: published and closed ones, and on a single project its phases with the public items each
 * holds (already resolved through their own modules, so hidden or unpublished items are not there). The project's
 * staff contact is left out: it may name a person.
 */
@Component
public class ProjectsApi implements ApiResource {

    private final Projects projects;

    ProjectsApi(Projects projects) {
        this.projects = projects;
    }

    @Override
    public String module() {
        return ProjectsModule.ID;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public String description() {
        return "Projects (projecten): a plan in phases, each phase with the polls, ideas, budgets, events and other "
                + "public items it holds.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the project at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("summary", Type.STRING, "Short summary."),
                new Field("status", Type.STRING, "published (running) or closed."),
                new Field("currentPhase", Type.STRING, "The title of the phase it is in now, or null."),
                new Field("imageUrl", Type.STRING, "Its picture on the site, or null."),
                new Field("at", Type.DATE_TIME, "When it was published."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("description", Type.STRING, "Description (Markdown)."),
                new Field("area", Type.STRING, "The area it is about, or null."),
                new Field("finalAccount", Type.STRING, "How it ended (Markdown), or null."),
                new Field("topics", Type.ARRAY, "Policy topics it belongs to: id and title."),
                new Field("phases", Type.ARRAY, "Phases in order: id, position, title, startsOn, endsOn (dates), "
                        + "whatNow, current, and items (module, id, title, link) it holds."));
    }

    @Override
    public List<String> filters() {
        return List.of("status");
    }

    @Override
    public List<String> sorts() {
        return List.of("at", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-at";
    }

    @Override
    public List<Map<String, Object>> list() {
        return projects.published().stream().filter(p -> p.status() != ProjectStatus.DRAFT)
                .map(ProjectsApi::summary).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        Project project;
        try {
            project = projects.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (project.status() == ProjectStatus.DRAFT) {
            return Optional.empty();
        }
        Long current = project.currentPhase().map(Project.Phase::id).orElse(null);
        Map<String, Object> item = item("id", project.id(), "title", project.title(), "summary", project.summary(),
                "status", lower(project.status()),
                "currentPhase", project.currentPhase().map(Project.Phase::title).orElse(null),
                "imageUrl", project.image() == null ? null : project.image().url(), "at", project.publishedAt(),
                "link", project.link(), "description", project.description(), "area", project.area(),
                "finalAccount", project.finalAccount(),
                "topics", project.topics().stream().map(t -> item("id", t.id(), "title", t.title())).toList(),
                "phases", project.phases().stream().map(phase -> item("id", phase.id(), "position", phase.position(),
                        "title", phase.title(), "startsOn", text(phase.startsOn()), "endsOn", text(phase.endsOn()),
                        "whatNow", phase.whatNow(), "current", phase.id() == (current == null ? -1 : current),
                        "items", phase.items().stream().map(i -> item("module", i.module(), "id", i.id(),
                                "title", i.title(), "link", i.link())).toList())).toList());
        return Optional.of(item);
    }

    private static Map<String, Object> summary(ProjectCard card) {
        return item("id", card.id(), "title", card.title(), "summary", card.summary(), "status", lower(card.status()),
                "currentPhase", card.currentPhase(), "imageUrl", card.imageUrl(), "at", card.at(),
                "link", card.link());
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
