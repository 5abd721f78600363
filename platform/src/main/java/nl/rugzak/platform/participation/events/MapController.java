package nl.rugzak.platform.participation.events;

import java.util.List;

import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapMarkers;
import nl.rugzak.platform.places.MapPlaces.BoundingBox;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the map page's script asks while the visitor moves the map: the markers inside the view, and addresses for the
 * search box. Only the host's own municipality, only while the events module (the map's owner) is on.
 */
@RestController
class MapController {

    private final MapMarkers markers;
    private final AddressSearch addresses;
    private final EnabledModules modules;

    MapController(MapMarkers markers, AddressSearch addresses, EnabledModules modules) {
        this.markers = markers;
        this.addresses = addresses;
        this.modules = modules;
    }

    @GetMapping(value = "/kaart/markers.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MapMarkers.View> markers(@RequestParam(required = false) String bbox) {
        if (!open()) {
            return ResponseEntity.notFound().build();
        }
        BoundingBox box;
        try {
            box = bbox == null ? BoundingBox.WORLD : BoundingBox.parse(bbox);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
                .body(markers.view(box));
    }

    @GetMapping(value = "/kaart/adressen.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<AddressSearch.Found>> addresses(@RequestParam(required = false) String q) {
        if (!open()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().header("X-Content-Type-Options", "nosniff").body(addresses.search(q));
    }

    private boolean open() {
        return TenantContext.current().isPresent() && modules.isEnabled(EventsModule.ID);
    }
}
