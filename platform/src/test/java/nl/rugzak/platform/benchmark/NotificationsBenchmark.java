package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.rugzak.platform.notifications.Digests;
import nl.rugzak.platform.notifications.NotificationSender;
import nl.rugzak.platform.notifications.NotificationsIntegrationTest;
import nl.rugzak.platform.notifications.Senders;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicDraft;
import nl.rugzak.platform.participation.topics.TopicStatus;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.NotificationMailbox;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A topic with 10,000 followers gets news: how long publishing takes with every notification written in the same
 * transaction (one set-based insert), the daily digest for those 10,000 residents, and sending at a configured rate
 * to a real SMTP server (GreenMail). Writes benchmarks/results/notifications.md.
 * Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=NotificationsBenchmark
 */
@Tag("benchmark")
class NotificationsBenchmark extends NotificationsIntegrationTest {

    static final TenantId TOWN = new TenantId("meldstad");
    static final int FOLLOWERS = 10_000;
    static final int RATE = 5;

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyTopics topics;
    @Autowired
    Updates updates;
    @Autowired
    Digests digests;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void tenThousandFollowers() throws Exception {
        // No logins: services are called as an editor of the town, so the benchmark does not wait for Keycloak.
        creation.createLeavingIdentityForLater(new NewTenant(TOWN.slug(), "Gemeente Meldstad", "meldstad.localhost",
                List.of(), List.of("nl")));
        store.setModules(TOWN, List.of(TopicsModule.ID, UpdatesModule.ID));
        long topic = asEditor(() -> topics.create(new TopicDraft("Afval", "Minder restafval.", "", "",
                TopicStatus.EXPLORING, null, null)).id());
        TenantContext.run(TOWN, () -> {
            jdbc.sql("""
                    INSERT INTO resident (subject, display_name, email)
                    SELECT 'volger-' || g, 'Volger ' || g, 'volger-' || g || '@meldstad.example'
                      FROM generate_series(1, ?) g""").param(FOLLOWERS).update();
            jdbc.sql("INSERT INTO topic_follow (topic_id, resident_id) SELECT ?, id FROM resident WHERE subject LIKE 'volger-%'")
                    .param(topic).update();
            jdbc.sql("ANALYZE").update();
        });

        // Publishing: the whole call (update + 10,000 notifications in one transaction), followers on "daily".
        double[] daily = new double[5];
        for (int i = 0; i < daily.length; i++) {
            int n = i;
            long started = System.nanoTime();
            asEditor(() -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic), "Nieuws " + n, "Tekst.")));
            daily[i] = Stats.millisSince(started);
        }
        long written = count("SELECT count(*) FROM notification");
        // The same with every follower on "immediately": also 10,000 mail rows in the outbox.
        TenantContext.run(TOWN, () -> jdbc.sql("""
                INSERT INTO notification_preference (resident_id, kind, delivery, updated_at)
                SELECT resident_id, 'followed-news', 'IMMEDIATE', now() FROM topic_follow WHERE topic_id = ?""")
                .param(topic).update());
        double[] immediate = new double[3];
        for (int i = 0; i < immediate.length; i++) {
            int n = i;
            long started = System.nanoTime();
            asEditor(() -> updates.post(UpdateDraft.now(UpdateTarget.topic(topic), "Direct " + n, "Tekst.")));
            immediate[i] = Stats.millisSince(started);
        }
        long mailRows = count("SELECT count(*) FROM notification_mail WHERE period = 'IMMEDIATE'");

        // The daily digest: 10,000 residents with 5 items each.
        clock.advance(Duration.ofDays(1));
        long digestStarted = System.nanoTime();
        int built = TenantContext.call(TOWN, digests::buildDue);
        double digestMillis = Stats.millisSince(digestStarted);
        long inDigests = count("SELECT count(*) FROM notification WHERE delivery = 'DAILY' AND mail_id IS NOT NULL");

        // Sending (only this town's outbox is due now: the others are empty). Throttled to a rate below what the
        // machine delivers, so the throttle is what limits; then unthrottled, to see what the machine delivers.
        Sending throttled = send(Senders.create(context, RATE, 1000, 12, Duration.ofMinutes(1)), 10);
        Sending open = send(Senders.create(context, 1000, 50, 12, Duration.ofMinutes(1)), 10);

        String load = Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        String report = "# Notifications benchmark (" + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, embedded PostgreSQL 17)\n\n"
                + "One municipality, one topic with " + FOLLOWERS + " followers (residents with an address). Times in ms "
                + "for the whole service call as an editor, including the news item's own insert and the commit.\n\n"
                + "| what | result | target |\n| --- | --- | --- |\n"
                + "| news on the topic, followers on \"daily\" (10,000 notifications written) | " + list(daily)
                + " | ≤ 2000 ms |\n"
                + "| news on the topic, followers on \"immediately\" (also 10,000 outbox mails) | " + list(immediate)
                + " | ≤ 2000 ms |\n"
                + "| daily digest for 10,000 residents (" + built + " digest mails, " + inDigests + " items) | "
                + String.format("%.0f", digestMillis) + " | ≤ 30000 ms |\n"
                + "| sending throttled to " + RATE + " mails/s (rugzak.notifications.mails-per-second) | " + throttled
                + " | ≈ " + RATE + "/s after a first burst of " + RATE + " |\n"
                + "| sending unthrottled (1000/s allowed): what this machine delivers, one SMTP connection per mail | "
                + open + " | – |\n\n"
                + "Rows written: " + written + " notifications from the five daily runs, " + mailRows
                + " immediate outbox mails.\n\n"
                + "Load average at the end (/proc/loadavg): " + load + ". The machine was shared with other builds "
                + "while this ran; the lead re-runs it on a quiet machine.\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("notifications.md"), report);
    }

    record Sending(int sent, int arrived, double seconds) {
        @Override
        public String toString() {
            return sent + " sent, " + arrived + " arrived in " + String.format("%.1f", seconds) + " s = "
                    + String.format("%.1f", sent / seconds) + " mails/s";
        }
    }

    /** Runs the sender again and again for at least {@code seconds}; a run ends after its claimed mails are sent. */
    private static Sending send(NotificationSender sender, int seconds) {
        int before = NotificationMailbox.received().size();
        long started = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() - started < seconds * 1_000_000_000L) {
            sent += sender.sendDue("benchmark");
        }
        return new Sending(sent, NotificationMailbox.received().size() - before, Stats.millisSince(started) / 1000);
    }

    private <T> T asEditor(java.util.function.Supplier<T> work) {
        return TenantContext.call(TOWN, () -> asUser().withRoles(work, "editor"));
    }

    private long count(String sql) {
        return TenantContext.call(TOWN, () -> jdbc.sql(sql).query(Long.class).single());
    }

    private static String list(double[] millis) {
        StringBuilder text = new StringBuilder();
        for (double value : millis) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format("%.0f", value));
        }
        return text.toString();
    }
}
