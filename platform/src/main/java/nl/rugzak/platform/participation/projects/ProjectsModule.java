package nl.rugzak.platform.participation.projects;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.library.TemplateKind;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.projects.template.ProjectTemplate;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import org.springframework.stereotype.Component;

/**
 * Projecten (trajecten): one page per case of the municipality, with its phases and, in each phase, the items of
 * other modules (ideas, a budget, a poll) residents take part in.
 */
@Component
public class ProjectsModule implements ModuleManifest {

    public static final String ID = "projects";

    private final ProjectsPersonalData personalData;
    private final ProjectPageDescriber describer;
    private final ProjectActivity activity;
    private final ProjectPublicItems publicItems;
    private final ProjectsDemo demo;
    private final ProjectTemplate template;

    ProjectsModule(ProjectsPersonalData personalData, ProjectPageDescriber describer, ProjectActivity activity,
                   ProjectPublicItems publicItems, ProjectsDemo demo, ProjectTemplate template) {
        this.personalData = personalData;
        this.describer = describer;
        this.activity = activity;
        this.publicItems = publicItems;
        this.demo = demo;
        this.template = template;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "projects.module.name";
    }

    @Override
    public String descriptionKey() {
        return "projects.module.description";
    }

    @Override
    public String path() {
        return "projecten";
    }

    @Override
    public String changelog() {
        return "db/tenant/projects/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.projects.api.ProjectsApi.class); }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/projecten", "projects.staff.menu", List.of("editor", "tenant-admin")),
                new StaffEntry("/beheer/projecten/postcodes", "projects.staff.postcodes", List.of("tenant-admin")));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.FOLLOWED_NEWS);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.heldBy(personalData);
    }

    @Override
    public Optional<SharedPageDescriber> pageDescriber() {
        return Optional.of(describer);
    }

    @Override
    public Optional<ModuleActivity> activity() {
        return Optional.of(activity);
    }

    @Override
    public Optional<PublicItems> publicItems() {
        return Optional.of(publicItems);
    }

    @Override
    public Optional<ModuleDemo> demo() {
        return Optional.of(demo);
    }

    @Override
    public List<TemplateKind> templates() {
        return List.of(template);
    }
}
