package nl.rugzak.platform.places.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/** Leaflet and Rugzak's map script, served from this site (no frontend build, nothing from elsewhere). */
public final class LeafletScripts {

    public static final String PATH = "/rugzak/leaflet/";

    private LeafletScripts() {
    }

    /** Loads the scripts (once per page) and starts the map in {@code map} when they are there. */
    public static void start(UI ui, Element map) {
        var page = ui.getPage();
        page.addStyleSheet(PATH + "leaflet.css");
        page.addStyleSheet(PATH + "rugzak-map.css");
        page.addJavaScript(PATH + "leaflet.js");
        page.addJavaScript(PATH + "rugzak-map.js");
        map.executeJs("window.rugzakMap && window.rugzakMap.start(this)");
    }
}
