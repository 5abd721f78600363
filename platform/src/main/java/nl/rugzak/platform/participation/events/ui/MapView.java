package nl.rugzak.platform.participation.events.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.participation.events.EventsModule;
import nl.rugzak.platform.places.MapMarkers;
import nl.rugzak.platform.places.MapPlaces.MapPlace;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.Card;
import nl.rugzak.platform.site.ui.parts.CardList;
import nl.rugzak.platform.site.ui.parts.EmptyState;

/**
 * The map of everything with a place, drawn by Leaflet (served from this site, no frontend build) with PDOK's base
 * map, and beside it the same places as a list with addresses: the map holds nothing the list does not say, and the
 * page works with the list alone when tiles or scripts fail. A link before the map lets keyboard users skip it.
 */
@Route(value = "kaart", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(EventsModule.ID)
public class MapView extends Div implements HasDynamicTitle {

    static final int LISTED = 500;
    static final String LEAFLET = "/rugzak/leaflet/";

    final Div map = new Div();
    final CardList places = new CardList();
    final TextField search = new TextField();
    final UnorderedList found = new UnorderedList();
    private final AddressSearch addresses;

    public MapView(MapMarkers markers, MapSettings settings, AddressSearch addresses) {
        this.addresses = addresses;
        addClassName("rugzak-map-page");
        add(new H1(getTranslation("events.map.title")), new Paragraph(getTranslation("events.map.intro")));
        Anchor skip = new Anchor("#plekken", getTranslation("events.map.skip-to-list"));
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

        List<MapPlace> all = markers.all(LISTED);
        Section list = new Section(new H2(getTranslation("events.map.list")));
        list.setId("plekken");
        if (all.isEmpty()) {
            list.add(new EmptyState(getTranslation("events.map.none")));
        }
        for (MapPlace place : all) {
            places.add(new Card(Card.Level.H3, place.title(), place.link()).meta(getTranslation(place.kindKey()),
                    place.address(), place.when() == null ? null : Dates.moment(place.when(), getLocale())));
        }
        list.add(places);
        add(list);
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
