package nl.rugzak.platform.notifications;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.github.bucket4j.Bucket;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.rugzak.platform.sharing.PublicUrls;
import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the mail outbox, municipality by municipality. A run claims due rows for a lease ({@code FOR UPDATE SKIP
 * LOCKED}: a second instance claims other rows, never the same ones), sends each, and marks it sent only if it still
 * holds the lease. A failure (SMTP down, a refusal) keeps the row with a later attempt, doubling the wait each time
 * up to a maximum; after the last attempt it is FAILED and shown to the municipality's admins and the lab, who can
 * send it again. Sending is throttled to {@code rugzak.notifications.mails-per-second} for the whole instance.
 * Without an SMTP server configured ({@code spring.mail.host}) nothing is sent and everything waits.
 */
@Component
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final JdbcClient jdbc;
    private final TenantRegistry registry;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final MailIdentities identities;
    private final ThemeStore themes;
    private final PublicUrls urls;
    private final UnsubscribeLinks unsubscribeLinks;
    private final NotificationPreferences preferences;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Bucket throttle;
    private final String instance = "sender-" + UUID.randomUUID();
    private final int batch;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;

    NotificationSender(JdbcClient jdbc, TenantRegistry registry, ObjectProvider<JavaMailSender> mailSenders,
                       MailIdentities identities, ThemeStore themes, PublicUrls urls, UnsubscribeLinks unsubscribeLinks,
                       NotificationPreferences preferences, PlatformTransactionManager transactions, Clock clock,
                       @Value("${rugzak.notifications.mails-per-second:10}") int mailsPerSecond,
                       @Value("${rugzak.notifications.batch:100}") int batch,
                       @Value("${rugzak.notifications.max-attempts:12}") int maxAttempts,
                       @Value("${rugzak.notifications.first-retry:PT1M}") Duration firstRetry,
                       @Value("${rugzak.notifications.max-retry:PT1H}") Duration maxRetry,
                       @Value("${rugzak.notifications.lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.mailSenders = mailSenders;
        this.identities = identities;
        this.themes = themes;
        this.urls = urls;
        this.unsubscribeLinks = unsubscribeLinks;
        this.preferences = preferences;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        int rate = Math.max(1, mailsPerSecond);
        this.throttle = Bucket.builder()
                .addLimit(limit -> limit.capacity(rate).refillGreedy(rate, Duration.ofSeconds(1))).build();
        this.batch = Math.max(1, batch);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${rugzak.notifications.send-interval:PT10S}",
            initialDelayString = "${rugzak.notifications.send-initial-delay:PT20S}")
    public void scheduled() {
        sendDue();
    }

    /** One run of this instance over every municipality; returns how many mails went out. */
    public int sendDue() {
        return sendDue(instance);
    }

    /** One run as the named sender instance (tests run two against the same database). */
    public int sendDue(String owner) {
        JavaMailSender mail = mailSenders.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            try {
                sent += TenantContext.call(tenant.id(), () -> sendFor(tenant, owner, mail));
            } catch (RuntimeException e) {
                log.warn("Could not deliver notifications for {}", tenant.id().slug(), e);
            }
        }
        return sent;
    }

    private int sendFor(Tenant tenant, String owner, JavaMailSender mail) {
        long room = Math.min(batch, throttle.getAvailableTokens());
        if (room <= 0) {
            return 0;
        }
        List<Long> claimed = claim(owner, (int) room);
        int sent = 0;
        for (Long id : claimed) {
            if (!throttle.tryConsume(1)) {
                release(id, owner);
                continue;
            }
            if (deliver(tenant, id, owner, mail)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Long> claim(String owner, int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(lease));
        return transaction.execute(status -> jdbc.sql("""
                        UPDATE notification_mail SET lease_owner = ?, lease_until = ?
                         WHERE id IN (SELECT id FROM notification_mail
                                       WHERE status = 'PENDING' AND next_attempt_at <= ?
                                         AND (lease_until IS NULL OR lease_until < ?)
                                       ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id""")
                .params(owner, until, now, now, limit).query(Long.class).list());
    }

    private void release(long id, String owner) {
        jdbc.sql("UPDATE notification_mail SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")
                .params(id, owner).update();
    }

    private record Outgoing(long id, long residentId, String period, String email, String name) {
    }

    private boolean deliver(Tenant tenant, long id, String owner, JavaMailSender mail) {
        Outgoing out = jdbc.sql("""
                        SELECT m.id, m.resident_id, m.period, r.email, r.display_name
                          FROM notification_mail m JOIN resident r ON r.id = m.resident_id WHERE m.id = ?""")
                .param(id).query((rs, row) -> new Outgoing(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).optional().orElse(null);
        if (out == null) {
            return false;
        }
        // Whatever the resident turned off since (an unsubscribe link, the settings page) is not sent after all.
        List<MailContent.Item> items = jdbc.sql("""
                        SELECT n.kind, e.title, e.detail, e.detail_key, e.link
                          FROM notification n JOIN notification_event e ON e.id = n.event_id
                          LEFT JOIN notification_preference p ON p.resident_id = n.resident_id AND p.kind = n.kind
                         WHERE n.mail_id = ? AND p.delivery IS DISTINCT FROM 'OFF'
                         ORDER BY e.created_at, e.id""").param(id)
                .query((rs, row) -> MailContent.Item.read(rs, 1))
                .list().stream().flatMap(Optional::stream).toList();
        if (items.isEmpty() || out.email() == null || out.email().isBlank()) {
            finish(id, owner, "SKIPPED", items.isEmpty() ? "nothing left to send" : "no e-mail address");
            return false;
        }
        try {
            mail.send(message(tenant, mail, out, items));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            retryLater(id, owner, e);
            return false;
        }
        finish(id, owner, "SENT", null);
        return true;
    }

    private MimeMessage message(Tenant tenant, JavaMailSender mail, Outgoing out, List<MailContent.Item> items)
            throws MessagingException, UnsupportedEncodingException {
        Locale language = preferences.languageOf(out.residentId());
        MailIdentity identity = identities.of(tenant.id());
        String settings = absolute("/mijn/meldingen");
        MailStyle style = MailStyle.of(themes.published(tenant.id()), absolute(""));
        MailContent content;
        UnsubscribeScope scope;
        if ("IMMEDIATE".equals(out.period())) {
            MailContent.Item item = items.getFirst();
            scope = UnsubscribeScope.of(item.kind());
            content = MailContent.single(language, out.name(), item, absolute(item.link()),
                    absolute(unsubscribeLinks.path(tenant.id(), out.residentId(), scope)), settings, identity, style);
        } else {
            Delivery period = Delivery.valueOf(out.period());
            scope = UnsubscribeScope.digest(period);
            content = MailContent.digest(language, out.name(), period, items,
                    items.stream().map(item -> absolute(item.link())).toList(),
                    absolute(unsubscribeLinks.path(tenant.id(), out.residentId(), scope)), settings, identity, style);
        }
        String unsubscribe = absolute(unsubscribeLinks.path(tenant.id(), out.residentId(), scope));
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(identity.fromAddress(), identity.senderName(), "UTF-8"));
        helper.setReplyTo(identity.replyTo());
        helper.setTo(new InternetAddress(out.email(), out.name(), "UTF-8"));
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        // RFC 8058: mail programs offer "unsubscribe" and POST to the link themselves, without a login.
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }

    private String absolute(String path) {
        return urls.absolute(path).orElseThrow(() -> new IllegalStateException("The municipality has no primary host"));
    }

    private void finish(long id, String owner, String status, String note) {
        jdbc.sql("""
                        UPDATE notification_mail SET status = ?, sent_at = CASE WHEN ? = 'SENT' THEN ?::timestamptz END,
                          last_error = ?, lease_owner = NULL, lease_until = NULL
                         WHERE id = ? AND lease_owner = ? AND status = 'PENDING'""")
                .params(status, status, Timestamp.from(clock.instant()), note, id, owner).update();
    }

    private void retryLater(long id, String owner, Exception e) {
        int attempts = jdbc.sql("SELECT attempts FROM notification_mail WHERE id = ?").param(id).query(Integer.class)
                .single() + 1;
        Instant next = clock.instant().plus(backOff(attempts));
        String error = String.valueOf(e.getMessage());
        jdbc.sql("""
                        UPDATE notification_mail SET attempts = ?, next_attempt_at = ?, last_error = ?,
                          status = CASE WHEN ? >= ? THEN 'FAILED' ELSE 'PENDING' END,
                          lease_owner = NULL, lease_until = NULL
                         WHERE id = ? AND lease_owner = ? AND status = 'PENDING'""")
                .params(attempts, Timestamp.from(next), error.length() > 500 ? error.substring(0, 500) : error,
                        attempts, maxAttempts, id, owner).update();
        log.info("Mail {} not delivered (attempt {}): {}", id, attempts, error);
    }

    /** 1, 2, 4, 8 … times the first wait, never more than the maximum. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
