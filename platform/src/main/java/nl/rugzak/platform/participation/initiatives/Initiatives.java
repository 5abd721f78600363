package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.platform.operations.Participation;
import nl.rugzak.tenantadmin.text.UserText;

import java.util.List;
import java.util.Map;

import nl.rugzak.platform.participation.initiatives.InitiativeDetail.LinkState;
import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.places.ChosenPoint;
import nl.rugzak.platform.places.MapPoint;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModuleSettings;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents and staff do with initiatives. Every method checks, here and not only in the views, who may do it:
 * the owner edits and submits, any logged-in resident supports, follows and offers help, editors respond, move the
 * status and link topics.
 */
@Service
public class Initiatives {

    public static final int MAX_HELP_OFFER = 1_000;
    public static final int MAX_RESPONSE = 5_000;
    public static final int MAX_REASON = 1_000;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final ModuleSettings settings;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final InitiativeCategories categories;
    private final PolicyTopics topics;
    private final InitiativeReader reader;
    private final PostingChecks posting;
    private final Notifications notifications;

    Initiatives(JdbcClient jdbc, EnabledModules modules, ModuleSettings settings, CurrentUser currentUser,
                TenantWriteGuard writeGuard, InitiativeCategories categories, PolicyTopics topics,
                InitiativeReader reader, PostingChecks posting, Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.modules = modules;
        this.settings = settings;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.categories = categories;
        this.topics = topics;
        this.reader = reader;
        this.posting = posting;
    }

    /** The initiative as this visitor may see it; not found when they may not. */
    @Transactional(readOnly = true)
    public InitiativeDetail view(long id) {
        modules.require(InitiativesModule.ID);
        return reader.detail(id, currentUser.visitor());
    }

    /**
     * An initiative's title whatever its state, for other modules naming what their items are about. Callers show
     * it only next to something that is itself public (which requires a public initiative) or to staff.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> titleOf(long id) {
        return jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(id).query(String.class).optional();
    }

    /**
     * The initiatives that only their owner and staff may see (drafts, submitted, hidden), so other modules can
     * keep items about them out of public lists without knowing the rule. Few compared to the public ones; comma
     * separated, as a named parameter cannot carry an SQL array ({@code string_to_array(:ids, ',')::bigint[]}).
     */
    @Transactional(readOnly = true)
    public String notPublicIds() {
        return String.join(",", jdbc.sql("SELECT id::text FROM initiative WHERE hidden OR status IN ('DRAFT', 'SUBMITTED')")
                .query(String.class).list());
    }

    /** The title of an initiative anyone may read; empty when it is not public (or does not exist). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> publicTitle(long id) {
        return jdbc.sql("""
                SELECT title FROM initiative WHERE id = ? AND NOT hidden
                   AND status NOT IN ('DRAFT', 'SUBMITTED')""").param(id).query(String.class).optional();
    }

    /** Whether the resident owns the initiative and whether it is public; empty when it does not exist. */
    @Transactional(readOnly = true)
    public java.util.Optional<Standing> standing(long id, long residentId) {
        return jdbc.sql("SELECT owner_id, status, hidden FROM initiative WHERE id = ?").param(id).query((rs, row) -> {
            long owner = rs.getLong(1);
            boolean own = !rs.wasNull() && owner == residentId;
            boolean open = !rs.getBoolean(3) && !java.util.List.of("DRAFT", "SUBMITTED").contains(rs.getString(2));
            return new Standing(own, open);
        }).optional();
    }

    /** {@code isPublic}: anyone may read it. */
    public record Standing(boolean ownedByResident, boolean isPublic) {
    }

