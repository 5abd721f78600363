package nl.rugzak.platform.participation.projects.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.projects.InvalidProjectException;
import nl.rugzak.platform.participation.projects.PhaseDraft;
import nl.rugzak.platform.participation.projects.PhaseSection;
import nl.rugzak.platform.participation.projects.Project;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.ProjectStatus;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.participation.projects.ProjectsModule;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlacePicker;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;

/**
 * One project in the back office: its texts and image, its phases (with the items each holds), which phase is
 * current, publishing, and closing with the final account.
 */
@Route(value = "beheer/projecten/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(ProjectsModule.ID)
public class ProjectEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CANDIDATES = 30;

    private final Projects projects;
    private final PolicyTopics topics;
    private final EnabledModules modules;
    private final ModuleManifests manifests;
    private final List<PhaseSection> sections;
    private final AddressSearch addresses;
    private final MapSettings mapSettings;
    final Feedback feedback = new Feedback();
    Project project;
    private long id;

    public ProjectEditView(Projects projects, PolicyTopics topics, EnabledModules modules, ModuleManifests manifests,
                           List<PhaseSection> sections, AddressSearch addresses, MapSettings mapSettings) {
        this.projects = projects;
        this.addresses = addresses;
        this.mapSettings = mapSettings;
        this.topics = topics;
        this.modules = modules;
        this.manifests = manifests;
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(raw);
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        project = projects.view(id);
        removeAll();
        add(new H1(project.title()), ProjectCards.badge(project.status()), feedback);
        if (project.status().isPublic()) {
            add(new Paragraph(new Anchor(project.link(), getTranslation("projects.admin.public-page"))));
        }
        boolean open = project.status() != ProjectStatus.CLOSED;
        if (open) {
            add(texts(), image());
        }
        add(phases(open));
        if (open) {
            add(newPhase(), pin(), finish());
        }
    }

    private Component texts() {
        Section section = new Section(new H2(getTranslation("projects.admin.texts")));
        TextField title = new TextField(getTranslation("projects.form.title"), project.title(), "");
        title.setMaxLength(ProjectDraft.MAX_TITLE);
        TextArea summary = new TextArea(getTranslation("projects.form.summary"), project.summary(), "");
        summary.setMaxLength(ProjectDraft.MAX_SUMMARY);
        TextArea description = new TextArea(getTranslation("projects.form.description"), project.description(), "");
        description.setMaxLength(ProjectDraft.MAX_DESCRIPTION);
        description.setHelperText(getTranslation("projects.form.markdown-help"));
        TextField area = new TextField(getTranslation("projects.form.area"), project.area(), "");
        area.setMaxLength(ProjectDraft.MAX_AREA);
        TextField contact = new TextField(getTranslation("projects.form.contact"), project.contact(), "");
        contact.setMaxLength(ProjectDraft.MAX_CONTACT);
        List.of(title, area, contact).forEach(TextField::setWidthFull);
        PlacePicker picker = new PlacePicker(area, addresses, mapSettings, false);
        picker.setPoint(project.point(), true);
        List.of(summary, description).forEach(TextArea::setWidthFull);
        MultiSelectComboBox<PolicyTopic> topicBox = new MultiSelectComboBox<>(getTranslation("projects.form.topics"));
        List<PolicyTopic> all = modules.isEnabled(TopicsModule.ID) ? topics.all() : List.of();
        topicBox.setItems(all);
        topicBox.setItemLabelGenerator(PolicyTopic::title);
        topicBox.select(all.stream().filter(t -> project.topics().stream().anyMatch(p -> p.id() == t.id())).toList());
        topicBox.setVisible(!all.isEmpty());
        Button save = new Button(getTranslation("projects.admin.save"), click -> {
            try {
                projects.update(id, new ProjectDraft(title.getValue(), summary.getValue(), description.getValue(),
                        area.getValue(), contact.getValue(), topicBox.getSelectedItems().stream().map(PolicyTopic::id).toList()),
                        picker.value() == null ? null : picker.value().stored());
                render();
                feedback.setText(getTranslation("projects.admin.saved"));
            } catch (InvalidProjectException e) {
                Map<String, String> problems = e.problemsIn(getLocale());
                Fields.mark(title, problems.get("title"));
                Fields.mark(summary, problems.get("summary"));
                Fields.mark(description, problems.get("description"));
                Fields.mark(area, problems.get("area"));
                Fields.mark(contact, problems.get("contact"));
                Fields.mark(topicBox, problems.get("topics"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(title, summary, description, area, picker, contact, topicBox, save);
        return section;
    }

    private Component image() {
        Section section = new Section(new H2(getTranslation("projects.admin.image")));
        if (project.image() != null) {
            com.vaadin.flow.component.html.Image current = new com.vaadin.flow.component.html.Image(project.image().url(), project.image().alt());
            current.setMaxWidth("20rem");
            Button remove = new Button(getTranslation("projects.admin.remove-image"),
                    click -> act(() -> projects.removeImage(id), getTranslation("projects.admin.image-removed")));
            section.add(current, remove);
        }
        TextField alt = new TextField(getTranslation("projects.form.alt"));
        alt.setMaxLength(Projects.MAX_ALT);
        alt.setHelperText(getTranslation("projects.form.alt-help"));
        alt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        SingleFileUpload upload = new SingleFileUpload(Projects.MAX_IMAGE_BYTES, (fileName, bytes) -> {
            try {
                projects.setImage(id, bytes, alt.getValue());
                render();
                feedback.setText(getTranslation("projects.admin.image-saved"));
            } catch (InvalidProjectException e) {
                Fields.mark(alt, e.problemsIn(getLocale()).get("alt"));
                feedback.show(e.messageIn(getLocale()));
            }
        }, feedback::show);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif");
        upload.addFileRejectedListener(rejected -> feedback.show(
                getTranslation("projects.admin.file-rejected", Projects.MAX_IMAGE_BYTES / (1024 * 1024))));
        section.add(alt, upload);
        return section;
    }

    private Component phases(boolean open) {
        Section section = new Section(new H2(getTranslation("projects.admin.phases")));
        if (project.phases().isEmpty()) {
            section.add(new Paragraph(getTranslation("projects.admin.no-phases")));
        }
        var candidates = open ? projects.candidates(CANDIDATES) : Map.<String, List<PublicItems.Item>>of();
        for (Project.Phase phase : project.phases()) {
            Div block = new Div(new H3(phase.title() + (project.currentPhaseId() != null && project.currentPhaseId() == phase.id()
                    ? " – " + getTranslation("projects.admin.current") : "")));
            block.addClassName("rugzak-admin-phase");
            if (open) {
                block.add(phaseForm(phase));
            }
            UnorderedList items = new UnorderedList();
            for (Project.Placement placed : phase.placed()) {
                String title = phase.items().stream().filter(i -> i.module().equals(placed.module()) && i.id() == placed.itemId())
                        .findFirst().map(PublicItems.Item::title).orElse(getTranslation("projects.admin.item-gone"));
                ListItem item = new ListItem(moduleName(placed.module()) + ": " + title + " ");
                if (open) {
                    Button remove = new Button(getTranslation("projects.admin.unplace"),
                            click -> act(() -> projects.unplace(phase.id(), placed.module(), placed.itemId()),
                                    getTranslation("projects.admin.unplaced")));
                    remove.getElement().setAttribute("aria-label", getTranslation("projects.admin.unplace-named", title));
                    item.add(remove);
                }
                items.add(item);
            }
            block.add(new Paragraph(getTranslation("projects.admin.items")), items);
            if (open && !candidates.isEmpty()) {
                Select<PublicItems.Item> choice = new Select<>();
                choice.setLabel(getTranslation("projects.admin.place-label"));
                List<PublicItems.Item> all = new ArrayList<>();
                candidates.values().forEach(all::addAll);
                choice.setItems(all);
                choice.setItemLabelGenerator(item -> item == null ? "" : moduleName(item.module()) + ": " + item.title());
                Button place = new Button(getTranslation("projects.admin.place"), click -> {
                    if (choice.getValue() == null) {
                        Fields.mark(choice, getTranslation("projects.admin.choose-item"));
                        return;
                    }
                    act(() -> projects.place(phase.id(), choice.getValue().module(), choice.getValue().id()),
                            getTranslation("projects.admin.placed"));
                });
                block.add(choice, place);
            }
            if (open) {
                sections.forEach(extra -> extra.forStaff(project, phase).ifPresent(block::add));
            }
            section.add(block);
        }
        return section;
    }

    private Component phaseForm(Project.Phase phase) {
        PhaseFields fields = new PhaseFields(phase.title(), phase.startsOn(), phase.endsOn(), phase.whatNow(), phase.localOnly());
        Button save = new Button(getTranslation("projects.admin.save-phase"), click -> {
            try {
                projects.updatePhase(phase.id(), fields.draft());
                render();
                feedback.setText(getTranslation("projects.admin.phase-saved"));
            } catch (InvalidProjectException e) {
                fields.show(e);
                feedback.show(e.messageIn(getLocale()));
            }
        });
        Button remove = new Button(getTranslation("projects.admin.remove-phase"),
                click -> act(() -> projects.removePhase(phase.id()), getTranslation("projects.admin.phase-removed")));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("projects.admin.remove-phase-named", phase.title()));
        fields.add(save, remove);
        return fields;
    }

    private Component newPhase() {
        Section section = new Section(new H2(getTranslation("projects.admin.new-phase")));
        PhaseFields fields = new PhaseFields("", null, null, "", false);
        Button add = new Button(getTranslation("projects.admin.add-phase"), click -> {
            try {
                projects.addPhase(id, fields.draft());
                render();
                feedback.setText(getTranslation("projects.admin.phase-added"));
            } catch (InvalidProjectException e) {
                fields.show(e);
                feedback.show(e.messageIn(getLocale()));
            }
        });
        section.add(fields, add);
        return section;
    }

    private Component pin() {
        Section section = new Section(new H2(getTranslation("projects.admin.current-phase")));
        section.add(new Paragraph(getTranslation("projects.admin.current-phase-help")));
        Select<Long> choice = new Select<>();
        choice.setLabel(getTranslation("projects.admin.current-phase"));
        List<Long> options = new ArrayList<>();
        options.add(0L);
        project.phases().forEach(phase -> options.add(phase.id()));
        choice.setItems(options);
        choice.setItemLabelGenerator(option -> option == null || option == 0L ? getTranslation("projects.admin.by-date")
                : project.phases().stream().filter(p -> p.id() == option).findFirst().map(Project.Phase::title).orElse(""));
        choice.setValue(project.currentPinned() && project.currentPhaseId() != null ? project.currentPhaseId() : 0L);
        Button save = new Button(getTranslation("projects.admin.save"), click -> act(() -> projects.pinPhase(id,
                choice.getValue() == null || choice.getValue() == 0L ? null : choice.getValue()),
                getTranslation("projects.admin.current-saved")));
        section.add(choice, save);
        return section;
    }

    private Component finish() {
        Section section = new Section();
        if (project.status() == ProjectStatus.DRAFT) {
            section.add(new H2(getTranslation("projects.admin.publish-heading")));
            Button publish = new Button(getTranslation("projects.admin.publish"),
                    click -> act(() -> projects.publish(id), getTranslation("projects.admin.published")));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(publish);
            return section;
        }
        section.add(new H2(getTranslation("projects.admin.close-heading")));
        TextArea account = new TextArea(getTranslation("projects.form.final-account"));
        account.setHelperText(getTranslation("projects.form.final-account-help"));
        account.setMaxLength(Projects.MAX_FINAL_ACCOUNT);
        account.setWidthFull();
        Button close = new Button(getTranslation("projects.admin.close"), click -> {
            try {
                projects.close(id, account.getValue());
                render();
                feedback.setText(getTranslation("projects.admin.closed"));
            } catch (InvalidProjectException e) {
                Fields.mark(account, e.problemsIn(getLocale()).get("finalAccount"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        section.add(account, close);
        return section;
    }

    private String moduleName(String module) {
        return manifests.find(module).map(m -> m.name(getLocale())).orElse(module);
    }

    private void act(Runnable action, String done) {
        try {
            if (feedback.attempt(action, done)) {
                render();
                feedback.setText(done);
            }
        } catch (InvalidProjectException e) {
            feedback.show(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("projects.admin.heading") : project.title();
    }

    /** The fields of one phase, with the service's refusals shown at each. */
    private final class PhaseFields extends Div {

        final TextField title = new TextField(getTranslation("projects.form.phase-title"));
        final DatePicker startsOn = new DatePicker(getTranslation("projects.form.starts-on"));
        final DatePicker endsOn = new DatePicker(getTranslation("projects.form.ends-on"));
        final TextArea whatNow = new TextArea(getTranslation("projects.form.what-now"));
        final Checkbox localOnly = new Checkbox(getTranslation("projects.form.local-only"));

        PhaseFields(String title, java.time.LocalDate start, java.time.LocalDate end, String whatNow, boolean local) {
            this.title.setValue(title);
            this.title.setMaxLength(PhaseDraft.MAX_TITLE);
            this.startsOn.setValue(start);
            this.endsOn.setValue(end);
            this.startsOn.setLocale(getLocale());
            this.endsOn.setLocale(getLocale());
            this.whatNow.setValue(whatNow);
            this.whatNow.setMaxLength(PhaseDraft.MAX_WHAT_NOW);
            this.whatNow.setWidthFull();
            this.localOnly.setValue(local);
            add(this.title, this.startsOn, this.endsOn, this.whatNow, this.localOnly);
        }

        PhaseDraft draft() {
            return new PhaseDraft(title.getValue(), startsOn.getValue(), endsOn.getValue(), whatNow.getValue(),
                    localOnly.getValue());
        }

        void show(InvalidProjectException e) {
            Map<String, String> problems = e.problemsIn(getLocale());
            Fields.mark(title, problems.get("title"));
            Fields.mark(startsOn, problems.get("startsOn"));
            Fields.mark(endsOn, problems.get("endsOn"));
            Fields.mark(whatNow, problems.get("whatNow"));
        }
    }
}
