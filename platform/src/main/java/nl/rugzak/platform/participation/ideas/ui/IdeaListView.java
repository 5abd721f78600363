package nl.rugzak.platform.participation.ideas.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ideas.IdeaCard;
import nl.rugzak.platform.participation.ideas.IdeaCategory;
import nl.rugzak.platform.participation.ideas.IdeaDraft;
import nl.rugzak.platform.participation.ideas.IdeaPhase;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.participation.ideas.InvalidIdeaException;
import nl.rugzak.platform.participation.projects.ProjectPhases;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlacePicker;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;

/**
 * The ideas of one phase of a project (by default the phase collecting ideas now): share an idea while the phase is
 * open, and read the others, most supported or newest first.
 */
@Route(value = "projecten/:projectId/ideeen", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(IdeasModule.ID)
public class IdeaListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Ideas ideas;
    private final ProjectPhases phases;
    private final CurrentUser currentUser;
    final Feedback feedback = new Feedback();
    IdeaPhase phase;

    private final AddressSearch addresses;
    private final MapSettings mapSettings;

    public IdeaListView(Ideas ideas, ProjectPhases phases, CurrentUser currentUser, AddressSearch addresses,
                        MapSettings mapSettings) {
        this.ideas = ideas;
        this.addresses = addresses;
        this.mapSettings = mapSettings;
        this.phases = phases;
        this.currentUser = currentUser;
        addClassName("rugzak-ideas");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("projectId").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long projectId = Long.parseLong(raw);
        List<IdeaPhase> all = ideas.phasesOf(projectId);
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        Optional<IdeaPhase> chosen = first(q, "fase").filter(f -> f.matches("\\d{1,18}"))
                .flatMap(f -> all.stream().filter(p -> String.valueOf(p.phaseId()).equals(f)).findFirst())
                .or(() -> all.stream().filter(IdeaPhase::collecting).findFirst())
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.getLast()));
        if (chosen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        phase = chosen.get();
        Ideas.Order order = first(q, "volgorde").filter("nieuw"::equals).map(o -> Ideas.Order.NEWEST)
                .orElse(Ideas.Order.MOST_SUPPORTED);
        int page = first(q, "pagina").filter(p -> p.matches("\\d{1,5}")).map(p -> Integer.parseInt(p) - 1).orElse(0);
        render(all, order, Math.max(0, page));
    }

    private void render(List<IdeaPhase> all, Ideas.Order order, int page) {
        removeAll();
        add(new Paragraph(new Anchor("/projecten/" + phase.projectId(), getTranslation("ideas.list.back", phase.projectTitle()))));
        add(new H1(getTranslation("ideas.list.title", phase.phaseTitle())), feedback);
        if (all.size() > 1) {
            UnorderedList others = new UnorderedList();
            all.forEach(p -> others.add(new ListItem(p.phaseId() == phase.phaseId() ? new Paragraph(p.phaseTitle())
                    : new Anchor(p.link(), p.phaseTitle()))));
            add(new Nav(others));
        }
        add(rules());
        if (phase.collecting()) {
            add(form());
        }
        long total = ideas.countInPhase(phase.phaseId());
        Section list = new Section(new H2(Texts.count(getLocale(), "ideas.list.count", total)));
        Div orders = new Div(orderLink(Ideas.Order.MOST_SUPPORTED, order), orderLink(Ideas.Order.NEWEST, order));
        orders.addClassName("rugzak-actions");
        list.add(orders);
        List<IdeaCard> cards = ideas.inPhase(phase.phaseId(), order, page);
        list.add(cards.isEmpty() ? new EmptyState(getTranslation("ideas.list.none"))
                : new CardList(cards.stream().map(card -> IdeaCards.of(card, Card.Level.H3)).toList()));
        if ((long) (page + 1) * Ideas.PAGE_SIZE < total) {
            list.add(new Anchor(phase.link() + "&volgorde=" + (order == Ideas.Order.NEWEST ? "nieuw" : "steun")
                    + "&pagina=" + (page + 2), getTranslation("ideas.list.more")));
        }
        add(list);
    }

    private Component rules() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        facts.add(new ListItem(getTranslation(phase.collecting() ? "ideas.list.open" : "ideas.list.closed")));
        if (phase.deadline() != null) {
            facts.add(new ListItem(getTranslation("ideas.list.deadline",
                    Dates.day(phase.deadline(), getLocale()))));
        }
        if (phase.supportThreshold() != null) {
            facts.add(new ListItem(Texts.count(getLocale(), "ideas.list.threshold", phase.supportThreshold())));
        }
        return facts;
    }

    private Component form() {
        Section section = new Section(new H2(getTranslation("ideas.form.heading")));
        if (currentUser.visitor().isEmpty()) {
            Anchor login = new Anchor("/inloggen", getTranslation("ideas.form.log-in"));
            login.setRouterIgnore(true);
            section.add(login);
            return section;
        }
        if (!phases.mayTakePart(phase.phaseId())) {
            section.add(new Paragraph(getTranslation("ideas.form.may-not", phase.projectTitle())),
                    new Anchor("/projecten/" + phase.projectId(), getTranslation("ideas.form.to-project")));
            return section;
        }
        TextField title = new TextField(getTranslation("ideas.form.title"));
        title.setMaxLength(IdeaDraft.MAX_TITLE);
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("ideas.form.description"));
        description.setMaxLength(IdeaDraft.MAX_DESCRIPTION);
        description.setWidthFull();
        TextField place = new TextField(getTranslation("ideas.form.place"));
        place.setMaxLength(IdeaDraft.MAX_PLACE);
        place.setHelperText(getTranslation("ideas.form.place-help"));
        place.setWidthFull();
        PlacePicker picker = new PlacePicker(place, addresses, mapSettings, true);
        Select<IdeaCategory> category = new Select<>();
        category.setLabel(getTranslation("ideas.form.category"));
        category.setItems(Arrays.asList(IdeaCategory.values()));
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.key()));
        Button submit = new Button(getTranslation("ideas.form.submit"), click -> {
            try {
                long id = ideas.submit(phase.phaseId(), new IdeaDraft(title.getValue(), description.getValue(),
                        place.getValue(), category.getValue()), picker.value());
                getUI().ifPresent(ui -> ui.navigate("projecten/" + phase.projectId() + "/ideeen/" + id));
            } catch (InvalidIdeaException e) {
                var problems = e.problemsIn(getLocale());
                mark(title, problems.get("title"));
                mark(description, problems.get("description"));
                mark(place, problems.get("place"));
                mark(category, problems.get("category"));
                feedback.show(e.messageIn(getLocale()));
            } catch (RuntimeException e) {
                feedback.attempt(() -> {
                    throw e;
                }, "");
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph(getTranslation("ideas.form.intro")), title, description, place, picker, category,
                submit);
        return section;
    }

    private Anchor orderLink(Ideas.Order option, Ideas.Order current) {
        Anchor link = new Anchor(phase.link() + "&volgorde=" + (option == Ideas.Order.NEWEST ? "nieuw" : "steun"),
                getTranslation(option == Ideas.Order.NEWEST ? "ideas.list.newest" : "ideas.list.most-supported"));
        if (option == current) {
            link.getElement().setAttribute("aria-current", "true");
        }
        return link;
    }

    static void mark(com.vaadin.flow.component.HasValidation field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }

    /** The phase shown. */
    public IdeaPhase phase() {
        return phase;
    }

    @Override
    public String getPageTitle() {
        return phase == null ? getTranslation("ideas.module.name") : getTranslation("ideas.list.title", phase.phaseTitle());
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }
}