    /** The public initiatives the resident follows, by title. */
    @Transactional(readOnly = true)
    public List<FollowedInitiative> followedBy(long residentId) {
        return jdbc.sql("""
                        SELECT i.id, i.title FROM initiative_follow f JOIN initiative i ON i.id = f.initiative_id
                         WHERE f.resident_id = ? AND NOT i.hidden AND i.status NOT IN ('DRAFT', 'SUBMITTED')
                         ORDER BY i.title""").param(residentId)
                .query((rs, row) -> new FollowedInitiative(rs.getLong(1), rs.getString(2))).list();
    }

    public record FollowedInitiative(long id, String title) {
    }

    /** A resident starts a draft; nobody else sees it until it is submitted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long create(InitiativeDraft draft) {
        return create(draft, null);
    }

    /**
     * A draft with a point on the map (or none): stored at street level unless the resident allowed the exact point;
     * the place in words is then required, as the map's text equivalent.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long create(InitiativeDraft draft, ChosenPoint point) {
        Visitor me = writable();
        InitiativeDraft clean = checked(draft, point);
        posting.check(me);
        MapPoint stored = point == null ? null : point.stored();
        return jdbc.sql("""
                        INSERT INTO initiative (owner_id, title, summary, description, place, category_id, help_wanted,
                                                show_contact, status, latitude, longitude, exact_point)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) RETURNING id""")
                .params(me.residentId(), clean.title(), clean.summary(), clean.description(), clean.place(),
                        clean.categoryId(), clean.helpWanted(), clean.showContact(),
                        stored == null ? null : stored.latitude(), stored == null ? null : stored.longitude(),
                        point != null && point.exact())
                .query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void update(long id, InitiativeDraft draft) {
        Visitor me = writable();
        InitiativeStatus status = ownedBy(id, me);
        if (status == InitiativeStatus.ARCHIVED) {
            throw new InvalidInitiativeException("initiatives.archived-unchangeable");
        }
        InitiativeDraft clean = checked(draft, null);
        posting.check(me);
        jdbc.sql("""
                        UPDATE initiative SET title = ?, summary = ?, description = ?, place = ?, category_id = ?,
                          help_wanted = ?, show_contact = ?, updated_at = now() WHERE id = ?""")
                .params(clean.title(), clean.summary(), clean.description(), clean.place(), clean.categoryId(),
                        clean.helpWanted(), clean.showContact(), id)
                .update();
        if (clean.place().isEmpty()) {
            // A point without words would put something on the map the list cannot say.
            jdbc.sql("UPDATE initiative SET latitude = NULL, longitude = NULL, exact_point = false WHERE id = ?")
                    .param(id).update();
        }
    }

    /** The owner's changes with the point as it is now chosen (null takes it off the map). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void update(long id, InitiativeDraft draft, ChosenPoint point) {
        checked(draft, point);
        update(id, draft);
        MapPoint stored = point == null ? null : point.stored();
        jdbc.sql("UPDATE initiative SET latitude = ?, longitude = ?, exact_point = ? WHERE id = ?")
                .params(stored == null ? null : stored.latitude(), stored == null ? null : stored.longitude(),
                        point != null && point.exact(), id)
                .update();
    }

    /**
     * The owner hands in a draft. Under pre-moderation it waits for staff to publish it; otherwise it is public
     * straight away (and moderated afterwards).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public InitiativeStatus submit(long id) {
        Visitor me = writable();
        if (ownedBy(id, me) != InitiativeStatus.DRAFT) {
            throw new InvalidInitiativeException("initiatives.already-submitted");
        }
        posting.check(me);
        InitiativeStatus next = posting.itemsWaitForApproval() ? InitiativeStatus.SUBMITTED : InitiativeStatus.PUBLISHED;
        moveStatus(id, InitiativeStatus.DRAFT, next, null, me.displayName());
        return next;
    }

    /** The owner removes a draft that was never submitted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteDraft(long id) {
        Visitor me = writable();
        if (ownedBy(id, me) != InitiativeStatus.DRAFT) {
            throw new InvalidInitiativeException("initiatives.only-draft-deletable");
        }
        jdbc.sql("DELETE FROM initiative WHERE id = ?").param(id).update();
    }

    /** Counts once per resident, however often and however simultaneously they click. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void support(long id) {
        Visitor me = writable();
        requireSetting(InitiativesModule.SUPPORTS);
        publicFor(id, me);
        int added = jdbc.sql("""
                        INSERT INTO initiative_support (initiative_id, resident_id) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""").params(id, me.residentId()).update();
        if (added == 1) {
            jdbc.sql("UPDATE initiative SET supporter_count = supporter_count + 1 WHERE id = ?").param(id).update();
            Participation.counted(InitiativesModule.ID, "support");
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdrawSupport(long id) {
        Visitor me = writable();
        publicFor(id, me);
        int removed = jdbc.sql("DELETE FROM initiative_support WHERE initiative_id = ? AND resident_id = ?")
                .params(id, me.residentId()).update();
        if (removed == 1) {
            jdbc.sql("UPDATE initiative SET supporter_count = supporter_count - 1 WHERE id = ?").param(id).update();
        }
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void follow(long id, boolean on) {
        Visitor me = writable();
        publicFor(id, me);
        if (on) {
            jdbc.sql("INSERT INTO initiative_follow (initiative_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, me.residentId()).update();
        } else {
            jdbc.sql("DELETE FROM initiative_follow WHERE initiative_id = ? AND resident_id = ?")
                    .params(id, me.residentId()).update();
        }
    }

    /** A short message to the owner; other residents never see it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void offerHelp(long id, String message) {
        Visitor me = writable();
        requireSetting(InitiativesModule.HELP_OFFERS);
        publicFor(id, me);
        String text = required(message, "message", "initiatives.help-offer.empty", "initiatives.help-offer.too-long",
                MAX_HELP_OFFER);
        posting.check(me);
        jdbc.sql("INSERT INTO initiative_help_offer (initiative_id, resident_id, message) VALUES (?, ?, ?)")
                .params(id, me.residentId(), text).update();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HelpOffer> helpOffers(long id) {
        modules.require(InitiativesModule.ID);
        Visitor me = currentUser.require();
        var owner = ownerOf(id);
        if (!me.isStaff() && (owner == null || owner != me.residentId())) {
            throw new AccessDeniedException(Texts.dutch("initiatives.help-offers.owner-and-staff-only"));
        }
        return jdbc.sql("""
                        SELECT h.id, coalesce(r.display_name, 'verwijderde deelnemer'), h.message, h.created_at
                          FROM initiative_help_offer h LEFT JOIN resident r ON r.id = h.resident_id
                         WHERE h.initiative_id = ? ORDER BY h.created_at""").param(id)
                .query((rs, row) -> new HelpOffer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** Staff move the initiative on, always with a reason the owner reads. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void changeStatus(long id, InitiativeStatus to, String reason) {
        Visitor me = writable();
        InitiativeStatus from = statusOf(id);
        if (to == null || !from.staffMoves().contains(to)) {
            FieldProblem refused = locale -> Texts.get(locale, "initiatives.status-move-refused", Texts.get(locale, from.key()),
                    to == null ? "?" : Texts.get(locale, to.key()));
            throw new InvalidInitiativeException(Map.of("status", refused));
        }
        String why = required(reason, "reason", "initiatives.status-reason.empty", "initiatives.reason.too-long",
                MAX_REASON);
        moveStatus(id, from, to, why, me.displayName());
        tellOwnerAndFollowers(id, me, why, "notifications.initiative.status." + to.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void respond(long id, String body) {
        Visitor me = writable();
        statusOf(id);
        String text = required(body, "response", "initiatives.response.empty", "initiatives.response.too-long",
                MAX_RESPONSE);
        jdbc.sql("INSERT INTO initiative_response (initiative_id, body, author_name) VALUES (?, ?, ?)")
                .params(id, text, me.displayName()).update();
        jdbc.sql("UPDATE initiative SET updated_at = now() WHERE id = ?").param(id).update();
        tellOwnerAndFollowers(id, me, text, "notifications.initiative.responded");
    }

    /**
     * Who hears of news on an initiative: the residents following it (for the news module, which does not read this
     * module's tables itself).
     */
    public Audience followers(long id) {
        return Audience.query("SELECT resident_id FROM initiative_follow WHERE initiative_id = ?", id);
    }

