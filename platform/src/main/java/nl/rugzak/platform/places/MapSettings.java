package nl.rugzak.platform.places;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the map's tiles and address search come from, per deployment. The defaults are the Dutch government's PDOK
 * services (BRT-Achtergrondkaart and the Locatieserver); tests point both at a local stub.
 */
@Component
public class MapSettings {

    private final String tilesUrl;
    private final String geocoderUrl;
    private final String attribution;

    MapSettings(@Value("${rugzak.map.tiles-url:https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png}") String tilesUrl,
                @Value("${rugzak.map.geocoder-url:https://api.pdok.nl/bzk/locatieserver/search/v3_1/free}") String geocoderUrl,
                @Value("${rugzak.map.attribution:Kaartgegevens &copy; Kadaster (PDOK)}") String attribution) {
        this.tilesUrl = tilesUrl;
        this.geocoderUrl = geocoderUrl;
        this.attribution = attribution;
    }

    public String tilesUrl() {
        return tilesUrl;
    }

    /**
     * Scheme, host and port of the tile service: what the pages' Content-Security-Policy allows images from. Leaflet's
     * subdomain placeholder ({@code {s}.tile.example}) becomes the policy's wildcard ({@code *.tile.example}).
     */
    public String tilesOrigin() {
        java.net.URI tiles = java.net.URI.create(tilesUrl.replace("{s}", "*").replace("{", "%7B").replace("}", "%7D"));
        return tiles.getScheme() + "://" + tiles.getRawAuthority();
    }

    public String geocoderUrl() {
        return geocoderUrl;
    }

    public String attribution() {
        return attribution;
    }
}
