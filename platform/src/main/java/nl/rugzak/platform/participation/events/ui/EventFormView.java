package nl.rugzak.platform.participation.events.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlacePicker;
import nl.rugzak.platform.participation.events.DoorList;
import nl.rugzak.platform.participation.events.EventDetail;
import nl.rugzak.platform.participation.events.EventDraft;
import nl.rugzak.platform.participation.events.EventPhotos;
import nl.rugzak.platform.participation.events.EventReport;
import nl.rugzak.platform.participation.events.Events;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.participation.events.InvalidEventException;
import nl.rugzak.platform.participation.events.Registrant;
import nl.rugzak.platform.participation.events.RegistrationMode;
import nl.rugzak.platform.participation.events.RegistrationStatus;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/**
 * Planning an event (new at {@code /beheer/agenda/nieuw}, existing at {@code /beheer/agenda/<id>}), its
 * registrations with the door list, and the report afterwards.
 */
@Route(value = "beheer/agenda/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(EventsModule.ID)
public class EventFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField address = new TextField();
    final PlacePicker picker;
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final TextField onlineUrl = new TextField();
    final Checkbox wheelchair = new Checkbox();
    final Checkbox loop = new Checkbox();
    final TextField language = new TextField();
    final TextArea notes = new TextArea();
    final Select<PolicyTopic> topic = new Select<>();
    final Select<RegistrationMode> registration = new Select<>();
    final IntegerField capacity = new IntegerField();
    final TextArea minutes = new TextArea();
    final TextArea outcomes = new TextArea();
    final Feedback feedback = new Feedback();
    final Feedback reportFeedback = new Feedback();
    final Div photos = new Div();
    private final EventPhotos eventPhotos;
    private final java.time.Clock clock;
    private final Events events;
    private final DoorList doorList;
    private final List<PolicyTopic> topics;
    private Long id;

    public EventFormView(Events events, DoorList doorList, AddressSearch addresses, PolicyTopics policyTopics,
                         EnabledModules modules, MapSettings mapSettings, EventPhotos eventPhotos,
                         java.time.Clock clock) {
        this.events = events;
        this.clock = clock;
        this.eventPhotos = eventPhotos;
        this.doorList = doorList;
        this.topics = modules.isEnabled(TopicsModule.ID) ? policyTopics.all() : List.of();
        title.setLabel(getTranslation("events.form.title"));
        title.setMaxLength(Events.MAX_TITLE);
        title.setRequired(true);
        description.setLabel(getTranslation("events.form.description"));
        description.setHelperText(getTranslation("events.form.markdown-help"));
        description.setMaxLength(Events.MAX_DESCRIPTION);
        start.setLabel(getTranslation("events.form.start"));
        end.setLabel(getTranslation("events.form.end"));
        start.setHelperText(getTranslation("events.form.time-help"));
        address.setLabel(getTranslation("events.form.address"));
        address.setMaxLength(Events.MAX_ADDRESS);
        address.setHelperText(getTranslation("events.form.address-help"));
        // Staff place public things: the point is kept exact, and the number fields say it in text as well.
        picker = new PlacePicker(address, addresses, mapSettings, false);
        picker.onChange(() -> {
            var chosen = picker.value();
            latitude.setValue(chosen == null ? null : chosen.point().latitude());
            longitude.setValue(chosen == null ? null : chosen.point().longitude());
        });
        for (NumberField coordinate : List.of(latitude, longitude)) {
            coordinate.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    pointTyped();
                }
            });
        }
        latitude.setLabel(getTranslation("events.form.latitude"));
        longitude.setLabel(getTranslation("events.form.longitude"));
        onlineUrl.setLabel(getTranslation("events.form.online-url"));
        onlineUrl.setHelperText(getTranslation("events.form.online-url-help"));
        onlineUrl.setMaxLength(Events.MAX_URL);
        wheelchair.setLabel(getTranslation("events.form.wheelchair"));
        loop.setLabel(getTranslation("events.form.loop"));
        language.setLabel(getTranslation("events.form.language"));
        language.setValue(getTranslation("events.form.language-default"));
        language.setMaxLength(Events.MAX_LANGUAGE);
        notes.setLabel(getTranslation("events.form.notes"));
        notes.setMaxLength(Events.MAX_NOTES);
        topic.setLabel(getTranslation("events.form.topic"));
        topic.setItems(topics);
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("events.form.no-topic"));
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("events.form.no-topic") : t.title());
        topic.setVisible(!topics.isEmpty());
        registration.setLabel(getTranslation("events.form.registration"));
        registration.setItems(RegistrationMode.values());
        registration.setItemLabelGenerator(mode -> mode == null ? "" : getTranslation(mode.key()));
        registration.setValue(RegistrationMode.OPEN);
        capacity.setLabel(getTranslation("events.form.capacity"));
        capacity.setHelperText(getTranslation("events.form.capacity-help"));
        capacity.setMin(1);
        capacity.setMax(Events.MAX_CAPACITY);
        minutes.setLabel(getTranslation("events.form.minutes"));
        minutes.setHelperText(getTranslation("events.form.markdown-help"));
        minutes.setMaxLength(Events.MAX_MINUTES);
        outcomes.setLabel(getTranslation("events.form.outcomes"));
        outcomes.setMaxLength(Events.MAX_OUTCOMES);
        for (var field : List.of(title, description, address, onlineUrl, language, notes, minutes, outcomes)) {
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if ("nieuw".equals(raw)) {
            id = null;
        } else if (raw.matches("\\d{1,18}")) {
            id = Long.parseLong(raw);
        } else {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        EventDetail detail = id == null ? null : events.view(id);
        add(new H1(detail == null ? getTranslation("events.form.new-title") : detail.title()), feedback);
        if (detail != null) {
            fill(detail);
        }
        Button save = new Button(getTranslation("events.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, description, new Div(start, end),
                new Section(new H2(getTranslation("events.form.place")), address, picker,
                        new Div(latitude, longitude), onlineUrl),
                new Section(new H2(getTranslation("events.form.accessibility")), wheelchair, loop, language, notes),
                topic, new Section(new H2(getTranslation("events.form.registration-heading")), registration, capacity),
                save);
        if (detail != null) {
            add(registrations(), report(detail));
            Button delete = new Button(getTranslation("events.form.delete"), click -> {
                if (feedback.attempt(() -> events.delete(id), getTranslation("events.form.deleted"))) {
                    getUI().ifPresent(ui -> ui.navigate("beheer/agenda"));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Section(new H2(getTranslation("events.form.danger")), delete));
        }
    }

    private void fill(EventDetail detail) {
        title.setValue(detail.title());
        description.setValue(detail.description());
        start.setValue(local(detail.startsAt()));
        end.setValue(local(detail.endsAt()));
        address.setValue(detail.address() == null ? "" : detail.address());
        latitude.setValue(detail.latitude());
        longitude.setValue(detail.longitude());
        pointTyped();
        onlineUrl.setValue(detail.onlineUrl() == null ? "" : detail.onlineUrl());
        wheelchair.setValue(detail.wheelchairAccess());
        loop.setValue(detail.hearingLoop());
        language.setValue(detail.language());
        notes.setValue(detail.accessibilityNotes() == null ? "" : detail.accessibilityNotes());
        topic.setValue(topics.stream().filter(t -> detail.topicId() != null && t.id() == detail.topicId()).findFirst().orElse(null));
        registration.setValue(detail.registration());
        capacity.setValue(detail.capacity());
        minutes.setValue(detail.report() == null ? "" : detail.report());
        outcomes.setValue(detail.outcomes() == null ? "" : detail.outcomes());
    }

    /** Coordinates typed (or loaded) show on the picker's map too, when both are there and on earth. */
    private void pointTyped() {
        Double lat = latitude.getValue();
        Double lon = longitude.getValue();
        if (lat != null && lon != null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
            picker.setPoint(new MapPoint(lat, lon), true);
        }
    }

    private LocalDateTime local(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, events.zone());
    }

    void save() {
        EventDraft draft = new EventDraft(title.getValue(), description.getValue(), start.getValue(), end.getValue(),
                address.getValue(), latitude.getValue(), longitude.getValue(), onlineUrl.getValue(),
                wheelchair.getValue(), loop.getValue(), language.getValue(), notes.getValue(),
                topic.getValue() == null ? null : topic.getValue().id(), registration.getValue(), capacity.getValue());
        clearProblems();
        try {
            if (id == null) {
                long created = events.create(draft);
                getUI().ifPresent(ui -> ui.navigate("beheer/agenda/" + created));
            } else {
                events.update(id, draft);
                feedback.setText(getTranslation("events.form.saved"));
                feedback.removeClassName("rugzak-error");
            }
        } catch (InvalidEventException e) {
            showProblems(e.problemsIn(getLocale()));
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("description", description),
                Map.entry("start", start), Map.entry("end", end), Map.entry("address", address),
                Map.entry("point", latitude), Map.entry("onlineUrl", onlineUrl), Map.entry("language", language),
                Map.entry("accessibilityNotes", notes), Map.entry("topic", topic),
                Map.entry("registration", registration), Map.entry("capacity", capacity),
                Map.entry("minutes", minutes), Map.entry("outcomes", outcomes));
    }

    private void clearProblems() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, text) -> {
            HasValidation target = fields().get(field);
            if (target != null) {
                target.setErrorMessage(text);
                target.setInvalid(true);
            }
        });
        feedback.show(String.join(" ", problems.values()));
    }

    private Component registrations() {
        Section section = new Section(new H2(getTranslation("events.form.registrations")));
        List<Registrant> all = events.registrations(id);
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("events.form.no-registrations")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Registrant registrant : all) {
            list.add(new ListItem(getTranslation(registrant.status() == RegistrationStatus.REGISTERED
                    ? "events.form.registrant" : "events.form.registrant-waiting", registrant.name(), registrant.people())));
        }
        long eventId = id;
        var language = getLocale();
        Anchor csv = new Anchor((DownloadHandler) download -> {
            byte[] bytes = doorList.csv(eventId, language);
            download.setFileName("deurlijst-" + eventId + ".csv");
            download.setContentType("text/csv;charset=UTF-8");
            download.setContentLength(bytes.length);
            download.getOutputStream().write(bytes);
        }, getTranslation("events.form.door-list"));
        csv.getElement().setAttribute("download", true);
        section.add(list, new Paragraph(getTranslation("events.form.door-list-help")), csv);
        return section;
    }

    private Component report(EventDetail detail) {
        Section section = new Section(new H2(getTranslation("events.form.report")), reportFeedback);
        Button save = new Button(getTranslation("events.form.save-report"), click -> {
            minutes.setInvalid(false);
            outcomes.setInvalid(false);
            try {
                events.saveReport(id, new EventReport(minutes.getValue(), outcomes.getValue()));
                reportFeedback.setText(getTranslation("events.form.report-saved"));
                reportFeedback.removeClassName("rugzak-error");
            } catch (InvalidEventException e) {
                var problems = e.problemsIn(getLocale());
                if (problems.containsKey("minutes")) {
                    minutes.setErrorMessage(problems.get("minutes"));
                    minutes.setInvalid(true);
                }
                if (problems.containsKey("outcomes")) {
                    outcomes.setErrorMessage(problems.get("outcomes"));
                    outcomes.setInvalid(true);
                }
                reportFeedback.show(String.join(" ", problems.values()));
            }
        });
        section.add(new Paragraph(getTranslation("events.form.report-help")), minutes, outcomes, save);
        if (!detail.startsAt().isAfter(clock.instant())) {
            section.add(photos);
            renderPhotos();
        }
        return section;
    }

    /** The report's photos: each with its description, removable; an upload needs a description first. */
    private void renderPhotos() {
        photos.removeAll();
        photos.add(new H3(getTranslation("events.photos.heading")));
        List<EventPhotos.Photo> all = eventPhotos.of(id);
        UnorderedList list = new UnorderedList();
        for (EventPhotos.Photo photo : all) {
            Image picture = new Image(photo.url(), photo.altText());
            picture.setWidth("12rem");
            Button remove = new Button(getTranslation("events.photos.remove"), click -> {
                if (reportFeedback.attempt(() -> eventPhotos.remove(photo.id()), getTranslation("events.photos.removed"))) {
                    renderPhotos();
                }
            });
            remove.getElement().setAttribute("aria-label", getTranslation("events.photos.remove-named", photo.altText()));
            list.add(new ListItem(picture, remove));
        }
        photos.add(list);
        if (all.size() >= EventPhotos.MAX_PHOTOS) {
            photos.add(new Paragraph(getTranslation("events.photos.full", EventPhotos.MAX_PHOTOS)));
            return;
        }
        TextField alt = new TextField(getTranslation("events.photos.alt"));
        alt.setMaxLength(EventPhotos.MAX_ALT);
        alt.setHelperText(getTranslation("events.photos.alt-help"));
        alt.setWidthFull();
        long eventId = id;
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                eventPhotos.add(eventId, bytes, alt.getValue());
                renderPhotos();
                reportFeedback.setText(getTranslation("events.photos.added"));
                reportFeedback.removeClassName("rugzak-error");
            } catch (InvalidEventException e) {
                reportFeedback.show(e.messageIn(getLocale()));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EventPhotos.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> reportFeedback.show(
                getTranslation("events.photos.rejected", EventPhotos.MAX_BYTES / (1024 * 1024))));
        photos.add(alt, upload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "events.form.new-title" : "events.form.edit-title");
    }
}