    /** The owner and the followers hear of the municipality's answer or a new status, with its text. */
    private void tellOwnerAndFollowers(long id, Visitor me, String text, String whatKey) {
        String title = jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(id).query(String.class).single();
        notifications.record(new Notice(NotificationKind.INITIATIVE_STATUS, title, text, whatKey, "/initiatieven/" + id,
                        null),
                Audience.query("""
                        SELECT owner_id FROM initiative WHERE id = ? AND owner_id IS NOT NULL
                        UNION SELECT resident_id FROM initiative_follow WHERE initiative_id = ?""", id, id)
                        .except(me.residentId()));
    }

    /**
     * The owner asks to link their initiative to a topic (staff decide); staff link it straight away. Asking again
     * after a refusal is allowed: the refusal's reason stays visible until then.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public LinkState linkTopic(long id, long topicId) {
        Visitor me = writable();
        boolean staff = me.canEdit();
        if (!staff) {
            ownedBy(id, me);
        } else {
            statusOf(id);
        }
        if (!topics.exists(topicId)) {
            throw new NotFoundException("onderdeel");
        }
        LinkState state = staff ? LinkState.ACCEPTED : LinkState.PROPOSED;
        jdbc.sql("""
                        INSERT INTO initiative_topic_link (initiative_id, topic_id, state, proposed_by, decided_by, decided_at)
                        VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN now() END)
                        ON CONFLICT (initiative_id, topic_id) DO UPDATE SET state = EXCLUDED.state, reason = NULL,
                          proposed_by = EXCLUDED.proposed_by, decided_by = EXCLUDED.decided_by,
                          decided_at = EXCLUDED.decided_at, created_at = now()
                        WHERE initiative_topic_link.state = 'DECLINED' OR EXCLUDED.state = 'ACCEPTED'""")
                .params(id, topicId, state.name(), me.displayName(), staff ? me.displayName() : null, staff).update();
        return state;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void decideTopicLink(long id, long topicId, boolean accept, String reason) {
        Visitor me = writable();
        String why = accept ? optional(reason, MAX_REASON)
                : required(reason, "reason", "initiatives.link-reason.empty", "initiatives.reason.too-long", MAX_REASON);
        int changed = jdbc.sql("""
                        UPDATE initiative_topic_link SET state = ?, reason = ?, decided_by = ?, decided_at = now()
                         WHERE initiative_id = ? AND topic_id = ? AND state = 'PROPOSED'""")
                .params(accept ? "ACCEPTED" : "DECLINED", why, me.displayName(), id, topicId).update();
        if (changed == 0) {
            throw new InvalidInitiativeException("initiatives.link-proposal-gone");
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void unlinkTopic(long id, long topicId) {
        writable();
        jdbc.sql("DELETE FROM initiative_topic_link WHERE initiative_id = ? AND topic_id = ?").params(id, topicId).update();
    }

    /** Proposals waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<LinkProposal> linkProposals() {
        modules.require(InitiativesModule.ID);
        return jdbc.sql("""
                        SELECT l.initiative_id, i.title, l.topic_id, l.proposed_by, l.created_at
                          FROM initiative_topic_link l JOIN initiative i ON i.id = l.initiative_id
                         WHERE l.state = 'PROPOSED' ORDER BY l.created_at""")
                .query((rs, row) -> new LinkProposal(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        topics.titleOf(rs.getLong(3)).orElse(""), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public record LinkProposal(long initiativeId, String initiativeTitle, long topicId, String topicTitle,
                               String proposedBy, java.time.Instant at) {
    }

    private void moveStatus(long id, InitiativeStatus from, InitiativeStatus to, String reason, String by) {
        int changed = jdbc.sql("""
                        UPDATE initiative SET status = ?, status_reason = ?, updated_at = now(),
                          published_at = CASE WHEN published_at IS NULL AND ? THEN now() ELSE published_at END
                         WHERE id = ? AND status = ?""")
                .params(to.name(), reason, to.isPublic(), id, from.name()).update();
        if (changed == 0) {
            throw new InvalidInitiativeException("initiatives.status-changed-meanwhile");
        }
        jdbc.sql("""
                        INSERT INTO initiative_status_change (initiative_id, from_status, to_status, reason, changed_by)
                        VALUES (?, ?, ?, ?, ?)""").params(id, from.name(), to.name(), reason, by).update();
    }

    private Visitor writable() {
        modules.require(InitiativesModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    private void requireSetting(String key) {
        if (!settings.isOn(InitiativesModule.ID, key)) {
            throw new InvalidInitiativeException("initiatives.setting-off");
        }
    }

    private InitiativeDraft checked(InitiativeDraft draft, ChosenPoint point) {
        var problems = new java.util.LinkedHashMap<>(draft.problems());
        if (point != null && draft.stripped().place().isEmpty()) {
            problems.put("place", FieldProblem.textKey("places.point-needs-address"));
        }
        if (draft.categoryId() != null && !categories.exists(draft.categoryId())) {
            problems.put("category", FieldProblem.textKey("initiatives.draft.category-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInitiativeException(problems);
        }
        return draft.stripped();
    }

    /** The status, if this visitor owns the initiative; someone else's is refused, a missing one not found. */
    private InitiativeStatus ownedBy(long id, Visitor me) {
        Long owner = ownerOf(id);
        InitiativeStatus status = statusOf(id);
        if (owner == null || owner != me.residentId()) {
            if (!reader.mayRead(id, me)) {
                throw new NotFoundException("onderdeel");
            }
            throw new AccessDeniedException(Texts.dutch("initiatives.owner-only"));
        }
        return status;
    }

