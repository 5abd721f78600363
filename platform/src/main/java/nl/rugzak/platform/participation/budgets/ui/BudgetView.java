package nl.rugzak.platform.participation.budgets.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ModuleManifests;
import nl.rugzak.platform.participation.budgets.BallotSubmission;
import nl.rugzak.platform.participation.budgets.Ballots;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.BudgetPhase;
import nl.rugzak.platform.participation.budgets.BudgetResults;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.participation.budgets.Euros;
import nl.rugzak.platform.participation.budgets.MyBallot;
import nl.rugzak.platform.participation.budgets.VotingMethod;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.BarChart;
import nl.rugzak.platform.site.ui.parts.ProgressBar;

/**
 * One budget. While voting is open a resident builds a ballot here: each project card has a toggle button, the
 * filling bar shows what is chosen and its text (a polite live region) says how much is left, the draft is kept on
 * every change, and submitting asks for confirmation. After closing the page shows the results by the published rule.
 */
@Route(value = "begroting/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(BudgetsModule.ID)
public class BudgetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Budgets budgets;
    private final Ballots ballots;
    private final BudgetResults results;
    private final CurrentUser currentUser;
    private final SafeMarkdown markdown;
    private final ShareButtons share;
    private final ModuleManifests manifests;
    final Feedback feedback = new Feedback();
    Budget budget;
    MyBallot mine;
    final Set<Long> chosen = new LinkedHashSet<>();
    ProgressBar bar;
    Button submit;
    private long id;

    public BudgetView(Budgets budgets, Ballots ballots, BudgetResults results, CurrentUser currentUser,
                      SafeMarkdown markdown, ShareButtons share, ModuleManifests manifests) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.results = results;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.share = share;
        this.manifests = manifests;
        addClassName("rugzak-budget");
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
        budget = budgets.view(id);
        boolean loggedIn = currentUser.visitor().isPresent();
        // Staff previewing a draft budget have no ballot there: ballots exist only in published budgets.
        mine = loggedIn && budget.published() ? ballots.mine(id) : null;
        chosen.clear();
        if (mine != null) {
            chosen.addAll(mine.projectIds());
        }
        removeAll();
        add(new H1(budget.title()), BudgetBadges.of(budget.phase(), getLocale()));
        if (budget.phase() == BudgetPhase.DRAFT) {
            Paragraph draft = new Paragraph(getTranslation("budgets.page.not-published"));
            draft.addClassName("rugzak-notice");
            add(draft);
        }
        add(facts());
        if (!budget.description().isBlank()) {
            add(MarkdownText.of(markdown, budget.description()));
        }
        if (budget.published()) {
            add(share.of(budget.title(), budget.link()));
        }
        add(rules(), feedback);
        switch (budget.phase()) {
            case OPEN -> add(voting(loggedIn));
            case CLOSED -> add(outcome());
            default -> add(projectSection(false));
        }
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        facts.add(new ListItem(getTranslation("budgets.page.amount", Euros.format(budget.totalCents(), getLocale()))));
        facts.add(new ListItem(getTranslation("budgets.page.period", Dates.moment(budget.opensAt(), getLocale()),
                Dates.moment(budget.closesAt(), getLocale()))));
        facts.add(new ListItem(budget.method() == VotingMethod.KNAPSACK
                ? getTranslation("budgets.page.how-knapsack", Euros.format(budget.totalCents(), getLocale()))
                : getTranslation("budgets.page.how-approval", budget.maxChoices())));
        facts.add(new ListItem(getTranslation(budget.changesAllowed() ? "budgets.page.changes-allowed"
                : "budgets.page.changes-not-allowed")));
        return facts;
    }

    /** The published rule, on the page before anyone votes. */
    private Component rules() {
        Section rules = new Section(new H2(getTranslation("budgets.page.rule-heading")),
                new Paragraph(getTranslation(budget.method().ruleKey(), budget.maxChoices() == null ? "" : budget.maxChoices())),
                new Paragraph(getTranslation(budget.tieRule().key())));
        rules.addClassName("rugzak-budget-rules");
        return rules;
    }

    private Component voting(boolean loggedIn) {
        Section section = new Section(new H2(getTranslation("budgets.page.vote-heading")));
        if (!loggedIn) {
            Anchor login = new Anchor("/inloggen", getTranslation("budgets.page.log-in-to-vote"));
            login.setRouterIgnore(true);
            section.add(new Paragraph(login), projectSection(false));
            return section;
        }
        if (!mine.eligibility().eligible()) {
            Paragraph reason = new Paragraph(getTranslation(mine.eligibility().reasonKey()));
            if (mine.eligibility().whereToAct() != null) {
                reason.add(new Span(" "), new Anchor(mine.eligibility().whereToAct(), getTranslation("budgets.page.where-to-act")));
            }
            section.add(reason, projectSection(false));
            return section;
        }
        if (mine.state() == MyBallot.State.SUBMITTED) {
            section.add(ownBallot());
            if (!mine.mayChange()) {
                return section;
            }
            section.add(new Paragraph(getTranslation("budgets.page.may-still-change",
                    Dates.moment(budget.closesAt(), getLocale()))));
        } else {
            section.add(new Paragraph(getTranslation(budget.method() == VotingMethod.KNAPSACK
                    ? "budgets.page.intro-knapsack" : "budgets.page.intro-approval")));
        }
        bar = new ProgressBar(0, 1, "").announceChanges();
        bar.addClassName("rugzak-budget-bar");
        updateBar();
        submit = new Button(getTranslation(mine.state() == MyBallot.State.SUBMITTED ? "budgets.page.submit-change"
                : "budgets.page.submit"), click -> confirm());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(bar, projectSection(true), submit);
        return section;
    }

    private Component ownBallot() {
        Section own = new Section(new H3(getTranslation("budgets.page.your-vote")));
        own.addClassName("rugzak-notice");
        own.add(new Paragraph(getTranslation("budgets.page.voted-at", Dates.moment(mine.submittedAt(), getLocale()))));
        UnorderedList list = new UnorderedList();
        budget.projects().stream().filter(p -> mine.projectIds().contains(p.id()))
                .forEach(p -> list.add(new ListItem(getTranslation("budgets.page.choice-line", p.title(),
                        Euros.format(p.costCents(), getLocale())))));
        own.add(list);
        return own;
    }

    /** The projects as cards; with {@code choosing}, each has a toggle button (aria-pressed says whether it is chosen). */
    private Component projectSection(boolean choosing) {
        UnorderedList cards = new UnorderedList();
        cards.addClassNames("rugzak-cards", "rugzak-budget-projects");
        for (Budget.Project project : budget.projects()) {
            ListItem card = new ListItem();
            card.addClassNames("rugzak-card", "rugzak-budget-project");
            card.add(new H3(project.title()));
            Span cost = new Span(getTranslation("budgets.page.cost", Euros.format(project.costCents(), getLocale())));
            cost.addClassName("rugzak-meta");
            card.add(cost);
            if (!project.summary().isBlank()) {
                card.add(new Paragraph(project.summary()));
            }
            source(project).ifPresent(card::add);
            if (project.imageUrl() != null) {
                Image image = new Image(project.imageUrl(), project.imageAlt());
                image.addClassName("rugzak-card-image");
                image.getElement().setAttribute("loading", "lazy");
                image.getElement().setAttribute("width", String.valueOf(project.imageWidth()));
                image.getElement().setAttribute("height", String.valueOf(project.imageHeight()));
                card.add(image);
            }
            if (choosing) {
                card.add(toggle(project));
            }
            cards.add(card);
        }
        return cards;
    }

    private java.util.Optional<Component> source(Budget.Project project) {
        if (project.sourceModule() == null) {
            return java.util.Optional.empty();
        }
        return manifests.find(project.sourceModule()).flatMap(ModuleManifest::publicItems)
                .flatMap(items -> items.find(project.sourceId()))
                .map(item -> new Paragraph(new Anchor(item.link(), getTranslation("budgets.page.from-idea", item.title()))));
    }

    private Button toggle(Budget.Project project) {
        Button toggle = new Button(getTranslation("budgets.page.choose"));
        toggle.addClassName("rugzak-budget-toggle");
        toggle.getElement().setAttribute("aria-label", getTranslation("budgets.page.choose-named", project.title()));
        showPressed(toggle, chosen.contains(project.id()));
        toggle.addClickListener(click -> toggle(project, toggle));
        return toggle;
    }

    void toggle(Budget.Project project, Button toggle) {
        Set<Long> next = new LinkedHashSet<>(chosen);
        if (!next.remove(project.id())) {
            if (budget.method() == VotingMethod.KNAPSACK && spent() + project.costCents() > budget.totalCents()) {
                feedback.show(getTranslation("budgets.page.does-not-fit", project.title(),
                        Euros.format(budget.totalCents() - spent(), getLocale())));
                return;
            }
            if (budget.method() == VotingMethod.APPROVAL && chosen.size() >= budget.maxChoices()) {
                feedback.show(getTranslation("budgets.page.too-many", budget.maxChoices()));
                return;
            }
            next.add(project.id());
        }
        // A draft is kept on the server at once; a submitted ballot that may change waits for "submit change".
        boolean kept = mine.state() == MyBallot.State.SUBMITTED || feedback.attempt(
                () -> ballots.saveDraft(new BallotSubmission(id, mine.voterId(), next)), "");
        if (kept) {
            chosen.clear();
            chosen.addAll(next);
            feedback.setText("");
            showPressed(toggle, chosen.contains(project.id()));
            updateBar();
        }
    }

    private void showPressed(Button toggle, boolean pressed) {
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            toggle.addThemeVariants(ButtonVariant.PRIMARY);
            Span check = new Span("✓ "); // not-ui-text: a check mark; the state itself is in aria-pressed
            check.getElement().setAttribute("aria-hidden", "true");
            toggle.setIcon(check);
        } else {
            toggle.removeThemeVariants(ButtonVariant.PRIMARY);
            toggle.setIcon(null);
        }
    }

    private long spent() {
        return budget.projects().stream().filter(p -> chosen.contains(p.id())).mapToLong(Budget.Project::costCents).sum();
    }

    private void updateBar() {
        if (budget.method() == VotingMethod.KNAPSACK) {
            long spent = spent();
            bar.update(spent, budget.totalCents(), getTranslation("budgets.page.bar-knapsack",
                    Euros.format(spent, getLocale()), Euros.format(budget.totalCents(), getLocale()),
                    Euros.format(budget.totalCents() - spent, getLocale())));
        } else {
            bar.update(chosen.size(), budget.maxChoices(), getTranslation("budgets.page.bar-approval", chosen.size(),
                    budget.maxChoices(), budget.maxChoices() - chosen.size()));
        }
    }

    void confirm() {
        if (chosen.isEmpty()) {
            feedback.show(getTranslation("budgets.ballot.empty"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budgets.page.confirm-title"));
        UnorderedList list = new UnorderedList();
        budget.projects().stream().filter(p -> chosen.contains(p.id())).forEach(p -> list.add(new ListItem(
                getTranslation("budgets.page.choice-line", p.title(), Euros.format(p.costCents(), getLocale())))));
        dialog.add(new Paragraph(getTranslation("budgets.page.confirm-intro")), list, new Paragraph(getTranslation(
                budget.changesAllowed() ? "budgets.page.confirm-changeable" : "budgets.page.confirm-final")));
        Button yes = new Button(getTranslation("budgets.page.confirm-yes"), click -> {
            dialog.close();
            submitBallot();
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("budgets.page.confirm-back"), click -> dialog.close());
        dialog.getFooter().add(back, yes);
        dialog.open();
    }

    void submitBallot() {
        if (feedback.attempt(() -> ballots.submit(new BallotSubmission(id, mine.voterId(), chosen)),
                getTranslation("budgets.page.submitted"))) {
            String done = feedback.getText();
            render();
            feedback.setText(done);
        }
    }

    private Component outcome() {
        Section section = new Section(new H2(getTranslation("budgets.page.results-heading")));
        BudgetResults.Results outcome = results.of(id);
        section.add(new Paragraph(getTranslation("budgets.page.results-summary", outcome.ballots(),
                outcome.winners().size(), Euros.format(outcome.spentCents(), getLocale()),
                Euros.format(budget.totalCents(), getLocale()))));
        section.add(new H3(getTranslation("budgets.page.winners")));
        if (outcome.winners().isEmpty()) {
            section.add(new Paragraph(getTranslation("budgets.page.no-winners")));
        } else {
            UnorderedList winners = new UnorderedList();
            winners.addClassName("rugzak-budget-winners");
            outcome.winners().forEach(o -> winners.add(new ListItem(getTranslation("budgets.page.winner-line",
                    o.tally().title(), Euros.format(o.tally().costCents(), getLocale()), o.tally().votes()))));
            section.add(winners);
        }
        List<BarChart.Bar> bars = outcome.outcomes().stream().map(o -> new BarChart.Bar(o.won()
                ? getTranslation("budgets.page.bar-label-won", o.tally().title()) : o.tally().title(),
                o.tally().votes())).toList();
        section.add(new BarChart(getTranslation("budgets.page.chart-title"), getTranslation("budgets.csv.title"),
                getTranslation("budgets.csv.votes"), bars));
        if (mine != null && mine.state() == MyBallot.State.SUBMITTED) {
            section.add(ownBallot());
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return budget == null ? getTranslation("budgets.list.title") : budget.title();
    }
}
