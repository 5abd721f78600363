package nl.rugzak.platform.participation.polls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.rugzak.platform.modules.ModuleTenants;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone who voted hears when the results are out: a poll's counts are public once it is over, whether staff closed
 * it or its closing time passed. A poll closes by time without anyone acting, so a job looks for polls that closed
 * lately; the event key makes the close button, a second run and a second instance tell nobody twice.
 */
@Component
public class PollResultNotices {

    /** Long enough to survive a day of downtime, short enough that the job never walks a municipality's history. */
    private static final Duration LOOK_BACK = Duration.ofDays(3);
    private static final String VOTERS = "SELECT resident_id FROM poll_vote WHERE poll_id = ? AND resident_id IS NOT NULL";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ModuleTenants tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClusterLocks locks;

    PollResultNotices(JdbcClient jdbc, Notifications notifications, ModuleTenants tenants,
                      PlatformTransactionManager transactions, Clock clock, ClusterLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** In the transaction that closes the poll. */
    int resultsOut(long pollId, String question) {
        return notifications.record(Notice.of(NotificationKind.POLL_RESULTS, question, "/peilingen/" + pollId)
                .once("poll-results:" + pollId), Audience.query(VOTERS, pollId));
    }

    @Scheduled(fixedDelayString = "${rugzak.notifications.poll-results-interval:PT5M}",
            initialDelayString = "${rugzak.notifications.reminder-initial-delay:PT2M}")
    public void scheduled() {
        // One instance at a time; each notice carries its once-key, so a later run does not repeat it.
        locks.runAlone("polls.result-notices",
                () -> tenants.forEachActive(PollsModule.ID, "poll result notices", this::tellClosedByTime));
    }

    /** Tells the voters of every published poll whose closing time passed lately; returns how many were told. */
    public int tellClosedByTime() {
        TenantContext.require();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            List<Poll> over = jdbc.sql("""
                            SELECT id, question FROM poll
                             WHERE published AND closed_at IS NULL AND closes_at <= ? AND closes_at > ?
                             ORDER BY id""")
                    .params(Timestamp.from(now), Timestamp.from(now.minus(LOOK_BACK)))
                    .query((rs, row) -> new Poll(rs.getLong(1), rs.getString(2))).list();
            int told = 0;
            for (Poll poll : over) {
                told += resultsOut(poll.id(), poll.question());
            }
            return told;
        });
    }

    private record Poll(long id, String question) {
    }
}