    /** Supporting, following and helping need an initiative this visitor can see and that is public. */
    private void publicFor(long id, Visitor me) {
        if (!reader.mayRead(id, me)) {
            throw new NotFoundException("onderdeel");
        }
        if (!statusOf(id).isPublic()) {
            throw new InvalidInitiativeException("initiatives.not-yet-published");
        }
    }

    private Long ownerOf(long id) {
        return jdbc.sql("SELECT owner_id FROM initiative WHERE id = ?").param(id).query(Long.class).optional()
                .orElse(null);
    }

    private InitiativeStatus statusOf(long id) {
        return jdbc.sql("SELECT status FROM initiative WHERE id = ?").param(id).query(String.class).optional()
                .map(InitiativeStatus::valueOf).orElseThrow(() -> new NotFoundException("initiatief"));
    }

    /** Keys: what to say when empty, and when too long (with {0} the maximum and {1} the length given). */
    private static String required(String value, String field, String emptyKey, String tooLongKey, int max) {
        String text = value == null ? "" : UserText.lines(value);
        if (UserText.isBlank(text)) {
            throw new InvalidInitiativeException(Map.of(field, FieldProblem.textKey(emptyKey)));
        }
        if (UserText.length(text) > max) {
            throw new InvalidInitiativeException(Map.of(field, FieldProblem.textKey(tooLongKey, max, UserText.length(text))));
        }
        return text;
    }

    private static String optional(String value, int max) {
        String text = value == null ? "" : UserText.lines(value);
        if (UserText.length(text) > max) {
            throw new InvalidInitiativeException(Map.of("reason",
                    FieldProblem.textKey("initiatives.reason.too-long", max, UserText.length(text))));
        }
        return text.isEmpty() ? null : text;
    }
}
