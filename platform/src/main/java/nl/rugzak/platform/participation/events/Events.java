package nl.rugzak.platform.participation.events;

import nl.rugzak.tenantadmin.text.UserText;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of the current municipality. Editors plan them and write the report afterwards; residents register and
 * cancel. Places are counted under a lock on the event's row and guarded by a check on the table, so simultaneous
 * registrations never overbook; a cancellation moves the waiting list up in the same transaction.
 */
@Service
public class Events {

    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_URL = 500;
    public static final int MAX_LANGUAGE = 100;
    public static final int MAX_NOTES = 1_000;
    public static final int MAX_MINUTES = 20_000;
    public static final int MAX_OUTCOMES = 5_000;
    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_PEOPLE = 6;
    static final Duration MAX_LENGTH = Duration.ofDays(14);

    static final String CARD_COLUMNS = """
            e.id, e.title, e.starts_at, e.ends_at, e.address, e.online_url IS NOT NULL AS online, e.registration,
            e.capacity, e.taken, e.reported_at IS NOT NULL AS reported""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final PolicyTopics topics;
    private final Clock clock;
    private final EventNotices notices;

    Events(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
           PolicyTopics topics, Clock clock, EventNotices notices) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.topics = topics;
        this.clock = clock;
    }

    /** The municipality's zone, in which staff enter times and residents read them. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Events that have not ended yet, soonest first. */
    @Transactional(readOnly = true)
    public List<EventCard> upcoming(int limit) {
        modules.require(EventsModule.ID);
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM event e WHERE e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT ?")
                .params(Timestamp.from(now()), limit).query(this::card).list();
    }

    /** Events that are over, latest first: their reports are what residents come back for. */
    @Transactional(readOnly = true)
    public List<EventCard> past(int limit) {
        modules.require(EventsModule.ID);
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM event e WHERE e.ends_at <= ? ORDER BY e.starts_at DESC, e.id DESC LIMIT ?")
                .params(Timestamp.from(now()), limit).query(this::card).list();
    }

    /** Upcoming events about a policy topic (for the topic's page). */
    @Transactional(readOnly = true)
    public List<EventCard> upcomingForTopic(long topicId, int limit) {
        modules.require(EventsModule.ID);
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM event e WHERE e.topic_id = ? AND e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT ?")
                .params(topicId, Timestamp.from(now()), limit).query(this::card).list();
    }

    /** Every event, newest start first, for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<EventCard> forStaff() {
        modules.require(EventsModule.ID);
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM event e ORDER BY e.starts_at DESC, e.id DESC")
                .query(this::card).list();
    }

    /** The event as this visitor may see it: the online link only for staff and residents with a place. */
    @Transactional(readOnly = true)
    public EventDetail view(long id) {
        modules.require(EventsModule.ID);
        Optional<Visitor> me = currentUser.visitor();
        EventDetail.Mine mine = me.flatMap(visitor -> mine(id, visitor.residentId())).orElse(null);
        boolean mayJoinOnline = me.map(Visitor::canEdit).orElse(false)
                || (mine != null && mine.status() == RegistrationStatus.REGISTERED);
        Instant now = now();
        return jdbc.sql("""
                        SELECT e.*, (SELECT count(*) FROM event_registration r
                                      WHERE r.event_id = e.id AND r.status = 'WAITING') AS waiting
                          FROM event e WHERE e.id = ?""").param(id)
                .query((rs, row) -> detail(rs, mayJoinOnline, mine, now)).optional()
                .orElseThrow(() -> new NotFoundException("bijeenkomst"));
    }

    /**
     * The site's feed: upcoming events and those of the last {@code pastDays} days, soonest first. Never an online
     * link, whoever asks: a feed URL is shared and subscribed to without a login.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> feed(int pastDays, int limit) {
        modules.require(EventsModule.ID);
        return jdbc.sql("""
                        SELECT id, title, description, starts_at, ends_at, address, online_url IS NOT NULL AS online,
                               updated_at FROM event WHERE ends_at > ? ORDER BY starts_at, id LIMIT ?""")
                .params(Timestamp.from(now().minus(Duration.ofDays(pastDays))), limit)
                .query((rs, row) -> new CalendarEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getBoolean(7), null, rs.getTimestamp(8).toInstant())).list();
    }

    /**
     * What the feed of {@link #feed} holds, in one cheap row: it changes when an event in the window is added,
     * changed or removed, or one leaves the window. The calendar controller keeps the written feed until it does.
     */
    @Transactional(readOnly = true)
    public String feedVersion(int pastDays) {
        modules.require(EventsModule.ID);
        return jdbc.sql("""
                        SELECT count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(max(updated_at)::text, '')
                          FROM event WHERE ends_at > ?""")
                .param(Timestamp.from(now().minus(Duration.ofDays(pastDays)))).query(String.class).single();
    }

    /** One event for the visitor's own calendar: with the online link only when they may see it on the page. */
    @Transactional(readOnly = true)
    public CalendarEntry calendarEntry(long id) {
        EventDetail event = view(id);
        Instant updated = jdbc.sql("SELECT updated_at FROM event WHERE id = ?").param(id).query(Timestamp.class)
                .single().toInstant();
        return new CalendarEntry(event.id(), event.title(), event.description(), event.startsAt(), event.endsAt(),
                event.address(), event.online(), event.onlineUrl(), updated);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(EventDraft draft) {
        writable();
        Checked clean = checked(draft, 0);
        Instant now = now();
        return jdbc.sql("""
                        INSERT INTO event (title, description, starts_at, ends_at, address, latitude, longitude,
                                           online_url, wheelchair_access, hearing_loop, language, accessibility_notes,
                                           topic_id, registration, capacity, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.params(now, now)).query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, EventDraft draft) {
        writable();
        Locked event = lock(id);
        int waiting = jdbc.sql("SELECT count(*) FROM event_registration WHERE event_id = ? AND status = 'WAITING'")
                .param(id).query(Integer.class).single();
        Checked clean = checked(draft, event.taken());
        if (waiting > 0 && clean.draft().registration() != RegistrationMode.WAITING_LIST) {
            throw new InvalidEventException(Map.of("registration",
                    FieldProblem.textKey("events.field.registration.people-waiting", waiting)));
        }
        if (clean.draft().registration() == RegistrationMode.NONE && event.taken() > 0) {
            throw new InvalidEventException(Map.of("registration",
                    FieldProblem.textKey("events.field.registration.people-registered", event.taken())));
        }
        EventNotices.Plan before = notices.plan(id).orElseThrow();
        Object[] params = clean.params(null, now());
        Object[] all = new Object[params.length];
        // Same order as in create, less created_at, plus the id.
        System.arraycopy(params, 0, all, 0, 15);
        all[15] = params[16];
        all[16] = id;
        jdbc.sql("""
                        UPDATE event SET title = ?, description = ?, starts_at = ?, ends_at = ?, address = ?, latitude = ?,
                          longitude = ?, online_url = ?, wheelchair_access = ?, hearing_loop = ?, language = ?,
                          accessibility_notes = ?, topic_id = ?, registration = ?, capacity = ?, updated_at = ?
                         WHERE id = ?""").params(all).update();
        // More places may let waiting people in.
        moveUp(id);
        notices.changedSince(id, before);
    }

    /** Staff remove an event; its registrations go with it. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void delete(long id) {
        writable();
        if (jdbc.sql("DELETE FROM event WHERE id = ?").param(id).update() == 0) {
            throw new NotFoundException("bijeenkomst");
        }
    }

    /** The report afterwards; only once the event has started (before that there is nothing to report). */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void saveReport(long id, EventReport report) {
        writable();
        Locked event = lock(id);
        if (event.startsAt().isAfter(now())) {
            throw new InvalidEventException("events.report.not-yet");
        }
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String minutes = text(report.minutes(), "minutes", "events.field.minutes", 1, MAX_MINUTES, problems);
        String outcomes = text(report.outcomes(), "outcomes", "events.field.outcomes", 0, MAX_OUTCOMES, problems);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        jdbc.sql("UPDATE event SET report = ?, outcomes = ?, reported_at = coalesce(reported_at, ?), updated_at = ? WHERE id = ?")
                .params(minutes, outcomes, Timestamp.from(now()), Timestamp.from(now()), id).update();
    }

    /**
     * A resident registers for themselves and up to {@link #MAX_PEOPLE} people in all. They get a place while there
     * is room and nobody waits before them; otherwise a place on the waiting list, or a refusal when the event has
     * none.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public RegistrationStatus register(long id, int people) {
        Visitor me = writable();
        Locked event = lock(id);
        if (event.registration() == RegistrationMode.NONE) {
            throw new InvalidEventException("events.register.not-needed");
        }
        if (!event.startsAt().isAfter(now())) {
            throw new InvalidEventException("events.register.started");
        }
        if (people < 1 || people > MAX_PEOPLE) {
            throw new InvalidEventException(Map.of("people", FieldProblem.textKey("events.field.people.range", MAX_PEOPLE)));
        }
        if (event.capacity() != null && people > event.capacity()) {
            throw new InvalidEventException(Map.of("people",
                    FieldProblem.textKey("events.field.people.over-capacity", event.capacity())));
        }
        if (mine(id, me.residentId()).isPresent()) {
            throw new InvalidEventException("events.register.already");
        }
        boolean someoneWaits = jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_registration WHERE event_id = ? AND status = 'WAITING')")
                .param(id).query(Boolean.class).single();
        boolean fits = event.capacity() == null || event.taken() + people <= event.capacity();
        RegistrationStatus status;
        if (fits && !someoneWaits) {
            status = RegistrationStatus.REGISTERED;
        } else if (event.registration() == RegistrationMode.WAITING_LIST) {
            status = RegistrationStatus.WAITING;
        } else {
            throw new InvalidEventException("events.register.full");
        }
        jdbc.sql("INSERT INTO event_registration (event_id, resident_id, people, status, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, me.residentId(), people, status.name(), Timestamp.from(now())).update();
        if (status == RegistrationStatus.REGISTERED) {
            jdbc.sql("UPDATE event SET taken = taken + ? WHERE id = ?").params(people, id).update();
        }
        return status;
    }

    /** The resident gives up their place (or their turn); the first people waiting move up at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long id) {
        Visitor me = writable();
        lock(id);
        if (!release(id, me.residentId())) {
            throw new InvalidEventException("events.cancel.not-registered");
        }
    }

    /** Registrations and waiting people, in order of arrival, for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<Registrant> registrations(long id) {
        modules.require(EventsModule.ID);
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM event WHERE id = ?)").param(id).query(Boolean.class).single()) {
            throw new NotFoundException("bijeenkomst");
        }
        return jdbc.sql("""
                        SELECT coalesce(p.display_name, '?') AS name, r.people, r.status, r.created_at
                          FROM event_registration r LEFT JOIN resident p ON p.id = r.resident_id
                         WHERE r.event_id = ? ORDER BY r.status, r.created_at, r.id""").param(id)
                .query((rs, row) -> new Registrant(rs.getString(1), rs.getInt(2),
                        RegistrationStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant())).list();
    }

    /**
     * Removes one resident's registration and lets the waiting list move up. Runs in the caller's transaction, with
     * the event's row locked by the caller or here; returns whether there was one.
     */
    boolean release(long eventId, long residentId) {
        jdbc.sql("SELECT id FROM event WHERE id = ? FOR UPDATE").param(eventId).query(Long.class).optional();
        var removed = jdbc.sql("DELETE FROM event_registration WHERE event_id = ? AND resident_id = ? RETURNING status, people")
                .params(eventId, residentId)
                .query((rs, row) -> new Object[]{RegistrationStatus.valueOf(rs.getString(1)), rs.getInt(2)}).optional();
        if (removed.isEmpty()) {
            return false;
        }
        if (removed.get()[0] == RegistrationStatus.REGISTERED) {
            jdbc.sql("UPDATE event SET taken = taken - ? WHERE id = ?").params(removed.get()[1], eventId).update();
        }
        moveUp(eventId);
        return true;
    }

    /** Gives freed places to the people waiting longest, in order; stops at the first who does not fit. */
    private void moveUp(long eventId) {
        while (true) {
            var next = jdbc.sql("""
                            SELECT r.id, r.people FROM event_registration r JOIN event e ON e.id = r.event_id
                             WHERE r.event_id = ? AND r.status = 'WAITING'
                               AND (e.capacity IS NULL OR e.taken + r.people <= e.capacity)
                               AND r.id = (SELECT w.id FROM event_registration w WHERE w.event_id = r.event_id
                                            AND w.status = 'WAITING' ORDER BY w.created_at, w.id LIMIT 1)""")
                    .param(eventId).query((rs, row) -> new long[]{rs.getLong(1), rs.getInt(2)}).optional();
            if (next.isEmpty()) {
                return;
            }
            jdbc.sql("UPDATE event_registration SET status = 'REGISTERED' WHERE id = ?").param(next.get()[0]).update();
            jdbc.sql("UPDATE event SET taken = taken + ? WHERE id = ?").params(next.get()[1], eventId).update();
        }
    }

    private Optional<EventDetail.Mine> mine(long id, long residentId) {
        return jdbc.sql("""
                        SELECT r.status, r.people,
                               (SELECT count(*) FROM event_registration w WHERE w.event_id = r.event_id
                                  AND w.status = 'WAITING' AND (w.created_at, w.id) <= (r.created_at, r.id)) AS place
                          FROM event_registration r WHERE r.event_id = ? AND r.resident_id = ?""")
                .params(id, residentId)
                .query((rs, row) -> {
                    RegistrationStatus status = RegistrationStatus.valueOf(rs.getString(1));
                    return new EventDetail.Mine(status, rs.getInt(2),
                            status == RegistrationStatus.WAITING ? rs.getInt(3) : 0);
                }).optional();
    }

    private record Locked(RegistrationMode registration, Integer capacity, int taken, Instant startsAt) {
    }

    /** Locks the event's row for the rest of the transaction: registrations for one event queue up here. */
    private Locked lock(long id) {
        return jdbc.sql("SELECT registration, capacity, taken, starts_at FROM event WHERE id = ? FOR UPDATE").param(id)
                .query((rs, row) -> new Locked(RegistrationMode.valueOf(rs.getString(1)),
                        (Integer) rs.getObject(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("bijeenkomst"));
    }

    private Visitor writable() {
        modules.require(EventsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    private Instant now() {
        return clock.instant();
    }

    private record Checked(EventDraft draft, Instant start, Instant end) {

        Object[] params(Instant created, Instant updated) {
            return new Object[]{draft.title(), draft.description(), Timestamp.from(start), Timestamp.from(end),
                    draft.address(), draft.latitude(), draft.longitude(), draft.onlineUrl(), draft.wheelchairAccess(),
                    draft.hearingLoop(), draft.language(), draft.accessibilityNotes(), draft.topicId(),
                    draft.registration().name(), draft.capacity(), created == null ? null : Timestamp.from(created),
                    Timestamp.from(updated)};
        }
    }

    /** Every field at once, so the form can show all its problems together. */
    private Checked checked(EventDraft draft, int taken) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String title = text(draft.title(), "title", "events.field.title", 3, MAX_TITLE, problems);
        String description = text(draft.description(), "description", "events.field.description", 0, MAX_DESCRIPTION, problems);
        String address = text(draft.address(), "address", "events.field.address", 0, MAX_ADDRESS, problems);
        String url = text(draft.onlineUrl(), "onlineUrl", "events.field.online-url", 0, MAX_URL, problems);
        String language = text(draft.language(), "language", "events.field.language", 0, MAX_LANGUAGE, problems);
        String notes = text(draft.accessibilityNotes(), "accessibilityNotes", "events.field.notes", 0, MAX_NOTES, problems);
        Instant start = null;
        Instant end = null;
        if (draft.start() == null) {
            problems.put("start", FieldProblem.textKey("events.field.start.empty"));
        } else {
            start = amsterdam(draft.start());
        }
        if (draft.end() == null) {
            problems.put("end", FieldProblem.textKey("events.field.end.empty"));
        } else {
            end = amsterdam(draft.end());
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.put("end", FieldProblem.textKey("events.field.end.before-start"));
            } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
                problems.put("end", FieldProblem.textKey("events.field.end.too-long", MAX_LENGTH.toDays()));
            }
        }
        if (url != null && !webAddress(url)) {
            problems.put("onlineUrl", FieldProblem.textKey("events.field.online-url.invalid"));
        }
        if (address == null && url == null && !problems.containsKey("address") && !problems.containsKey("onlineUrl")) {
            problems.put("address", FieldProblem.textKey("events.field.place.empty"));
        }
        Double latitude = draft.latitude();
        Double longitude = draft.longitude();
        if ((latitude == null) != (longitude == null)
                || (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180))) {
            problems.put("point", FieldProblem.textKey("events.field.point.invalid"));
        } else if (latitude != null && address == null) {
            problems.put("point", FieldProblem.textKey("events.field.point.needs-address"));
        }
        if (draft.topicId() != null && !topics.exists(draft.topicId())) {
            problems.put("topic", FieldProblem.textKey("events.field.topic.unknown"));
        }
        RegistrationMode mode = draft.registration() == null ? RegistrationMode.NONE : draft.registration();
        Integer capacity = draft.capacity();
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            problems.put("capacity", FieldProblem.textKey("events.field.capacity.range", MAX_CAPACITY));
        } else if (mode == RegistrationMode.WAITING_LIST && capacity == null) {
            problems.put("capacity", FieldProblem.textKey("events.field.capacity.needed"));
        } else if (capacity != null && capacity < taken) {
            problems.put("capacity", FieldProblem.textKey("events.field.capacity.below-taken", taken));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        EventDraft clean = new EventDraft(title, description == null ? "" : description, draft.start(), draft.end(),
                address, latitude, longitude, url, draft.wheelchairAccess(), draft.hearingLoop(),
                language == null ? "Nederlands" : language, notes, draft.topicId(), mode,
                mode == RegistrationMode.NONE ? null : capacity);
        return new Checked(clean, start, end);
    }

    private Instant amsterdam(LocalDateTime local) {
        // A time in the spring gap (02:30 on the last Sunday of March) does not exist; it moves an hour on.
        return local.atZone(clock.getZone()).toInstant();
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Trimmed text, null when empty; a problem per field in the field's own words (TextLimits' keys). */
    private static String text(String value, String field, String key, int min, int max,
                               Map<String, FieldProblem> problems) {
        String text = value == null ? "" : UserText.lines(value);
        int visible = UserText.visibleLength(text);
        int length = UserText.length(text);
        if (visible == 0 && min > 0) {
            problems.put(field, FieldProblem.textKey(key + ".empty"));
        } else if (visible > 0 && visible < min) {
            problems.put(field, FieldProblem.textKey(key + ".too-short", min, visible));
        } else if (length > max) {
            problems.put(field, FieldProblem.textKey(key + ".too-long", max, length));
        }
        return text.isEmpty() ? null : text;
    }

    EventCard card(ResultSet rs, int row) throws SQLException {
        Instant ends = rs.getTimestamp("ends_at").toInstant();
        return new EventCard(rs.getLong("id"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), ends,
                rs.getString("address"), rs.getBoolean("online"),
                Availability.of(RegistrationMode.valueOf(rs.getString("registration")), (Integer) rs.getObject("capacity"),
                        rs.getInt("taken"), !ends.isAfter(now())),
                rs.getBoolean("reported"));
    }

    private static EventDetail detail(ResultSet rs, boolean mayJoinOnline, EventDetail.Mine mine, Instant now)
            throws SQLException {
        Instant ends = rs.getTimestamp("ends_at").toInstant();
        RegistrationMode mode = RegistrationMode.valueOf(rs.getString("registration"));
        Integer capacity = (Integer) rs.getObject("capacity");
        String url = rs.getString("online_url");
        Timestamp reported = rs.getTimestamp("reported_at");
        return new EventDetail(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getTimestamp("starts_at").toInstant(), ends, rs.getString("address"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), url != null,
                mayJoinOnline ? url : null, rs.getBoolean("wheelchair_access"), rs.getBoolean("hearing_loop"),
                rs.getString("language"), rs.getString("accessibility_notes"), (Long) rs.getObject("topic_id"), mode,
                capacity, rs.getInt("taken"), rs.getInt("waiting"),
                Availability.of(mode, capacity, rs.getInt("taken"), !ends.isAfter(now)),
                reported == null ? null : rs.getString("report"), reported == null ? null : rs.getString("outcomes"),
                reported == null ? null : reported.toInstant(), mine);
    }
}
