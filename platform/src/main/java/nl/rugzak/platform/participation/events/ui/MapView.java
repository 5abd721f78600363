package nl.rugzak.platform.participation.events.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.places.MapMarkers;
import nl.rugzak.platform.places.MapPlaces.MapPlace;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/**
 * The map of everything with a place, drawn by Leaflet (served from this site, no frontend build) with PDOK's base
 * map, and beside it the same places as a list with addresses: the map holds nothing the list does not say, and the
 * page works with the list alone when tiles or scripts fail. A link before the map lets keyboard users skip it.
 * The list comes a page at a time with plain links ({@code ?pagina=2}), searchable by name or address and by kind
 * ({@code zoek}, {@code soort}), so a town with thousands of places still gets a small, fast page in which every place
 * is reachable in text.
 */
@Route(value = "kaart", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(EventsModule.ID)
public class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "kaart";
    static final String LEAFLET = "/rugzak/leaflet/";
    static final String LIST_ANCHOR = "#plekken";

    final Anchor skip = new Anchor();
    final Div map = new Div();
    final CardList places = new CardList();
    final TextField search = new TextField();
    final UnorderedList found = new UnorderedList();
    final H2 listHeading = new H2();
    final TextField listSearch = new TextField();
    final Select<MapMarkers.Kind> kind = new Select<>();
    final Paragraph count = new Paragraph();
    final Paragraph note = new Paragraph();
    final Div empty = new Div();
    final Nav paging = new Nav();
    private final AddressSearch addresses;
    private final MapMarkers markers;
    private final List<MapMarkers.Kind> kinds;
    private int page;

    public MapView(MapMarkers markers, MapSettings settings, AddressSearch addresses) {
        this.addresses = addresses;
        addClassName("rugzak-map-page");
        add(new H1(getTranslation("events.map.title")), new Paragraph(getTranslation("events.map.intro")));
        skip.setText(getTranslation("events.map.skip-to-list"));
        skip.setHref(ROUTE + LIST_ANCHOR);
        skip.setRouterIgnore(true);
        add(new Paragraph(skip));

        search.setLabel(getTranslation("events.map.search"));
        search.setMaxLength(AddressSearch.MAX_QUERY);
        Button go = new Button(getTranslation("events.map.search-button"), click -> searchAddress());
        search.addKeyPressListener(Key.ENTER, enter -> searchAddress());
        Div searchRow = new Div(search, go);
        searchRow.addClassName("rugzak-actions");
        found.getElement().setAttribute("aria-live", "polite");
        add(searchRow, found);

        map.setId("rugzak-map");
        map.addClassName("rugzak-map");
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", getTranslation("events.map.region"));
        map.getElement().setAttribute("data-tiles", settings.tilesUrl());
        map.getElement().setAttribute("data-attribution", settings.attribution());
        map.getElement().setAttribute("data-markers", "/kaart/markers.json");
        map.getElement().setAttribute("data-tiles-failed", getTranslation("events.map.tiles-failed"));
        map.getElement().setAttribute("data-cluster-label", getTranslation("events.map.cluster"));
        map.getElement().getStyle().set("height", "28rem");
        add(map);

        this.markers = markers;
        kinds = markers.kinds();
        listSearch.setLabel(getTranslation("events.map.list-search"));
        listSearch.setHelperText(getTranslation("events.map.list-search-help"));
        listSearch.setMaxLength(MapMarkers.MAX_SEARCH);
        listSearch.setClearButtonVisible(true);
        kind.setLabel(getTranslation("events.map.list-kind"));
        kind.setItems(kinds);
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("events.map.list-all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("events.map.list-all-kinds")
                : getTranslation(k.kindKey()));
        kind.setVisible(kinds.size() > 1);
        Button show = new Button(getTranslation("events.map.list-show"), click -> navigate(0));
        listSearch.addKeyPressListener(Key.ENTER, enter -> navigate(0));
        FlexLayout filters = new FlexLayout(listSearch, kind, show);
        filters.addClassName("rugzak-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.END);

        // The heading takes the focus after a page change inside the view, so keyboard and screen reader users go on
        // reading at the top of the new page instead of at a link that is gone; the count line announces the change.
        listHeading.setText(getTranslation("events.map.list"));
        listHeading.getElement().setAttribute("tabindex", "-1");
        count.getElement().setAttribute("role", "status");
        note.getElement().setAttribute("role", "status");
        paging.getElement().setAttribute("aria-label", getTranslation("events.map.pages"));
        Section list = new Section(listHeading, filters, count, note, empty, places, paging);
        list.setId("plekken");
        add(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        listSearch.setValue(first(query, "zoek").map(text -> text.length() > MapMarkers.MAX_SEARCH
                ? text.substring(0, MapMarkers.MAX_SEARCH) : text).orElse(""));
        kind.setValue(first(query, "soort").flatMap(module -> kinds.stream()
                .filter(k -> k.module().equals(module)).findFirst()).orElse(null));
        // "pagina" counts from 1, as people do; anything unreadable is the first page, a number past the end the last.
        int asked = first(query, "pagina").filter(p -> p.matches("\\d{1,6}")).map(p -> Integer.parseInt(p) - 1)
                .orElse(0);
        // The page's base is the site's root, so a bare "#plekken" would lead to the home page: the skip link names
        // this very address (path and query), which the browser then treats as a jump within the page.
        skip.setHref(event.getLocation().getPathWithQueryParameters() + LIST_ANCHOR);
        boolean changedInPlace = isAttached();
        show(asked);
        if (changedInPlace) {
            listHeading.getElement().callJsFunction("focus");
        }
    }

    private void show(int asked) {
        MapMarkers.ListPage result = markers.list(listSearch.getValue(),
                kind.getValue() == null ? null : kind.getValue().module(), asked);
        page = result.page();
        places.removeAll();
        for (MapPlace place : result.places()) {
            places.add(new Card(Card.Level.H3, place.title(), place.link()).meta(getTranslation(place.kindKey()),
                    place.address(), place.when() == null ? null : Dates.moment(place.when(), getLocale())));
        }
        boolean filtered = !listSearch.getValue().isBlank() || kind.getValue() != null;
        places.setVisible(result.total() > 0);
        empty.removeAll();
        if (result.total() == 0) {
            empty.add(new EmptyState(getTranslation(filtered ? "events.map.none-found" : "events.map.none")));
        }
        count.setText(result.pages() > 1
                ? Texts.count(getLocale(), "events.map.count-paged", result.total(), page + 1, result.pages())
                : Texts.count(getLocale(), "events.map.count", result.total()));
        note.setVisible(result.pastTheEnd());
        note.setText(result.pastTheEnd() ? getTranslation("events.map.past-the-end", asked + 1) : "");
        paging.removeAll();
        if (page > 0) {
            paging.add(pageLink(0, "events.map.first"), pageLink(page - 1, "events.map.previous"));
        }
        if (page + 1 < result.pages()) {
            paging.add(pageLink(page + 1, "events.map.next"), pageLink(result.pages() - 1, "events.map.last"));
        }
        paging.setVisible(result.pages() > 1);
    }

    /** A plain link to another page of the list, keeping the search: it works without scripts and can be shared. */
    private Anchor pageLink(int target, String key) {
        Map<String, String> params = parameters();
        params.put("pagina", String.valueOf(target + 1));
        Anchor link = new Anchor(ROUTE + "?" + QueryParameters.simple(params).getQueryString(), getTranslation(key));
        link.addClassName("rugzak-paging");
        return link;
    }

    private Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!listSearch.getValue().isBlank()) {
            params.put("zoek", listSearch.getValue().strip());
        }
        if (kind.getValue() != null) {
            params.put("soort", kind.getValue().module());
        }
        return params;
    }

    private void navigate(int target) {
        Map<String, String> params = parameters();
        if (target > 0) {
            params.put("pagina", String.valueOf(target + 1));
        }
        UI.getCurrent().navigate(ROUTE, QueryParameters.simple(params));
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.addStyleSheet(LEAFLET + "leaflet.css");
        page.addStyleSheet(LEAFLET + "rugzak-map.css");
        page.addJavaScript(LEAFLET + "leaflet.js");
        page.addJavaScript(LEAFLET + "rugzak-map.js");
        map.getElement().executeJs("window.rugzakMap && window.rugzakMap.start(this)");
    }

    private void searchAddress() {
        found.removeAll();
        var results = addresses.search(search.getValue());
        if (results.isEmpty()) {
            found.add(new ListItem(getTranslation("events.map.nothing-found")));
            return;
        }
        for (AddressSearch.Found result : results) {
            Button show = new Button(getTranslation("events.map.show", result.address()), click ->
                    map.getElement().executeJs("window.rugzakMap && window.rugzakMap.show(this, $0, $1)",
                            result.point().latitude(), result.point().longitude()));
            found.add(new ListItem(show));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.map.title");
    }
}
