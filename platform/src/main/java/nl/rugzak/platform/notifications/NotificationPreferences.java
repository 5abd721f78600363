package nl.rugzak.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's choices at this municipality: per kind how mail comes (at once, daily, weekly, never) and the
 * language of the mails. Without a choice a kind has its default and mail is in the municipality's default language.
 */
@Service
public class NotificationPreferences {

    /** The resident's choices for the given kinds, in their order, and the mail language. */
    public record Choices(Map<NotificationKind, Delivery> deliveries, Locale language) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final TenantRegistry registry;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, CurrentUser currentUser, TenantWriteGuard writeGuard,
                            TenantRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Choices mine(Collection<NotificationKind> kinds) {
        Visitor me = currentUser.require();
        Map<String, Delivery> chosen = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, delivery FROM notification_preference WHERE resident_id = ?").param(me.residentId())
                .query((rs, row) -> chosen.put(rs.getString(1), Delivery.valueOf(rs.getString(2)))).list();
        Map<NotificationKind, Delivery> deliveries = new LinkedHashMap<>();
        kinds.forEach(kind -> deliveries.put(kind, chosen.getOrDefault(kind.id(), kind.byDefault())));
        return new Choices(deliveries, languageOf(me.residentId()));
    }

    /** Saves all choices at once: either everything is stored or, on bad input, nothing. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void save(Map<NotificationKind, Delivery> deliveries, Locale language) {
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        if (language == null || offeredLanguages().stream().noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new ContentRejectedException("notifications.refused.language");
        }
        // Not containsValue(null): immutable maps refuse to be asked about null.
        if (deliveries.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new ContentRejectedException("notifications.refused.delivery");
        }
        Timestamp now = Timestamp.from(clock.instant());
        deliveries.forEach((kind, delivery) -> choose(me.residentId(), kind.id(), delivery, now));
        jdbc.sql("""
                        INSERT INTO notification_setting (resident_id, language, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (resident_id) DO UPDATE SET language = EXCLUDED.language, updated_at = EXCLUDED.updated_at""")
                .params(me.residentId(), language.getLanguage(), now).update();
    }

    /** The languages mail can be in here: the ones the municipality offers, its default first. */
    public List<Locale> offeredLanguages() {
        List<Locale> offered = TenantContext.current().flatMap(registry::find)
                .map(tenant -> Texts.LANGUAGES.stream()
                        .filter(language -> tenant.locales().contains(language.getLanguage())).toList())
                .orElse(List.of());
        return offered.isEmpty() ? List.of(Texts.DUTCH) : offered;
    }

    /**
     * The language mail to this resident is in: their choice if still offered, else the municipality's default.
     * (Public because this bean is proxied: a package-private call could reach the proxy instead of the bean.)
     */
    public Locale languageOf(long residentId) {
        List<Locale> offered = offeredLanguages();
        return jdbc.sql("SELECT language FROM notification_setting WHERE resident_id = ?").param(residentId)
                .query(String.class).optional()
                .flatMap(tag -> offered.stream().filter(l -> l.getLanguage().equals(tag)).findFirst())
                .orElse(offered.getFirst());
    }

    /**
     * What a signed unsubscribe link does: that kind off for that resident; a digest's link turns off every kind that
     * currently comes in that digest. Runs without a login: the link's signature is the resident's consent, so the
     * only caller is the unsubscribe controller after {@link UnsubscribeLinks#verify} (the scope type is this
     * package's own).
     */
    @Transactional
    public void unsubscribe(long residentId, UnsubscribeScope scope) {
        Timestamp now = Timestamp.from(clock.instant());
        if (scope.kind() != null) {
            choose(residentId, scope.kind().id(), Delivery.OFF, now);
            return;
        }
        Map<String, Delivery> chosen = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, delivery FROM notification_preference WHERE resident_id = ?").param(residentId)
                .query((rs, row) -> chosen.put(rs.getString(1), Delivery.valueOf(rs.getString(2)))).list();
        for (NotificationKind kind : NotificationKind.values()) {
            if (chosen.getOrDefault(kind.id(), kind.byDefault()) == scope.digest()) {
                choose(residentId, kind.id(), Delivery.OFF, now);
            }
        }
    }

    private void choose(long residentId, String kind, Delivery delivery, Timestamp now) {
        jdbc.sql("""
                        INSERT INTO notification_preference (resident_id, kind, delivery, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (resident_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery,
                          updated_at = EXCLUDED.updated_at""")
                .params(residentId, kind, delivery.name(), now).update();
    }
}
