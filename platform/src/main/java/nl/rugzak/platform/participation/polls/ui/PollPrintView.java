package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.PollResults;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.parts.BarChart;

/**
 * The results on a page of their own, without the back office around them, to print or save as PDF from the
 * browser. Only when the results are public: while they are hidden there is nothing to print.
 */
@Route("beheer/peilingen/:id/afdrukken")
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(PollsModule.ID)
public class PollPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Polls polls;
    private final java.time.Clock clock;
    private String title;

    public PollPrintView(Polls polls, java.time.Clock clock) {
        this.polls = polls;
        this.clock = clock;
        addClassName("rugzak-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long id = Long.parseLong(raw);
        var summary = polls.publicSummary(id);
        var results = polls.publicResults(id);
        if (summary.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PollSummary poll = summary.get();
        title = poll.question();
        removeAll();
        add(new H1(poll.question()));
        add(new Paragraph(getTranslation("polls.print.period", Dates.moment(poll.opensAt(), getLocale()),
                Dates.moment(poll.closesAt(), getLocale()))));
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("polls.editor.results-hidden")));
            return;
        }
        PollResults r = results.get();
        add(new BarChart(getTranslation("polls.page.results"), getTranslation("polls.page.option"),
                getTranslation("polls.page.votes"),
                r.options().stream().map(o -> new BarChart.Bar(o.label(), o.votes())).toList()));
        add(new Paragraph(getTranslation(r.voters() == 1 ? "polls.page.voters.one" : "polls.page.voters.other",
                r.voters())));
        add(new Paragraph(getTranslation("polls.print.made", Dates.moment(clock.instant(), getLocale()))));
        Button print = new Button(getTranslation("polls.print.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("rugzak-no-print");
        add(print);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("polls.admin.heading") : title;
    }
}
