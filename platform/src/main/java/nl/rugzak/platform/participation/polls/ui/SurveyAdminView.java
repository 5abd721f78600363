package nl.rugzak.platform.participation.polls.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.InvalidPollException;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.participation.polls.SurveyDraft;
import nl.rugzak.platform.participation.polls.SurveyDraft.Kind;
import nl.rugzak.platform.participation.polls.SurveyDraft.QuestionDraft;
import nl.rugzak.platform.participation.polls.Survey;
import nl.rugzak.platform.participation.polls.Surveys;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;

/**
 * The municipality's surveys: each with its state, the number of sent responses, a link to its results, and the
 * next step (publish, close). Below, a form to write a new survey question by question.
 */
@Route(value = "beheer/vragenlijsten", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(PollsModule.ID)
public class SurveyAdminView extends Div implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea intro = new TextArea();
    final MomentFields opensAt;
    final MomentFields closesAt;
    final Select<Kind> kind = new Select<>();
    final TextField questionText = new TextField();
    final Checkbox required = new Checkbox();
    final TextArea options = new TextArea();
    final Select<Integer> scaleMax = new Select<>();
    final TextField lowLabel = new TextField();
    final TextField highLabel = new TextField();
    final Feedback feedback = new Feedback();
    private final OrderedList questionList = new OrderedList();
    private final UnorderedList surveyList = new UnorderedList();
    private final List<QuestionDraft> questions = new ArrayList<>();
    private final H2 formHeading = new H2();
    private final Button cancelEditing = new Button();
    /** The draft survey being changed, or null while a new one is written. */
    private Long editing;
    private final Surveys surveys;
    private final Clock clock;

    public SurveyAdminView(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        title.setLabel(getTranslation("polls.survey.admin.title"));
        title.setMaxLength(SurveyDraft.MAX_TITLE);
        title.setWidthFull();
        intro.setLabel(getTranslation("polls.survey.admin.intro"));
        intro.setMaxLength(SurveyDraft.MAX_INTRO);
        intro.setWidthFull();
        opensAt = new MomentFields(getTranslation("polls.editor.opens"), getTranslation("polls.editor.opens-time"));
        closesAt = new MomentFields(getTranslation("polls.editor.closes"), getTranslation("polls.editor.closes-time"));
        Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        opensAt.setValue(Dates.inDutchTime(start).toLocalDateTime());
        closesAt.setValue(Dates.inDutchTime(start.plus(Duration.ofDays(21))).toLocalDateTime());
        kind.setLabel(getTranslation("polls.survey.admin.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.key()));
        kind.setValue(Kind.SINGLE);
        questionText.setLabel(getTranslation("polls.survey.admin.question"));
        questionText.setMaxLength(SurveyDraft.MAX_QUESTION);
        questionText.setWidthFull();
        required.setLabel(getTranslation("polls.survey.admin.required"));
        options.setLabel(getTranslation("polls.survey.admin.options"));
        options.setHelperText(getTranslation("polls.survey.admin.options-help"));
        scaleMax.setLabel(getTranslation("polls.survey.admin.scale"));
        scaleMax.setItems(5, 10);
        scaleMax.setValue(5);
        lowLabel.setLabel(getTranslation("polls.survey.admin.low"));
        highLabel.setLabel(getTranslation("polls.survey.admin.high"));
        kind.addValueChangeListener(change -> showKindFields());
        showKindFields();
        Button addQuestion = new Button(getTranslation("polls.survey.admin.add-question"), click -> addQuestion());
        Button save = new Button(getTranslation("polls.survey.admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelEditing.setText(getTranslation("polls.survey.admin.cancel-editing"));
        cancelEditing.addClickListener(click -> startNew());
        add(new H1(getTranslation("polls.survey.admin.heading")), surveyList,
                new Section(formHeading, feedback, title, intro,
                        new Div(opensAt.day, opensAt.time), new Div(closesAt.day, closesAt.time),
                        new H2(getTranslation("polls.survey.admin.questions")), questionList, kind,
                        questionText, required, options, scaleMax, lowLabel, highLabel, addQuestion, save,
                        cancelEditing));
        startNew();
        showSurveys();
    }

    /** Empties the form for a new survey. */
    private void startNew() {
        editing = null;
        formHeading.setText(getTranslation("polls.survey.admin.new"));
        cancelEditing.setVisible(false);
        title.clear();
        intro.clear();
        questions.clear();
        showQuestions();
    }

    /** Loads a draft into the form; published surveys keep the questions residents saw (the service refuses). */
    void edit(long id) {
        Survey survey = surveys.view(id);
        editing = id;
        formHeading.setText(getTranslation("polls.survey.admin.editing", survey.title()));
        cancelEditing.setVisible(true);
        title.setValue(survey.title());
        intro.setValue(survey.intro() == null ? "" : survey.intro());
        opensAt.setValue(Dates.inDutchTime(survey.opensAt()).toLocalDateTime());
        closesAt.setValue(Dates.inDutchTime(survey.closesAt()).toLocalDateTime());
        questions.clear();
        survey.questions().forEach(q -> questions.add(new QuestionDraft(q.kind(), q.text(), q.required(),
                q.options().stream().map(Survey.Choice::label).toList(), q.scaleMax(), q.lowLabel(), q.highLabel())));
        showQuestions();
        title.focus();
    }

    private void showQuestions() {
        questionList.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            int at = i;
            QuestionDraft q = questions.get(i);
            ListItem item = new ListItem(new Span(q.text() + " (" + getTranslation(q.kind() == null
                    ? "polls.survey.kind.single" : q.kind().key()) + ")"));
            if (at > 0) {
                Button up = new Button(getTranslation("polls.survey.admin.move-up"), click -> {
                    questions.add(at - 1, questions.remove(at));
                    showQuestions();
                });
                up.setAriaLabel(getTranslation("polls.survey.admin.move-up-label", q.text()));
                item.add(up);
            }
            Button remove = new Button(getTranslation("polls.survey.admin.remove"), click -> {
                questions.remove(at);
                showQuestions();
            });
            remove.setAriaLabel(getTranslation("polls.survey.admin.remove-label", q.text()));
            item.add(remove);
            questionList.add(item);
        }
    }

    private void showKindFields() {
        Kind k = kind.getValue();
        options.setVisible(k != null && k.hasOptions());
        boolean scale = k == Kind.SCALE;
        scaleMax.setVisible(scale);
        lowLabel.setVisible(scale);
        highLabel.setVisible(scale);
    }

    private void showSurveys() {
        surveyList.removeAll();
        surveys.forStaff().forEach(s -> {
            ListItem item = new ListItem(new Anchor("/beheer/vragenlijsten/" + s.id(), s.title()),
                    PollBadges.of(s.status(), getTranslation(s.status().key())),
                    new Paragraph(getTranslation(s.responses() == 1 ? "polls.survey.admin.responses.one"
                            : "polls.survey.admin.responses.other", s.responses()) + " · "
                            + Dates.moment(s.opensAt(), getLocale()) + " – "
                            + Dates.moment(s.closesAt(), getLocale())));
            if (s.status() == PollStatus.DRAFT) {
                Button change = new Button(getTranslation("polls.survey.admin.edit"), click -> edit(s.id()));
                change.setAriaLabel(getTranslation("polls.survey.admin.edit-label", s.title()));
                item.add(change, new Button(getTranslation("polls.survey.admin.publish"), click -> step(() ->
                        surveys.publish(s.id()))));
            } else if (s.status() == PollStatus.OPEN || s.status() == PollStatus.SCHEDULED) {
                item.add(new Button(getTranslation("polls.editor.close"), click -> step(() -> surveys.close(s.id()))));
            }
            surveyList.add(item);
        });
    }

    private void step(Runnable action) {
        if (feedback.attempt(action, getTranslation("polls.editor.saved"))) {
            showSurveys();
        }
    }

    private void addQuestion() {
        Kind k = kind.getValue();
        QuestionDraft q = new QuestionDraft(k, questionText.getValue(), required.getValue(),
                k != null && k.hasOptions() ? options.getValue().lines().toList() : List.of(),
                k == Kind.SCALE ? scaleMax.getValue() : null, k == Kind.SCALE ? lowLabel.getValue() : null,
                k == Kind.SCALE ? highLabel.getValue() : null);
        questions.add(q);
        showQuestions();
        questionText.clear();
        options.clear();
        questionText.focus();
    }

    private void save() {
        SurveyDraft draft = new SurveyDraft(title.getValue(), intro.getValue(), instant(opensAt.value()),
                instant(closesAt.value()), questions);
        try {
            if (editing == null) {
                surveys.create(draft);
            } else {
                surveys.update(editing, draft);
            }
            startNew();
            feedback.setText(getTranslation("polls.survey.admin.saved"));
            feedback.removeClassName("rugzak-error");
            showSurveys();
        } catch (InvalidPollException e) {
            feedback.show(getTranslation("polls.editor.not-saved", e.messageIn(getLocale())));
        } catch (RuntimeException e) {
            feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    private Instant instant(LocalDateTime at) {
        return at == null ? null : Dates.fromDutchTime(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("polls.survey.admin.heading");
    }
}
