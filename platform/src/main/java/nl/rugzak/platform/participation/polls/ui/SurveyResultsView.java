package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.platform.participation.polls.SurveyResults;
import nl.rugzak.platform.participation.polls.SurveyResults.OpenAnswer;
import nl.rugzak.platform.participation.polls.SurveyResults.QuestionResult;
import nl.rugzak.platform.participation.polls.Surveys;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.parts.BarChart;
import nl.rugzak.platform.staff.ui.StaffLayout;

/**
 * A survey's sent responses per question: choices and scales as the shared bar chart (with its table), averages,
 * and the open answers without names, each of which staff can hide when it is abusive (and show again).
 */
@Route(value = "beheer/vragenlijsten/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
@ModulePage(PollsModule.ID)
public class SurveyResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Surveys surveys;
    private final Feedback feedback = new Feedback();
    private long id;
    private String title;

    public SurveyResultsView(Surveys surveys) {
        this.surveys = surveys;
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
            show();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        SurveyResults results = surveys.results(id);
        title = results.title();
        removeAll();
        add(new Anchor("/beheer/vragenlijsten", getTranslation("polls.survey.results.back")), new H1(results.title()),
                new Paragraph(getTranslation(results.responses() == 1 ? "polls.survey.admin.responses.one"
                        : "polls.survey.admin.responses.other", results.responses())), feedback);
        for (QuestionResult q : results.questions()) {
            Section section = new Section(new H2(q.text()));
            section.add(new Paragraph(getTranslation("polls.survey.results.answered", q.answered())));
            switch (q.kind()) {
                case SINGLE, MULTIPLE, SCALE -> {
                    section.add(new BarChart(q.text(), getTranslation("polls.page.option"),
                            getTranslation("polls.survey.results.answers"),
                            q.counts().stream().map(c -> new BarChart.Bar(c.label(), c.count())).toList()));
                    if (q.average() != null) {
                        section.add(new Paragraph(getTranslation("polls.survey.results.average",
                                String.format(getLocale(), "%.1f", q.average()))));
                    }
                }
                default -> {
                    UnorderedList list = new UnorderedList();
                    for (OpenAnswer answer : q.openAnswers()) {
                        list.add(openAnswer(answer));
                    }
                    section.add(list);
                }
            }
            add(section);
        }
    }

    private ListItem openAnswer(OpenAnswer answer) {
        ListItem item = new ListItem();
        if (answer.hidden()) {
            item.add(new Span(getTranslation("polls.survey.results.hidden")));
        } else {
            item.add(new Paragraph(answer.text()));
        }
        Button toggle = new Button(getTranslation(answer.hidden() ? "polls.survey.results.show"
                : "polls.survey.results.hide"), click -> {
            if (feedback.attempt(() -> surveys.hideAnswer(answer.responseId(), answer.questionId(), !answer.hidden()),
                    getTranslation(answer.hidden() ? "polls.survey.results.shown" : "polls.survey.results.was-hidden"))) {
                show();
            }
        });
        item.add(toggle);
        return item;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("polls.survey.admin.heading") : title;
    }
}
