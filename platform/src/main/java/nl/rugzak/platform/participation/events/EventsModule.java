package nl.rugzak.platform.participation.events;

import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.modules.ModuleActivity;
import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.platform.participation.PersonalData;
import nl.rugzak.platform.participation.PublicItems;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.sharing.SharedPageDescriber;
import nl.rugzak.platform.widget.WidgetSource;
import org.springframework.stereotype.Component;

/**
 * Bijeenkomsten: work sessions, neighbourhood evenings and site visits with registration and a waiting list, their
 * calendars (iCalendar), their reports afterwards, and the map of everything with a place ({@link nl.rugzak.platform.places.MapPlaces}).
 */
@Component
public class EventsModule implements ModuleManifest {

    public static final String ID = "events";
    static final List<String> EDITORS = List.of("editor", "tenant-admin");

    private final EventsPersonalData personalData;
    private final EventSharing sharing;
    private final EventActivity activity;
    private final EventPublicItems publicItems;
    private final EventsDemo demo;
    private final MapSettings map;

    private final EventCounts counts;

    EventsModule(EventCounts counts, EventsPersonalData personalData, EventSharing sharing, EventActivity activity,
                 EventPublicItems publicItems, EventsDemo demo, MapSettings map) {
        this.counts = counts;
        this.map = map;
        this.personalData = personalData;
        this.sharing = sharing;
        this.activity = activity;
        this.publicItems = publicItems;
        this.demo = demo;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "events.module.name";
    }

    @Override
    public String descriptionKey() {
        return "events.module.description";
    }

    @Override
    public String path() {
        return "agenda";
    }

    @Override
    public String changelog() {
        return "db/tenant/events/master.yaml";
    }
    @Override public List<Class<? extends nl.rugzak.platform.participation.ApiResource>> apiResources() { return List.of(nl.rugzak.platform.participation.events.api.EventsApi.class); }

    /** Calendars leave online links out for visitors without a place; markers are per tenant and module. */
    @Override
    public List<String> publicPaths() {
        return List.of("/agenda.ics", "/agenda/*.ics", "/kaart/*.json", "/rugzak/leaflet/**");
    }

    /**
     * The map's tiles come from the tile service the deployment names (PDOK by default). The policy is the same for
     * every page, so this also covers the small maps other modules show through {@code places.ui.PlaceMap}.
     */
    @Override
    public List<String> imageSources() {
        return List.of(map.tilesOrigin());
    }

    @Override
    public List<StaffEntry> staffMenu() {
        return List.of(new StaffEntry("/beheer/agenda", "events.staff.menu", EDITORS));
    }

    @Override
    public List<NotificationKind> notificationKinds() {
        return List.of(NotificationKind.EVENT_REMINDER, NotificationKind.EVENT_CHANGED);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.heldBy(personalData);
    }

    @Override
    public Optional<SharedPageDescriber> pageDescriber() {
        return Optional.of(sharing);
    }

    @Override
    public Optional<ModuleActivity> activity() {
        return Optional.of(activity);
    }

    @Override
    public Optional<PublicItems> publicItems() {
        return Optional.of(publicItems);
    }

    @Override
    public List<WidgetSource> widgets() {
        return List.of(sharing);
    }

    @Override
    public List<Feed> feeds() {
        return List.of(new Feed("/agenda.ics", EventCalendar.MEDIA_TYPE, "events.feed.link"));
    }

    @Override
    public Optional<ModuleDemo> demo() {
        return Optional.of(demo);
    }

    @Override
    public Optional<ParticipationCounts> participationCounts() {
        return Optional.of(counts);
    }
}
