package nl.rugzak.platform.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.rugzak.platform.comments.CommentCounts;
import nl.rugzak.platform.participation.ModuleManifest;
import nl.rugzak.platform.participation.ParticipationCounts;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.time.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's sums: asks every module's {@link ParticipationCounts} (and the comments layer) for its counts
 * and writes them into the tenant's {@code participation_*} tables, so that opening a dashboard reads a few hundred
 * summed rows instead of every vote and reaction. Every quarter of an hour the last days are counted again (new
 * contributions show up soon); each night everything is counted again, so that contributions removed later (a
 * deleted comment, a withdrawn support) also leave the older days. One tenant's roll-up is one transaction: a
 * dashboard never sees half of it.
 */
@Component
public class ParticipationRollUp {

    private static final Logger log = LoggerFactory.getLogger(ParticipationRollUp.class);
    /** Before any contribution on the platform: a full count starts here. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    /** How far back the quarter-hourly count goes: yesterday too, for what arrived around midnight. */
    private static final int RECENT_DAYS = 2;
    static final String COMMENTS_KIND = "comment";

    private final List<ModuleManifest> modules;
    private final CommentCounts comments;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TenantRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ParticipationRollUp(List<ModuleManifest> modules, CommentCounts comments, JdbcClient jdbc, JdbcTemplate batch,
                        TenantRegistry registry,
                        PlatformTransactionManager transactions, Clock clock) {
        this.modules = modules;
        this.comments = comments;
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rugzak.dashboard.roll-up-interval:PT15M}",
            initialDelayString = "${rugzak.dashboard.roll-up-initial-delay:PT30S}")
    public void recentForAll() {
        forAll(false);
    }

    @Scheduled(cron = "${rugzak.dashboard.rebuild-cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    public void everythingForAll() {
        forAll(true);
    }

    private void forAll(boolean everything) {
        for (Tenant tenant : registry.all()) {
            if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
                continue;
            }
            try {
                TenantContext.run(tenant.id(), () -> rollUp(everything));
            } catch (RuntimeException e) {
                // A municipality being restored or moved has no readable schema for a moment; the next run catches up.
                log.warn("Could not roll up participation figures for {}", tenant.id().slug(), e);
            }
        }
    }

    /**
     * Counts the current tenant's contributions again: all of them when {@code everything} (or when nothing was
     * counted before), otherwise the last days only.
     */
    public void rollUp(boolean everything) {
        TenantContext.require();
        Instant now = clock.instant();
        LocalDate today = now.atZone(Dates.ZONE).toLocalDate();
        transaction.executeWithoutResult(status -> {
            // One roll-up per municipality at a time (the schedule on a second instance, the demo, a test): two
            // would each delete the days and then both insert, doubling the sums. Released with the transaction.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('participation-roll-up:' || current_schema()))")
                    .query().rowSet();
            boolean counted = jdbc.sql("SELECT count(*) FROM participation_summary").query(Long.class).single() > 0;
            LocalDate from = everything || !counted ? BEGINNING : today.minusDays(RECENT_DAYS - 1);
            writeDaily(from);
            writeReach();
            writeSummary(now, from);
        });
    }

    private void writeDaily(LocalDate from) {
        jdbc.sql("DELETE FROM participation_daily WHERE day >= ?").param(Date.valueOf(from)).update();
        List<Object[]> rows = new ArrayList<>();
        Map<String, Set<Long>> phasesByModule = new HashMap<>();
        for (ModuleManifest module : modules) {
            module.participationCounts().ifPresent(counts -> {
                for (ParticipationCounts.DailyCount day : counts.daily(from)) {
                    rows.add(new Object[]{Date.valueOf(day.day()), module.id(), day.kind(), day.projectId(),
                            day.phaseId(), day.count()});
                    if (day.phaseId() != 0) {
                        phasesByModule.computeIfAbsent(module.id(), id -> new HashSet<>()).add(day.phaseId());
                    }
                }
            });
        }
        for (CommentCounts.DailyComments day : comments.daily(from)) {
            rows.add(new Object[]{Date.valueOf(day.day()), day.module(), COMMENTS_KIND, 0L, 0L, day.count()});
        }
        // Two modules may report the same day and kind under one module id (comments under a poll, say): sum them.
        batch.batchUpdate("""
                INSERT INTO participation_daily (day, module, kind, project_id, phase_id, count) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, module, kind, project_id, phase_id)
                DO UPDATE SET count = participation_daily.count + excluded.count""", rows);
        writePhaseTitles(phasesByModule);
    }

    private void writePhaseTitles(Map<String, Set<Long>> phasesByModule) {
        jdbc.sql("DELETE FROM participation_phase").update();
        // Phases counted on days before this run keep their titles too: ask for every phase in the table.
        Set<Long> all = new HashSet<>(jdbc.sql("SELECT DISTINCT phase_id FROM participation_daily WHERE phase_id <> 0")
                .query(Long.class).list());
        Map<Long, ParticipationCounts.PhaseTitle> titles = new HashMap<>();
        for (ModuleManifest module : modules) {
            module.participationCounts().ifPresent(counts -> {
                for (ParticipationCounts.PhaseTitle title : counts.phaseTitles(all)) {
                    titles.putIfAbsent(title.phaseId(), title);
                }
            });
        }
        batch.batchUpdate("""
                INSERT INTO participation_phase (phase_id, project_id, project_title, phase_title) VALUES (?, ?, ?, ?)""",
                titles.values().stream().map(t -> new Object[]{t.phaseId(), t.projectId(), cut(t.projectTitle()),
                        cut(t.phaseTitle())}).toList());
    }

    private void writeReach() {
        jdbc.sql("DELETE FROM participation_reach").update();
        List<Object[]> rows = new ArrayList<>();
        for (ModuleManifest module : modules) {
            module.participationCounts().ifPresent(counts -> counts.reach().forEach(reach ->
                    rows.add(new Object[]{module.id(), reach.kind(), reach.itemId(), cut(reach.title()),
                            reach.participants()})));
        }
        batch.batchUpdate("""
                INSERT INTO participation_reach (module, kind, item_id, title, participants) VALUES (?, ?, ?, ?, ?)""",
                rows);
    }

    private void writeSummary(Instant now, LocalDate from) {
        Set<Long> active90 = activeSince(now.minus(Duration.ofDays(90)));
        Instant day30 = now.minus(Duration.ofDays(30));
        Set<Long> active30 = activeSince(day30);
        long residents = jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO participation_summary (id, residents, active_30, active_90, rolled_up_at, rolled_up_from)
                        VALUES (1, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET residents = excluded.residents, active_30 = excluded.active_30,
                          active_90 = excluded.active_90, rolled_up_at = excluded.rolled_up_at,
                          rolled_up_from = excluded.rolled_up_from""")
                .params(residents, active30.size(), active90.size(), Timestamp.from(now), Date.valueOf(from)).update();
    }

    private Set<Long> activeSince(Instant since) {
        Set<Long> residents = new HashSet<>(comments.activeSince(since));
        for (ModuleManifest module : modules) {
            module.participationCounts().ifPresent(counts -> residents.addAll(counts.activeSince(since)));
        }
        return residents;
    }

    private static String cut(String title) {
        return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }
}
