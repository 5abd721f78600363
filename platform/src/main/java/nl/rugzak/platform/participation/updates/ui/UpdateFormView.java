package nl.rugzak.platform.participation.updates.ui;

import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.time.Dates;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateDraft.Publication;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/**
 * Writing an update: editors for the site ({@code /nieuws/schrijven}), a topic ({@code ?thema=12}) or an initiative
 * ({@code ?initiatief=7}) or a project ({@code ?project=3}); an initiative's owner for their own initiative. The service decides who may.
 */
@Route(value = "nieuws/schrijven", layout = SiteLayout.class)
@PermitAll
@ModulePage(UpdatesModule.ID)
public class UpdateFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {


    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final RadioButtonGroup<Publication> publication = new RadioButtonGroup<>();
    final DateTimePicker publishAt = new DateTimePicker();
    final TextField imageAlt = new TextField();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    private final Paragraph imageState = new Paragraph();
    private final Updates updates;
    byte[] image;
    UpdateTarget target = UpdateTarget.SITE;

    public UpdateFormView(Updates updates) {
        this.updates = updates;
        title.setLabel(getTranslation("updates.form.title"));
        body.setLabel(getTranslation("updates.form.body"));
        publication.setLabel(getTranslation("updates.form.publication"));
        publishAt.setLabel(getTranslation("updates.form.publish-at"));
        imageAlt.setLabel(getTranslation("updates.form.image-alt"));
        save.setText(getTranslation("updates.form.save"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        List<String> topic = query.getParameters().getOrDefault("thema", List.of());
        List<String> initiative = query.getParameters().getOrDefault("initiatief", List.of());
        List<String> project = query.getParameters().getOrDefault("project", List.of());
        try {
            if (!topic.isEmpty()) {
                target = UpdateTarget.topic(Long.parseLong(topic.getFirst()));
            } else if (!initiative.isEmpty()) {
                target = UpdateTarget.initiative(Long.parseLong(initiative.getFirst()));
            } else if (!project.isEmpty()) {
                target = UpdateTarget.project(Long.parseLong(project.getFirst()));
            }
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!updates.mayPostOn(target)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        String about = updates.publicTargetTitle(target).filter(t -> !t.isEmpty()).orElse(null);
        add(new H1(about == null ? getTranslation("updates.form.heading") : getTranslation("updates.form.heading-about", about)));
        title.setMaxLength(150);
        title.setRequired(true);
        title.setWidthFull();
        body.setMaxLength(20000);
        body.setHelperText(getTranslation("updates.form.body-helper"));
        body.setWidthFull();
        publication.setItems(Publication.NOW, Publication.SCHEDULED, Publication.DRAFT);
        publication.setItemLabelGenerator(how -> getTranslation(publicationKey(how)));
        publication.setValue(Publication.NOW);
        publishAt.setVisible(false);
        publishAt.setStep(java.time.Duration.ofMinutes(15));
        publication.addValueChangeListener(change -> publishAt.setVisible(change.getValue() == Publication.SCHEDULED));
        imageAlt.setMaxLength(300);
        imageAlt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request.
        SingleFileUpload upload = new SingleFileUpload(Updates.MAX_IMAGE_BYTES, (fileName, bytes) -> {
            image = bytes;
            imageState.setText(getTranslation("updates.form.image-chosen", fileName));
        }, feedback::show);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> feedback.show(getTranslation("updates.form.image-rejected")));
        save.addClickListener(click -> save());
        add(title, body, publication, publishAt, new Paragraph(getTranslation("updates.form.image")), upload, imageState,
                imageAlt, save, feedback);
    }

    void save() {
        Publication how = publication.getValue() == null ? Publication.NOW : publication.getValue();
        LocalDateTime at = publishAt.getValue();
        if (how == Publication.SCHEDULED && at == null) {
            feedback.show(getTranslation("updates.form.choose-moment"));
            return;
        }
        UpdateDraft draft = new UpdateDraft(target, title.getValue(), body.getValue(), how,
                at == null ? null : Dates.fromDutchTime(at), image, imageAlt.getValue());
        long[] id = new long[1];
        if (feedback.attempt(() -> id[0] = updates.post(draft), getTranslation("updates.form.saved"))) {
            UI.getCurrent().navigate("/nieuws/" + id[0]);
        }
    }

    /** The text key of a way to publish; a unit test checks every value has one in both languages. */
    static String publicationKey(Publication how) {
        return "updates.form.publication." + how.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("updates.form.heading");
    }
}
