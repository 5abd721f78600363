package nl.rugzak.platform.participation.polls.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.InvalidPollException;
import nl.rugzak.platform.participation.polls.Placement;
import nl.rugzak.platform.participation.polls.Poll;
import nl.rugzak.platform.participation.polls.PollCorrection;
import nl.rugzak.platform.participation.polls.PollDraft;
import nl.rugzak.platform.participation.polls.PollDraft.OptionDraft;
import nl.rugzak.platform.participation.polls.PollExport;
import nl.rugzak.platform.participation.polls.PollOptionImages;
import nl.rugzak.platform.participation.polls.PollPlaces;
import nl.rugzak.platform.participation.polls.PollPlaces.PlaceChoice;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.participation.polls.ResultsVisibility;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/**
 * Writes one poll ({@code /beheer/peilingen/nieuw} or its id) and moves it through its life: schedule, back to
 * draft, close, archive. Once votes came in the page says so and only texts can be corrected (the service refuses the
 * rest); corrections are listed. Results are downloadable (CSV) and printable only once they are public.
 */
@Route(value = "beheer/peilingen/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(PollsModule.ID)
public class PollEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField question = new TextField();
    final TextArea description = new TextArea();
    final List<TextField> options = new ArrayList<>();
    final Checkbox multiple = new Checkbox();
    final IntegerField maxChoices = new IntegerField();
    final MomentFields opensAt;
    final MomentFields closesAt;
    final Select<PlaceChoice> place = new Select<>();
    final Checkbox changeVote = new Checkbox();
    final RadioButtonGroup<ResultsVisibility> visibility = new RadioButtonGroup<>();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    private final Feedback optionProblem = new Feedback();
    private final UnorderedList optionList = new UnorderedList();
    private final Div actions = new Div();
    private final Section after = new Section();
    private final Section images = new Section();
    private final Polls polls;
    private final PollOptionImages optionImages;
    private final PollExport export;
    private final PollPlaces places;
    private final Clock clock;
    private final List<Long> optionIds = new ArrayList<>();
    private Long editing;
    private String title;

    public PollEditorView(Polls polls, PollOptionImages optionImages, PollExport export, PollPlaces places,
                          Clock clock) {
        this.polls = polls;
        this.optionImages = optionImages;
        this.export = export;
        this.places = places;
        this.clock = clock;
        question.setLabel(getTranslation("polls.editor.question"));
        question.setMaxLength(PollDraft.MAX_QUESTION);
        question.setWidthFull();
        description.setLabel(getTranslation("polls.editor.description"));
        description.setMaxLength(PollDraft.MAX_DESCRIPTION);
        description.setWidthFull();
        multiple.setLabel(getTranslation("polls.editor.multiple"));
        maxChoices.setLabel(getTranslation("polls.editor.max-choices"));
        maxChoices.setMin(2);
        maxChoices.setMax(PollDraft.MAX_OPTIONS);
        maxChoices.setStepButtonsVisible(true);
        maxChoices.setVisible(false);
        multiple.addValueChangeListener(change -> maxChoices.setVisible(change.getValue()));
        opensAt = new MomentFields(getTranslation("polls.editor.opens"), getTranslation("polls.editor.opens-time"));
        closesAt = new MomentFields(getTranslation("polls.editor.closes"), getTranslation("polls.editor.closes-time"));
        place.setLabel(getTranslation("polls.editor.place"));
        place.setItemLabelGenerator(choice -> choice == null ? "" : choice.placement().kind() == Placement.Kind.SITE
                ? getTranslation(Placement.Kind.SITE.key())
                : getTranslation(choice.placement().kind().key()) + ": " + choice.title());
        changeVote.setLabel(getTranslation("polls.editor.change-vote"));
        visibility.setLabel(getTranslation("polls.editor.visibility"));
        visibility.setItems(ResultsVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.key()));
        save.setText(getTranslation("polls.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Section optionSection = new Section(new H2(getTranslation("polls.editor.options")),
                new Paragraph(getTranslation("polls.editor.options-help", PollDraft.MIN_OPTIONS, PollDraft.MAX_OPTIONS)),
                optionProblem, optionList,
                new Button(getTranslation("polls.editor.add-option"), click -> addOption(null, "")));
        add(new Anchor("/beheer/peilingen", getTranslation("polls.editor.back")), new H1(), feedback, question,
                description, optionSection, multiple, maxChoices, new Div(opensAt.day, opensAt.time),
                new Div(closesAt.day, closesAt.time), place, changeVote, visibility,
                save, actions, images, after);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        place.setItems(places.choices());
        if (raw.equals("nieuw")) {
            editing = null;
            title = getTranslation("polls.admin.new");
            fill(fresh());
        } else if (raw.matches("\\d{1,18}")) {
            try {
                editing = Long.parseLong(raw);
                PollDraft draft = polls.draftOf(editing);
                title = draft.question();
                fill(draft);
            } catch (nl.rugzak.platform.content.NotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        } else {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        getChildren().filter(H1.class::isInstance).findFirst().ifPresent(h -> ((H1) h).setText(title));
        showState();
    }

    private PollDraft fresh() {
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return new PollDraft("", "", List.of(OptionDraft.of(""), OptionDraft.of("")), false, 1, start,
                start.plus(Duration.ofDays(14)), Placement.SITE, false, ResultsVisibility.AFTER_VOTING);
    }

    private void fill(PollDraft draft) {
        question.setValue(draft.question());
        description.setValue(draft.description());
        optionList.removeAll();
        options.clear();
        optionIds.clear();
        draft.options().forEach(o -> addOption(o.id(), o.label()));
        multiple.setValue(draft.multiple());
        maxChoices.setValue(draft.multiple() ? draft.maxChoices() : 2);
        opensAt.setValue(local(draft.opensAt()));
        closesAt.setValue(local(draft.closesAt()));
        place.getListDataView().getItems().filter(c -> c.placement().equals(draft.placement())).findFirst()
                .ifPresentOrElse(place::setValue, () -> place.setValue(null));
        changeVote.setValue(draft.changeVote());
        visibility.setValue(draft.resultsVisibility());
    }

    private void addOption(Long id, String label) {
        if (options.size() >= PollDraft.MAX_OPTIONS) {
            optionProblem.show(getTranslation("polls.options.too-many", PollDraft.MAX_OPTIONS, options.size() + 1));
            return;
        }
        TextField field = new TextField(getTranslation("polls.editor.option", options.size() + 1));
        field.setMaxLength(PollDraft.MAX_OPTION);
        field.setValue(label);
        options.add(field);
        optionIds.add(id);
        optionList.add(new ListItem(field));
    }

    private PollDraft draft() {
        List<OptionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            drafts.add(new OptionDraft(optionIds.get(i), options.get(i).getValue()));
        }
        return new PollDraft(question.getValue(), description.getValue(), drafts, multiple.getValue(),
                maxChoices.getValue() == null ? 0 : maxChoices.getValue(), instant(opensAt.value()),
                instant(closesAt.value()), place.getValue() == null ? Placement.SITE : place.getValue().placement(),
                changeVote.getValue(), visibility.getValue());
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("question", question, "description", description,
                "maxChoices", maxChoices, "opensAt", opensAt.day, "closesAt", closesAt.day, "placement", place));
        fields.values().forEach(field -> field.setInvalid(false));
        optionProblem.setText("");
        try {
            if (editing == null) {
                long id = polls.create(draft());
                getUI().ifPresent(ui -> ui.navigate("beheer/peilingen/" + id));
                return;
            }
            polls.update(editing, draft());
            fill(polls.draftOf(editing));
            feedback.setText(getTranslation("polls.editor.saved"));
            feedback.removeClassName("rugzak-error");
            showState();
        } catch (InvalidPollException e) {
            e.problemsIn(getLocale()).forEach((field, message) -> {
                if (fields.containsKey(field)) {
                    fields.get(field).setInvalid(true);
                    fields.get(field).setErrorMessage(message);
                } else if (field.equals("options")) {
                    optionProblem.show(message);
                }
            });
            feedback.show(getTranslation("polls.editor.not-saved", e.messageIn(getLocale())));
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    /** The buttons for the next steps, the rules-frozen notice, corrections and the results downloads. */
    private void showState() {
        actions.removeAll();
        after.removeAll();
        images.removeAll();
        if (editing == null) {
            return;
        }
        long id = editing;
        Poll poll = polls.view(id);
        if (!poll.rulesFrozen() && poll.status() != PollStatus.ARCHIVED) {
            showImages(poll);
        }
        actions.add(new Paragraph(PollBadges.of(poll.status(), getTranslation(poll.status().key()))));
        if (poll.rulesFrozen()) {
            actions.add(new Paragraph(getTranslation("polls.editor.frozen")));
        }
        switch (poll.status()) {
            case DRAFT -> {
                actions.add(step("polls.editor.schedule", () -> polls.schedule(id), "polls.editor.scheduled"));
                actions.add(step("polls.editor.delete", () -> polls.deleteDraft(id), "polls.editor.deleted"));
            }
            case SCHEDULED -> {
                actions.add(step("polls.editor.unschedule", () -> polls.unschedule(id), "polls.editor.unscheduled"));
                actions.add(step("polls.editor.close", () -> polls.close(id), "polls.editor.closed"));
            }
            case OPEN -> actions.add(step("polls.editor.close", () -> polls.close(id), "polls.editor.closed"));
            case CLOSED -> actions.add(step("polls.editor.archive", () -> polls.archive(id), "polls.editor.archived"));
            case ARCHIVED -> {
            }
        }
        if (poll.status().isPublic()) {
            actions.add(new Paragraph(new Anchor(poll.link(), getTranslation("polls.editor.view"))));
        }
        if (polls.publicResults(id).isPresent()) {
            Locale language = getLocale();
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                    .DownloadResponse(new java.io.ByteArrayInputStream(export.csv(id, language)),
                    "peiling-" + id + ".csv", "text/csv;charset=UTF-8", -1)), getTranslation("polls.editor.csv"));
            Anchor print = new Anchor("/beheer/peilingen/" + id + "/afdrukken", getTranslation("polls.editor.print"));
            after.add(new H2(getTranslation("polls.editor.results")), new Paragraph(csv), new Paragraph(print));
        } else if (poll.status().isPublic()) {
            after.add(new Paragraph(getTranslation("polls.editor.results-hidden")));
        }
        List<PollCorrection> corrections = polls.corrections(id);
        if (!corrections.isEmpty()) {
            UnorderedList list = new UnorderedList();
            corrections.forEach(c -> list.add(new ListItem(getTranslation("polls.editor.correction",
                    Dates.moment(c.at(), getLocale()), c.by(), c.oldText(), c.newText()))));
            after.add(new H2(getTranslation("polls.editor.corrections")), list);
        }
    }

    /** A picture per option, each with the text that says what it shows; fixed once votes came in, like the options. */
    private void showImages(Poll poll) {
        images.add(new H2(getTranslation("polls.editor.images")),
                new Paragraph(getTranslation("polls.editor.images-help")));
        UnorderedList list = new UnorderedList();
        for (Poll.PollOption option : poll.options()) {
            ListItem item = new ListItem(new H3(option.label()));
            if (option.hasImage()) {
                Image picture = new Image(option.imagePath(), option.imageAlt());
                picture.addClassName("rugzak-poll-option-image");
                Button remove = new Button(getTranslation("polls.editor.image-remove"), click -> {
                    if (feedback.attempt(() -> optionImages.remove(option.id()),
                            getTranslation("polls.editor.image-removed"))) {
                        showState();
                    }
                });
                remove.getElement().setAttribute("aria-label",
                        getTranslation("polls.editor.image-remove-named", option.label()));
                item.add(picture, remove);
            } else {
                TextField alt = new TextField(getTranslation("polls.editor.image-alt", option.label()));
                alt.setMaxLength(PollOptionImages.MAX_ALT);
                alt.setWidthFull();
                // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login
                // included).
                SingleFileUpload upload = new SingleFileUpload(PollOptionImages.MAX_BYTES, (fileName, bytes) -> {
                    if (feedback.attempt(() -> optionImages.set(option.id(), bytes, alt.getValue()),
                            getTranslation("polls.editor.image-added"))) {
                        showState();
                    }
                }, feedback::show);
                upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
                upload.addFileRejectedListener(rejected -> feedback.show(getTranslation("polls.editor.image-rejected",
                        PollOptionImages.MAX_BYTES / (1024 * 1024))));
                item.add(alt, upload);
            }
            list.add(item);
        }
        images.add(list);
    }

    private Button step(String labelKey, Runnable action, String doneKey) {
        return new Button(getTranslation(labelKey), click -> {
            boolean done = feedback.attempt(action, getTranslation(doneKey));
            if (done && labelKey.equals("polls.editor.delete")) {
                getUI().ifPresent(ui -> ui.navigate("beheer/peilingen"));
            } else if (done) {
                fill(polls.draftOf(editing));
                showState();
            }
        });
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : Dates.inDutchTime(at).toLocalDateTime();
    }

    private Instant instant(LocalDateTime at) {
        return at == null ? null : Dates.fromDutchTime(at);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("polls.admin.heading") : title;
    }
}
