package nl.rugzak.platform.participation.budgets.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.participation.budgets.Budget;
import nl.rugzak.platform.participation.budgets.BudgetDraft;
import nl.rugzak.platform.participation.budgets.BudgetImages;
import nl.rugzak.platform.participation.budgets.BudgetPhase;
import nl.rugzak.platform.participation.budgets.BudgetResults;
import nl.rugzak.platform.participation.budgets.Budgets;
import nl.rugzak.platform.participation.budgets.BudgetsModule;
import nl.rugzak.platform.participation.budgets.Euros;
import nl.rugzak.platform.participation.budgets.InvalidBudgetException;
import nl.rugzak.platform.participation.budgets.ProjectDraft;
import nl.rugzak.platform.participation.budgets.TieRule;
import nl.rugzak.platform.participation.budgets.VotingMethod;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * Making and running one budget: its rules, its projects (with photo and alt text, or taken over from selected
 * ideas), publishing, closing early, and after closing the results with the CSV export. Once a ballot exists the
 * fields that can no longer change are read-only, and the service refuses them anyway.
 */
@Route(value = "beheer/begroting/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(BudgetsModule.ID)
public class BudgetEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The module whose selected items staff can take over as projects; nothing is shown while it does not exist. */
    static final String IDEAS = "ideas";

    private final Budgets budgets;
    private final BudgetImages images;
    private final BudgetResults results;
    private final Clock clock;
    final Feedback feedback = new Feedback();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final BigDecimalField total = new BigDecimalField();
    final RadioButtonGroup<VotingMethod> method = new RadioButtonGroup<>();
    final IntegerField maxChoices = new IntegerField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final Checkbox changesAllowed = new Checkbox();
    final RadioButtonGroup<TieRule> tieRule = new RadioButtonGroup<>();
    Budget budget;

    public BudgetEditView(Budgets budgets, BudgetImages images, BudgetResults results, Clock clock) {
        this.budgets = budgets;
        this.images = images;
        this.results = results;
        this.clock = clock;
        title.setLabel(getTranslation("budgets.admin.field.title"));
        title.setMaxLength(BudgetDraft.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(getTranslation("budgets.admin.field.description"));
        description.setMaxLength(BudgetDraft.MAX_DESCRIPTION);
        description.setWidthFull();
        total.setLabel(getTranslation("budgets.admin.field.total"));
        total.setRequiredIndicatorVisible(true);
        method.setLabel(getTranslation("budgets.admin.field.method"));
        method.setItems(VotingMethod.values());
        method.setItemLabelGenerator(m -> getTranslation(m.key()));
        method.addValueChangeListener(change -> maxChoices.setVisible(change.getValue() == VotingMethod.APPROVAL));
        maxChoices.setLabel(getTranslation("budgets.admin.field.max-choices"));
        maxChoices.setMin(1);
        maxChoices.setMax(BudgetDraft.MAX_CHOICES);
        maxChoices.setVisible(false);
        opens.setLabel(getTranslation("budgets.admin.field.opens"));
        closes.setLabel(getTranslation("budgets.admin.field.closes"));
        opens.setStep(Duration.ofMinutes(15));
        closes.setStep(Duration.ofMinutes(15));
        changesAllowed.setLabel(getTranslation("budgets.admin.field.changes-allowed"));
        tieRule.setLabel(getTranslation("budgets.admin.field.tie-rule"));
        tieRule.setItems(TieRule.values());
        tieRule.setItemLabelGenerator(rule -> getTranslation(rule.key()));
        addClassName("rugzak-budget-admin");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (raw.equals("nieuw")) { // not-ui-text: the path segment of a new budget
            budget = null;
            render();
            return;
        }
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            budget = budgets.view(Long.parseLong(raw));
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        removeAll();
        add(new Paragraph(new Anchor("/beheer/begroting", getTranslation("budgets.admin.back"))));
        add(new H1(budget == null ? getTranslation("budgets.admin.new") : budget.title()), feedback);
        if (budget != null) {
            add(BudgetBadges.of(budget.phase(), getLocale()),
                    new Paragraph(new Anchor(budget.link(), getTranslation("budgets.admin.view-page"))));
        }
        fill();
        Button save = new Button(getTranslation("budgets.admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section rules = new Section(new H2(getTranslation("budgets.admin.rules-heading")));
        if (budget != null && budget.locked()) {
            rules.add(new Paragraph(getTranslation("budgets.admin.locked")));
        }
        rules.add(title, description, total, method, maxChoices, opens, closes, changesAllowed, tieRule, save);
        add(rules);
        if (budget == null) {
            return;
        }
        add(actions(), projects());
        if (!budget.locked()) {
            add(newProject(), importIdeas());
        }
        if (budget.phase() == BudgetPhase.CLOSED) {
            add(resultsSection());
        }
    }

    private void fill() {
        boolean locked = budget != null && budget.locked();
        if (budget == null) {
            LocalDateTime start = LocalDateTime.now(clock).plusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
            opens.setValue(start);
            closes.setValue(start.plusWeeks(3));
            method.setValue(VotingMethod.KNAPSACK);
            tieRule.setValue(TieRule.LOWER_COST);
        } else {
            title.setValue(budget.title());
            description.setValue(budget.description());
            total.setValue(BigDecimal.valueOf(budget.totalCents(), 2));
            method.setValue(budget.method());
            if (budget.maxChoices() != null) {
                maxChoices.setValue(budget.maxChoices());
            }
            opens.setValue(LocalDateTime.ofInstant(budget.opensAt(), clock.getZone()));
            closes.setValue(LocalDateTime.ofInstant(budget.closesAt(), clock.getZone()));
            changesAllowed.setValue(budget.changesAllowed());
            tieRule.setValue(budget.tieRule());
        }
        total.setReadOnly(locked);
        method.setReadOnly(locked);
        maxChoices.setReadOnly(locked);
        changesAllowed.setReadOnly(locked);
        tieRule.setReadOnly(locked);
    }

    void save() {
        clearInvalid(title, total, maxChoices, opens, closes);
        BudgetDraft draft = new BudgetDraft(title.getValue(), description.getValue(), Euros.cents(total.getValue()),
                method.getValue(), maxChoices.getValue(),
                opens.getValue() == null ? null : opens.getValue().atZone(clock.getZone()).toInstant(),
                closes.getValue() == null ? null : closes.getValue().atZone(clock.getZone()).toInstant(),
                changesAllowed.getValue(), tieRule.getValue());
        try {
            if (budget == null) {
                long id = budgets.create(draft);
                UI.getCurrent().navigate("/beheer/begroting/" + id);
                return;
            }
            budgets.update(budget.id(), draft);
            reload(getTranslation("budgets.admin.saved"));
        } catch (InvalidBudgetException e) {
            showProblems(e, Map.of("title", title, "total", total, "maxChoices", maxChoices, "opensAt", opens,
                    "closesAt", closes));
        }
    }

    private Component actions() {
        Section actions = new Section(new H2(getTranslation("budgets.admin.actions-heading")));
        if (!budget.published()) {
            actions.add(new Paragraph(getTranslation("budgets.admin.publish-help")),
                    new Button(getTranslation("budgets.admin.publish"), click -> act(() -> budgets.publish(budget.id()),
                            "budgets.admin.published")));
        }
        if (budget.phase() != BudgetPhase.CLOSED) {
            Button close = new Button(getTranslation("budgets.admin.close"), click -> act(
                    () -> budgets.closeNow(budget.id()), "budgets.admin.closed"));
            close.addThemeVariants(ButtonVariant.ERROR);
            actions.add(new Paragraph(getTranslation("budgets.admin.close-help")), close);
        }
        actions.add(new Paragraph(getTranslation("budgets.admin.ballots", budget.ballots())));
        return actions;
    }

    private Component projects() {
        Section section = new Section(new H2(getTranslation("budgets.admin.projects-heading")));
        if (budget.projects().isEmpty()) {
            section.add(new Paragraph(getTranslation("budgets.admin.no-projects")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rugzak-budget-admin-projects");
        budget.projects().forEach(project -> list.add(new ListItem(projectEditor(project))));
        section.add(list);
        return section;
    }

    private Component projectEditor(Budget.Project project) {
        TextField name = new TextField(getTranslation("budgets.admin.field.project-title"), project.title(), "");
        name.setMaxLength(ProjectDraft.MAX_TITLE);
        name.setWidthFull();
        TextArea summary = new TextArea(getTranslation("budgets.admin.field.summary"), project.summary(), "");
        summary.setMaxLength(ProjectDraft.MAX_SUMMARY);
        summary.setWidthFull();
        BigDecimalField cost = new BigDecimalField(getTranslation("budgets.admin.field.cost"));
        cost.setValue(BigDecimal.valueOf(project.costCents(), 2));
        cost.setReadOnly(budget.locked());
        Button save = new Button(getTranslation("budgets.admin.save-project"), click -> {
            clearInvalid(name, summary, cost);
            try {
                budgets.updateProject(project.id(), new ProjectDraft(name.getValue(), summary.getValue(),
                        Euros.cents(cost.getValue())));
                reload(getTranslation("budgets.admin.project-saved", name.getValue()));
            } catch (InvalidBudgetException e) {
                showProblems(e, Map.of("title", name, "summary", summary, "cost", cost));
            }
        });
        save.getElement().setAttribute("aria-label", getTranslation("budgets.admin.save-project-named", project.title()));
        Div editor = new Div(new H3(project.title()), name, summary, cost, save);
        if (!budget.locked()) {
            Button remove = new Button(getTranslation("budgets.admin.remove-project"), click -> act(
                    () -> budgets.removeProject(project.id()), "budgets.admin.project-removed"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("budgets.admin.remove-project-named", project.title()));
            editor.add(remove);
        }
        editor.add(imageEditor(project));
        return editor;
    }

    private Component imageEditor(Budget.Project project) {
        TextField alt = new TextField(getTranslation("budgets.admin.field.image-alt"));
        alt.setMaxLength(BudgetImages.MAX_ALT);
        alt.setWidthFull();
        alt.setHelperText(getTranslation("budgets.admin.image-alt-help"));
        if (project.imageAlt() != null) {
            alt.setValue(project.imageAlt());
        }
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        SingleFileUpload upload = new SingleFileUpload(BudgetImages.MAX_BYTES, (fileName, bytes) -> {
            try {
                images.set(project.id(), bytes, alt.getValue());
                result.setText(getTranslation("budgets.admin.image-saved"));
            } catch (UserFacingException e) {
                result.setText(e.messageIn(getLocale()));
            }
        }, result::setText);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.addFileRejectedListener(rejected -> result.setText(getTranslation("budgets.admin.image-rejected")));
        Div box = new Div(new Paragraph(getTranslation(project.imageUrl() == null ? "budgets.admin.image-none"
                : "budgets.admin.image-present")), alt, upload, result);
        if (project.imageUrl() != null) {
            Button remove = new Button(getTranslation("budgets.admin.image-remove"), click -> act(
                    () -> images.remove(project.id()), "budgets.admin.image-removed"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            box.add(remove);
        }
        return box;
    }

    private Component newProject() {
        Section section = new Section(new H2(getTranslation("budgets.admin.new-project")));
        TextField name = new TextField(getTranslation("budgets.admin.field.project-title"));
        name.setMaxLength(ProjectDraft.MAX_TITLE);
        name.setWidthFull();
        TextArea summary = new TextArea(getTranslation("budgets.admin.field.summary"));
        summary.setMaxLength(ProjectDraft.MAX_SUMMARY);
        summary.setWidthFull();
        BigDecimalField cost = new BigDecimalField(getTranslation("budgets.admin.field.cost"));
        Button add = new Button(getTranslation("budgets.admin.add-project"), click -> {
            clearInvalid(name, summary, cost);
            try {
                budgets.addProject(budget.id(), new ProjectDraft(name.getValue(), summary.getValue(),
                        Euros.cents(cost.getValue())));
                reload(getTranslation("budgets.admin.project-added", name.getValue()));
            } catch (InvalidBudgetException e) {
                showProblems(e, Map.of("title", name, "summary", summary, "cost", cost));
            }
        });
        section.add(name, summary, cost, add);
        return section;
    }

    /** Selected ideas become projects: title and summary copied, the idea kept as source; staff add the cost. */
    private Component importIdeas() {
        Section section = new Section(new H2(getTranslation("budgets.admin.import-heading")));
        List<PublicItems.Item> items = budgets.importable(budget.id(), IDEAS, 50);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("budgets.admin.import-none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("budgets.admin.import-help")));
        UnorderedList list = new UnorderedList();
        for (PublicItems.Item item : items) {
            BigDecimalField cost = new BigDecimalField(getTranslation("budgets.admin.import-cost", item.title()));
            Button take = new Button(getTranslation("budgets.admin.import"), click -> {
                cost.setInvalid(false);
                try {
                    budgets.importItem(budget.id(), item.module(), item.id(), Euros.cents(cost.getValue()));
                    reload(getTranslation("budgets.admin.imported", item.title()));
                } catch (InvalidBudgetException e) {
                    cost.setInvalid(true);
                    cost.setErrorMessage(e.messageIn(getLocale()));
                }
            });
            take.getElement().setAttribute("aria-label", getTranslation("budgets.admin.import-named", item.title()));
            list.add(new ListItem(new Anchor(item.link(), item.title()), new Paragraph(item.summary()), cost, take));
        }
        section.add(list);
        return section;
    }

    private Component resultsSection() {
        Section section = new Section(new H2(getTranslation("budgets.admin.results-heading")));
        BudgetResults.Results outcome = results.of(budget.id());
        UnorderedList list = new UnorderedList();
        outcome.outcomes().forEach(o -> list.add(new ListItem(getTranslation(o.won() ? "budgets.admin.result-won"
                : "budgets.admin.result-lost", o.rank(), o.tally().title(), Euros.format(o.tally().costCents(), getLocale()),
                o.tally().votes()))));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.csv(budget.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "uitslag-begroting-" + budget.id() + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("budgets.admin.csv"));
        section.add(new Paragraph(getTranslation("budgets.admin.results-summary", outcome.ballots(),
                Euros.format(outcome.spentCents(), getLocale()))), list, new Paragraph(csv));
        return section;
    }

    private void act(Runnable action, String doneKey) {
        if (feedback.attempt(action, getTranslation(doneKey))) {
            reload(getTranslation(doneKey));
        }
    }

    private void reload(String done) {
        budget = budgets.view(budget.id());
        render();
        feedback.setText(done);
    }

    private void showProblems(InvalidBudgetException e, Map<String, ? extends HasValidation> fields) {
        Map<String, String> problems = e.problemsIn(getLocale());
        StringBuilder rest = new StringBuilder();
        problems.forEach((field, text) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                rest.append(text).append(' ');
            } else {
                target.setInvalid(true);
                target.setErrorMessage(text);
            }
        });
        feedback.show(rest.isEmpty() ? getTranslation("budgets.admin.check-fields") : rest.toString().strip());
    }

    private static void clearInvalid(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return budget == null ? getTranslation("budgets.admin.new") : budget.title();
    }
}
