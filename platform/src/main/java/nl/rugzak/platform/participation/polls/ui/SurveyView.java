package nl.rugzak.platform.participation.polls.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.InvalidPollException;
import nl.rugzak.platform.participation.polls.PollStatus;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.participation.polls.Survey;
import nl.rugzak.platform.participation.polls.Survey.Answer;
import nl.rugzak.platform.participation.polls.Survey.Choice;
import nl.rugzak.platform.participation.polls.Survey.Question;
import nl.rugzak.platform.participation.polls.Surveys;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;

/**
 * A survey to fill in. What the resident fills in is kept as a draft every time they leave a field (so they can stop
 * and come back); "Versturen" checks the required questions and sends it, once.
 */
@Route(value = "vragenlijsten/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(PollsModule.ID)
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Surveys surveys;
    private final CurrentUser currentUser;
    private final Map<Long, Supplier<Answer>> answers = new LinkedHashMap<>();
    private final Map<Long, HasValidation> fields = new LinkedHashMap<>();
    private final Feedback feedback = new Feedback();
    private final Paragraph saved = new Paragraph();
    private Survey survey;
    private String title;

    public SurveyView(Surveys surveys, CurrentUser currentUser) {
        this.surveys = surveys;
        this.currentUser = currentUser;
        saved.addClassName("rugzak-meta");
        saved.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            survey = surveys.view(Long.parseLong(raw));
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = survey.title();
        show();
    }

    private void show() {
        removeAll();
        answers.clear();
        fields.clear();
        add(new H1(survey.title()));
        add(PollBadges.of(survey.status(), getTranslation(survey.status().key())));
        if (!survey.intro().isBlank()) {
            add(new Paragraph(survey.intro()));
        }
        boolean loggedIn = currentUser.visitor().isPresent();
        boolean sent = survey.mine().map(Survey.MyResponse::sent).orElse(false);
        boolean fillable = loggedIn && survey.status() == PollStatus.OPEN && !sent;
        if (sent) {
            add(new Paragraph(getTranslation("polls.survey.page.sent",
                    Dates.moment(survey.mine().get().sentAt(), getLocale()))));
        } else if (survey.status() == PollStatus.OPEN && !loggedIn) {
            Anchor login = new Anchor("/inloggen", getTranslation("polls.survey.page.log-in"));
            login.setRouterIgnore(true);
            login.addClassName("rugzak-button-link");
            add(login);
        } else if (survey.status() != PollStatus.OPEN) {
            add(new Paragraph(getTranslation(survey.status() == PollStatus.SCHEDULED
                    ? "polls.survey.not-yet-open" : "polls.survey.closed")));
        } else {
            add(new Paragraph(getTranslation("polls.survey.page.draft-note")));
        }
        Map<Long, Answer> mine = survey.mine().map(Survey.MyResponse::answers).orElse(Map.of());
        for (Question q : survey.questions()) {
            Component field = field(q, mine.get(q.id()));
            ((HasValue<?, ?>) field).setReadOnly(!fillable);
            if (q.required()) {
                ((HasValue<?, ?>) field).setRequiredIndicatorVisible(true);
            }
            if (fillable) {
                ((HasValue<?, ?>) field).addValueChangeListener(change -> saveDraft());
            }
            add(field);
        }
        if (fillable) {
            Button send = new Button(getTranslation("polls.survey.page.send"), click -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(saved, feedback, send);
        }
    }

    private Component field(Question q, Answer given) {
        String label = q.text();
        return switch (q.kind()) {
            case SINGLE -> {
                RadioButtonGroup<Choice> radios = new RadioButtonGroup<>(label);
                radios.setItems(q.options());
                radios.setItemLabelGenerator(Choice::label);
                if (given != null) {
                    q.options().stream().filter(o -> given.choices().contains(o.id())).findFirst()
                            .ifPresent(radios::setValue);
                }
                register(q, radios, () -> radios.getValue() == null ? null : Answer.choices(radios.getValue().id()));
                yield radios;
            }
            case MULTIPLE -> {
                CheckboxGroup<Choice> boxes = new CheckboxGroup<>(label);
                boxes.setItems(q.options());
                boxes.setItemLabelGenerator(Choice::label);
                if (given != null) {
                    boxes.setValue(new HashSet<>(q.options().stream().filter(o -> given.choices().contains(o.id()))
                            .toList()));
                }
                register(q, boxes, () -> new Answer(null, null, Set.copyOf(boxes.getValue().stream()
                        .map(Choice::id).toList())));
                yield boxes;
            }
            case SCALE -> {
                RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(label);
                scale.setItems(IntStream.rangeClosed(1, q.scaleMax()).boxed().toList());
                scale.setItemLabelGenerator(String::valueOf);
                scale.setHelperText(getTranslation("polls.survey.page.scale-ends", q.lowLabel(), q.scaleMax(),
                        q.highLabel()));
                scale.addClassName("rugzak-scale");
                if (given != null && given.number() != null) {
                    scale.setValue(given.number());
                }
                register(q, scale, () -> scale.getValue() == null ? null : Answer.number(scale.getValue()));
                yield scale;
            }
            case SHORT_TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(Surveys.MAX_SHORT_ANSWER);
                text.setWidthFull();
                text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                text.setValue(given == null || given.text() == null ? "" : given.text());
                register(q, text, () -> Answer.text(text.getValue()));
                yield text;
            }
            case LONG_TEXT -> {
                TextArea text = new TextArea(label);
                text.setMaxLength(Surveys.MAX_LONG_ANSWER);
                text.setWidthFull();
                text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                text.setValue(given == null || given.text() == null ? "" : given.text());
                register(q, text, () -> Answer.text(text.getValue()));
                yield text;
            }
        };
    }

    private void register(Question q, AbstractField<?, ?> field, Supplier<Answer> answer) {
        answers.put(q.id(), answer);
        fields.put(q.id(), (HasValidation) field);
    }

    private Map<Long, Answer> collected() {
        Map<Long, Answer> all = new LinkedHashMap<>();
        answers.forEach((id, answer) -> {
            Answer value = answer.get();
            if (value != null) {
                all.put(id, value);
            }
        });
        return all;
    }

    private void saveDraft() {
        if (attempt(() -> surveys.saveDraft(survey.id(), collected()))) {
            saved.setText(getTranslation("polls.survey.page.draft-saved"));
        }
    }

    private void send() {
        if (attempt(() -> surveys.send(survey.id(), collected()))) {
            survey = surveys.view(survey.id());
            show();
            feedback.setText(getTranslation("polls.survey.page.thanks"));
            add(feedback);
        }
    }

    private boolean attempt(Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            feedback.setText("");
            feedback.removeClassName("rugzak-error");
            return true;
        } catch (InvalidPollException e) {
            e.problemsIn(getLocale()).forEach((field, message) -> {
                HasValidation target = field.startsWith("q") ? fields.get(Long.parseLong(field.substring(1))) : null;
                if (target != null) {
                    target.setInvalid(true);
                    target.setErrorMessage(message);
                }
            });
            feedback.show(e.messageIn(getLocale()));
            return false;
        } catch (RuntimeException e) {
            return feedback.attempt(() -> {
                throw e;
            }, "");
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("polls.list.title") : title;
    }
}
