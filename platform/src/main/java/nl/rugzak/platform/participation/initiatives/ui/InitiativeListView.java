package nl.rugzak.platform.participation.initiatives.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.participation.initiatives.Category;
import nl.rugzak.platform.participation.initiatives.InitiativeCard;
import nl.rugzak.platform.participation.initiatives.InitiativeCategories;
import nl.rugzak.platform.participation.initiatives.InitiativeFilter;
import nl.rugzak.platform.participation.initiatives.InitiativeSearch;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.initiatives.ResultPage;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * All published initiatives, searchable and filterable. The filter lives in the address (zoek, status, categorie,
 * thema, volgorde, pagina), so a result can be shared, bookmarked and reached with the back button.
 */
@Route(value = "initiatieven", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(InitiativesModule.ID)
public class InitiativeListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextField text = new TextField();
    final Select<InitiativeStatus> status = new Select<>();
    final Select<Category> category = new Select<>();
    final Select<PolicyTopic> topic = new Select<>();
    final Select<InitiativeFilter.Order> order = new Select<>();
    final UnorderedList results = new UnorderedList();
    final Paragraph count = new Paragraph();
    private final Nav paging = new Nav();
    private final InitiativeSearch search;
    private final List<Category> categories;
    private final List<PolicyTopic> topics;
    private int page;

    public InitiativeListView(InitiativeSearch search, InitiativeCategories categoryList, PolicyTopics policyTopics,
                              EnabledModules modules, CurrentUser currentUser) {
        this.search = search;
        this.categories = categoryList.all();
        this.topics = modules.isEnabled(TopicsModule.ID) ? policyTopics.all() : List.of();
        add(new H1(getTranslation("initiatives.list.title")));
        add(new Paragraph(getTranslation("initiatives.list.intro")));
        Anchor start = new Anchor(currentUser.visitor().isPresent() ? "/initiatieven/nieuw" : "/inloggen",
                getTranslation(currentUser.visitor().isPresent() ? "initiatives.start" : "initiatives.list.log-in-to-start"));
        start.setRouterIgnore(currentUser.visitor().isEmpty());
        start.addClassName("rugzak-button-link");
        add(start);

        text.setLabel(getTranslation("initiatives.list.search"));
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setPlaceholder(getTranslation("initiatives.list.search-placeholder"));
        status.setLabel(getTranslation("initiatives.list.status"));
        status.setItems(Arrays.stream(InitiativeStatus.values()).filter(InitiativeStatus::isPublic).toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("initiatives.list.all-statuses"));
        status.setItemLabelGenerator(s -> getTranslation(s == null ? "initiatives.list.all-statuses" : s.key()));
        category.setLabel(getTranslation("initiatives.list.category"));
        category.setItems(categories);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("initiatives.list.all-categories"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("initiatives.list.all-categories") : c.name());
        topic.setLabel(getTranslation("initiatives.list.topic"));
        topic.setItems(topics);
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("initiatives.list.all-topics"));
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("initiatives.list.all-topics") : t.title());
        topic.setVisible(!topics.isEmpty());
        order.setLabel(getTranslation("initiatives.list.order"));
        order.setItems(InitiativeFilter.Order.values());
        order.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.key()));
        order.setValue(InitiativeFilter.Order.NEWEST);
        Button apply = new Button(getTranslation("initiatives.list.search"), click -> {
            page = 0;
            navigate();
        });
        text.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> apply.click());
        FlexLayout filters = new FlexLayout(text, status, category, topic, order, apply);
        filters.addClassName("rugzak-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.END);
        count.getElement().setAttribute("role", "status");
        results.addClassName("rugzak-cards");
        add(filters, count, results, paging);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        text.setValue(first(q, "zoek").orElse(""));
        status.setValue(first(q, "status").flatMap(s -> Arrays.stream(InitiativeStatus.values())
                .filter(v -> v.isPublic() && v.name().equals(s)).findFirst()).orElse(null));
        category.setValue(first(q, "categorie").flatMap(c -> categories.stream()
                .filter(v -> String.valueOf(v.id()).equals(c)).findFirst()).orElse(null));
        topic.setValue(first(q, "thema").flatMap(t -> topics.stream()
                .filter(v -> String.valueOf(v.id()).equals(t)).findFirst()).orElse(null));
        order.setValue(first(q, "volgorde").filter("steun"::equals).map(o -> InitiativeFilter.Order.MOST_SUPPORTED)
                .orElse(InitiativeFilter.Order.NEWEST));
        page = first(q, "pagina").filter(p -> p.matches("\\d{1,6}")).map(p -> Integer.parseInt(p) - 1).orElse(0);
        show();
    }

    private void show() {
        ResultPage<InitiativeCard> result = search.published(filter(), page);
        page = result.page();
        results.removeAll();
        result.items().forEach(card -> results.add(new InitiativeCardItem(card)));
        count.setText(result.total() == 0 ? getTranslation("initiatives.list.none-found")
                : result.pages() > 1 ? Texts.count(getLocale(), "initiatives.list.found-paged", result.total(), page + 1, result.pages())
                : Texts.count(getLocale(), "initiatives.list.found", result.total()));
        paging.removeAll();
        paging.getElement().setAttribute("aria-label", getTranslation("initiatives.list.pages"));
        if (page > 0) {
            paging.add(pageLink(page - 1, getTranslation("initiatives.list.previous")));
        }
        if (page + 1 < result.pages()) {
            paging.add(pageLink(page + 1, getTranslation("initiatives.list.next")));
        }
    }

    private Anchor pageLink(int target, String label) {
        Map<String, String> params = parameters();
        params.put("pagina", String.valueOf(target + 1));
        Anchor link = new Anchor("initiatieven?" + QueryParameters.simple(params).getQueryString(), label);
        link.addClassName("rugzak-paging");
        return link;
    }

    private InitiativeFilter filter() {
        return new InitiativeFilter(text.getValue(), status.getValue(),
                category.getValue() == null ? null : category.getValue().id(),
                topic.getValue() == null ? null : topic.getValue().id(), order.getValue());
    }

    private Map<String, String> parameters() {
        Map<String, String> params = new HashMap<>();
        if (!text.getValue().isBlank()) {
            params.put("zoek", text.getValue().strip());
        }
        if (status.getValue() != null) {
            params.put("status", status.getValue().name());
        }
        if (category.getValue() != null) {
            params.put("categorie", String.valueOf(category.getValue().id()));
        }
        if (topic.getValue() != null) {
            params.put("thema", String.valueOf(topic.getValue().id()));
        }
        if (order.getValue() == InitiativeFilter.Order.MOST_SUPPORTED) {
            params.put("volgorde", "steun");
        }
        return params;
    }

    private void navigate() {
        UI.getCurrent().navigate("initiatieven", QueryParameters.simple(parameters()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiatives.list.title");
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key)).filter(v -> !v.isEmpty()).map(v -> v.getFirst());
    }
}
