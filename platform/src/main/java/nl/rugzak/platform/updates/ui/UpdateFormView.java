package nl.rugzak.platform.updates.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.updates.UpdateDraft;
import nl.rugzak.platform.updates.UpdateDraft.Publication;
import nl.rugzak.platform.updates.UpdateTarget;
import nl.rugzak.platform.updates.Updates;
import nl.rugzak.platform.updates.UpdatesModule;

/**
 * Writing an update: editors for the site ({@code /nieuws/schrijven}), a topic ({@code ?thema=12}) or an initiative
 * ({@code ?initiatief=7}); an initiative's owner for their own initiative. The service decides who may.
 */
@Route(value = "nieuws/schrijven", layout = SiteLayout.class)
@PageTitle("Nieuws schrijven")
@PermitAll
@ModulePage(UpdatesModule.ID)
public class UpdateFormView extends Div implements BeforeEnterObserver {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String NOW = "Nu publiceren";
    private static final String LATER = "Op een gekozen moment publiceren";
    private static final String DRAFT = "Als concept bewaren";

    final TextField title = new TextField("Titel");
    final TextArea body = new TextArea("Tekst");
    final RadioButtonGroup<String> publication = new RadioButtonGroup<>("Publiceren");
    final DateTimePicker publishAt = new DateTimePicker("Moment van publicatie");
    final TextField imageAlt = new TextField("Wat staat er op de afbeelding? (voor wie hem niet kan zien)");
    final Button save = new Button("Opslaan");
    final Feedback feedback = new Feedback();
    private final Paragraph imageState = new Paragraph();
    private final Updates updates;
    byte[] image;
    UpdateTarget target = UpdateTarget.SITE;

    public UpdateFormView(Updates updates) {
        this.updates = updates;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        List<String> topic = query.getParameters().getOrDefault("thema", List.of());
        List<String> initiative = query.getParameters().getOrDefault("initiatief", List.of());
        try {
            if (!topic.isEmpty()) {
                target = UpdateTarget.topic(Long.parseLong(topic.getFirst()));
            } else if (!initiative.isEmpty()) {
                target = UpdateTarget.initiative(Long.parseLong(initiative.getFirst()));
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
        add(new H1(about == null ? "Nieuws schrijven" : "Nieuws over " + about));
        title.setMaxLength(150);
        title.setRequired(true);
        title.setWidthFull();
        body.setMaxLength(20000);
        body.setHelperText("U kunt Markdown gebruiken.");
        body.setWidthFull();
        publication.setItems(NOW, LATER, DRAFT);
        publication.setValue(NOW);
        publishAt.setVisible(false);
        publishAt.setStep(java.time.Duration.ofMinutes(15));
        publication.addValueChangeListener(change -> publishAt.setVisible(LATER.equals(change.getValue())));
        imageAlt.setMaxLength(300);
        imageAlt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            image = bytes;
            imageState.setText("Afbeelding gekozen: " + metadata.fileName());
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Updates.MAX_IMAGE_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> feedback.show(
                "Dit bestand kan niet: kies een afbeelding (PNG, JPEG of GIF) van hoogstens 5 MB."));
        save.addClickListener(click -> save());
        add(title, body, publication, publishAt, new Paragraph("Afbeelding (niet verplicht)"), upload, imageState,
                imageAlt, save, feedback);
    }

    void save() {
        Publication how = switch (publication.getValue()) {
            case LATER -> Publication.SCHEDULED;
            case DRAFT -> Publication.DRAFT;
            default -> Publication.NOW;
        };
        LocalDateTime at = publishAt.getValue();
        if (how == Publication.SCHEDULED && at == null) {
            feedback.show("Kies het moment waarop het bericht verschijnt.");
            return;
        }
        UpdateDraft draft = new UpdateDraft(target, title.getValue(), body.getValue(), how,
                at == null ? null : at.atZone(DUTCH_TIME).toInstant(), image, imageAlt.getValue());
        long[] id = new long[1];
        if (feedback.attempt(() -> id[0] = updates.post(draft), "Het bericht is opgeslagen.")) {
            UI.getCurrent().navigate("/nieuws/" + id[0]);
        }
    }
}
