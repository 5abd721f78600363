package nl.rugzak.platform.places.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.places.MapSettings;

/**
 * "Waar": an item's place on its own page, first in words (the address, which says everything the map does), then a
 * small map with one marker. Without scripts or tiles the words remain.
 */
public class PlaceMap extends Section {

    final Div map = new Div();

    public PlaceMap(String title, String address, MapPoint point, MapSettings settings) {
        addClassName("rugzak-place");
        add(new H2(getTranslation("places.where")), new Paragraph(address));
        map.addClassName("rugzak-map");
        map.addClassName("rugzak-map-small");
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", getTranslation("places.map-of", address));
        map.getElement().setAttribute("data-tiles", settings.tilesUrl());
        map.getElement().setAttribute("data-attribution", settings.attribution());
        map.getElement().setAttribute("data-tiles-failed", getTranslation("places.tiles-failed"));
        map.getElement().setAttribute("data-point", point.latitude() + "," + point.longitude());
        map.getElement().setAttribute("data-title", title);
        map.getElement().setAttribute("data-address", address);
        map.getElement().getStyle().set("height", "16rem");
        add(map);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        LeafletScripts.start(attachEvent.getUI(), map.getElement());
    }
}
