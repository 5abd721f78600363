package nl.rugzak.platform.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import nl.rugzak.platform.dashboard.ui.DashboardView;
import nl.rugzak.platform.dashboard.ui.LabDashboardView;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.SiteUi;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards on generated data: every figure equals what a direct count of the modules' rows gives, a
 * municipality sees only its own figures (the lab sees all), and nothing of a person reaches a figure or the CSV.
 */
class DashboardsIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");
    static final String PASSWORD = "rugzak-demo-2026";

    @Autowired
    Dashboards dashboards;
    @Autowired
    ParticipationRollUp rollUp;
    @Autowired
    DashboardCsv csv;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext application;
    @Autowired
    java.time.Clock clock;

    @Test
    void everyFigureAgreesWithTheRowsOnGeneratedData() {
        // The demo content is seeded once Keycloak is up: wait for it, so no rows arrive while we compare.
        awaitIdentity();
        TenantContext.run(VOORBEELD, () -> generate("agree", 120));
        TenantContext.run(VOORBEELD, () -> rollUp.rollUp(true));
        Figures figures = here(VOORBEELD).figures();

        Map<String, Long> expected = TenantContext.call(VOORBEELD, this::countedDirectly);
        Map<String, Long> shown = new HashMap<>();
        figures.perModule().forEach(m -> shown.put(m.module() + "/" + m.kind(), m.count()));
        assertThat(shown).isEqualTo(expected);
        assertThat(shown).containsKeys("initiatives/support", "polls/vote", "initiatives/comment");
        assertThat(figures.contributions()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(figures.residents()).isEqualTo(TenantContext.call(VOORBEELD,
                () -> jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()));
        assertThat(figures.active30()).isEqualTo(TenantContext.call(VOORBEELD, () -> activeDirectly(30)));
        assertThat(figures.active90()).isEqualTo(TenantContext.call(VOORBEELD, () -> activeDirectly(90)));
        assertThat(figures.active90()).isGreaterThanOrEqualTo(figures.active30()).isGreaterThan(0);

        // Over time: each of the last 12 months holds what its rows say; the generated spread reaches back 200 days.
        for (Figures.PeriodCount month : figures.perMonth()) {
            assertThat(month.count()).as("month " + month.start())
                    .isEqualTo(TenantContext.call(VOORBEELD, () -> inPeriodDirectly(month.start(), month.start().plusMonths(1))));
        }
        for (Figures.PeriodCount week : figures.perWeek()) {
            assertThat(week.count()).as("week " + week.start())
                    .isEqualTo(TenantContext.call(VOORBEELD, () -> inPeriodDirectly(week.start(), week.start().plusWeeks(1))));
        }
        assertThat(figures.perMonth().stream().filter(m -> m.count() > 0).count()).isGreaterThan(3);

        // Reach: each published poll's participants are its votes.
        for (Figures.ReachCount reach : figures.reach()) {
            if (reach.kind().equals("poll")) {
                long votes = TenantContext.call(VOORBEELD, () -> jdbc.sql(
                        "SELECT count(*) FROM poll_vote v JOIN poll p ON p.id = v.poll_id WHERE p.question = ?")
                        .param(reach.title()).query(Long.class).single());
                assertThat(reach.participants()).isEqualTo(votes);
            }
        }

        // The quarter-hourly run adds today's contributions without counting everything again.
        long votesBefore = figures.perModule().stream().filter(m -> m.kind().equals("vote")).mapToLong(Figures.ModuleCount::count).sum();
        TenantContext.run(VOORBEELD, () -> {
            generate("today", 3, 0);
            // "Today" as the roll-up sees it: the application's clock, which another test may have moved on.
            jdbc.sql("""
                    UPDATE poll_vote SET voted_at = ? WHERE poll_id IN
                      (SELECT id FROM poll WHERE question = 'Dashboardpeiling today')""")
                    .param(java.sql.Timestamp.from(clock.instant())).update();
        });
        TenantContext.run(VOORBEELD, () -> rollUp.rollUp(false));
        Figures later = here(VOORBEELD).figures();
        assertThat(later.perModule().stream().filter(m -> m.kind().equals("vote")).mapToLong(Figures.ModuleCount::count).sum())
                .isEqualTo(TenantContext.call(VOORBEELD, () -> jdbc.sql("SELECT count(*) FROM poll_vote").query(Long.class).single()))
                .isGreaterThan(votesBefore);
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnFiguresAndTheLabSeesAll() throws Exception {
        // The demo content is seeded once Keycloak is up: wait for it, so no rows arrive while we compare.
        awaitIdentity();
        TenantContext.run(OOSTERHAVEN, () -> rollUp.rollUp(true));
        Figures oosterhavenBefore = here(OOSTERHAVEN).figures();
        TenantContext.run(VOORBEELD, () -> generate("isolation", 40));
        TenantContext.run(VOORBEELD, () -> rollUp.rollUp(true));
        TenantContext.run(OOSTERHAVEN, () -> rollUp.rollUp(true));

        Dashboards.TenantFigures voorbeeld = here(VOORBEELD);
        Dashboards.TenantFigures oosterhaven = here(OOSTERHAVEN);
        assertThat(voorbeeld.slug()).isEqualTo("voorbeeld");
        assertThat(oosterhaven.slug()).isEqualTo("oosterhaven");
        // Voorbeeld's new contributions did not move a single figure of Oosterhaven.
        assertThat(oosterhaven.figures().perModule()).isEqualTo(oosterhavenBefore.perModule());
        assertThat(oosterhaven.figures().residents()).isEqualTo(oosterhavenBefore.residents());
        Map<String, Long> oosterhavenShown = new HashMap<>();
        oosterhaven.figures().perModule().forEach(m -> oosterhavenShown.put(m.module() + "/" + m.kind(), m.count()));
        assertThat(oosterhavenShown).isEqualTo(TenantContext.call(OOSTERHAVEN, this::countedDirectly));

        // The lab sees both, each with its own figures.
        List<Dashboards.TenantFigures> all = asUser().withRoles(dashboards::acrossTenants, "lab-admin");
        assertThat(all).extracting(Dashboards.TenantFigures::slug).contains("voorbeeld", "oosterhaven");
        // (Compared without the moment of counting: the scheduled roll-up may run in between.)
        assertThat(all.stream().filter(t -> t.slug().equals("voorbeeld")).findFirst().orElseThrow().figures().perModule())
                .isEqualTo(voorbeeld.figures().perModule());
        assertThat(all.stream().filter(t -> t.slug().equals("oosterhaven")).findFirst().orElseThrow().figures().perModule())
                .isEqualTo(oosterhaven.figures().perModule());

        // A municipality's admin cannot ask for the lab's comparison; a resident not even for their own site's.
        assertThatThrownBy(() -> TenantContext.call(VOORBEELD,
                () -> asUser().withRoles(dashboards::acrossTenants, "tenant-admin")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.call(VOORBEELD, () -> asUser().withRoles(dashboards::here, "resident")))
                .isInstanceOf(AccessDeniedException.class);

        // Voorbeeld's admin, logged in, opens nothing at Oosterhaven: not the page, so not its CSV download either.
        Browser admin = browser();
        admin.logIn(host("voorbeeld"), "beheerder", PASSWORD);
        String session = admin.cookiesOf(host("voorbeeld")).get("JSESSIONID");
        assertThat(session).isNotNull();
        Browser replaying = browser();
        replaying.setCookie(host("oosterhaven"), "JSESSIONID", session);
        assertThat(Browser.location(replaying.get("http://" + host("oosterhaven") + "/beheer/dashboard")))
                .endsWith("/inloggen");
        replaying.setCookie(host("admin"), "JSESSIONID", session);
        var atLab = replaying.get("http://" + host("admin") + "/tenantbeheer/dashboard");
        assertThat(atLab.statusCode() == 200 && atLab.body().contains("Cijfers van alle gemeenten")).isFalse();
    }

    @Test
    void theCsvHasOnlyCountsAndTitlesNoPerson() {
        // The demo content is seeded once Keycloak is up: wait for it, so no rows arrive while we compare.
        awaitIdentity();
        TenantContext.run(VOORBEELD, () -> generate("csv", 20));
        TenantContext.run(VOORBEELD, () -> rollUp.rollUp(true));
        byte[] bytes = csv.write(List.of(here(VOORBEELD)), Locale.forLanguageTag("nl"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFGemeente;Onderdeel;Wat;Aantal");
        assertThat(text).contains("Gemeente Voorbeeld").contains("Actieve bewoners, laatste 30 dagen");
        // No address anywhere, and no cell is a person's name (a name may well be part of a title: "Noor" in "Noord").
        List<String> emails = TenantContext.call(VOORBEELD, () -> jdbc.sql(
                "SELECT email FROM resident WHERE email IS NOT NULL").query(String.class).list());
        assertThat(emails).isNotEmpty().allSatisfy(email -> assertThat(text).doesNotContain(email));
        java.util.Set<String> names = new java.util.HashSet<>(TenantContext.call(VOORBEELD, () -> jdbc.sql(
                "SELECT display_name FROM resident").query(String.class).list()));
        assertThat(text.lines().flatMap(line -> java.util.Arrays.stream(line.split(";"))))
                .isNotEmpty().noneMatch(names::contains);
    }

    @Test
    void staffAndLabPagesShowTheChartsAndTables() {
        awaitIdentity();
        TenantContext.run(VOORBEELD, () -> rollUp.rollUp(true));
        new SiteUi(application).visit("voorbeeld", "beheerder", () -> {
            UI.getCurrent().navigate(DashboardView.class);
            DashboardView view = _get(DashboardView.class);
            assertThat(_get(H1.class).getText()).isEqualTo("Cijfers over meedoen");
            assertThat(view.getElement().getOuterHTML()).contains("Bijdragen per onderdeel").contains("Bijdragen per maand");
            // The pictures are SVG images with a name and a summary (their markup is the Svg part's innerHTML).
            assertThat(_find(Svg.class)).isNotEmpty().allSatisfy(svg -> assertThat(svg.getElement().getProperty("innerHTML"))
                    .contains("role=\"img\"").contains("<desc"));
            assertThat(_find(NativeTable.class)).isNotEmpty();
        });
        BrowserlessUi.openAs(application, "labbeheer", "lab-admin");
        try {
            UI.getCurrent().navigate(LabDashboardView.class);
            LabDashboardView lab = _get(LabDashboardView.class);
            String html = lab.getElement().getOuterHTML();
            assertThat(html).contains("Gemeente Voorbeeld").contains("Gemeente Oosterhaven").contains("Alle cijfers naast elkaar");
            assertThat(_find(Svg.class)).isNotEmpty();
        } finally {
            BrowserlessUi.closeAs(application);
        }
    }

    private Dashboards.TenantFigures here(TenantId tenant) {
        return TenantContext.call(tenant, () -> asUser().withRoles(dashboards::here, "tenant-admin"));
    }

    /**
     * Residents with supports, votes and comments spread over the last 200 days, on an initiative and a poll of
     * their own (the demo content arrives only once Keycloak is up).
     */
    private void generate(String batch, int residents) {
        generate(batch, residents, 1);
    }

    /** {@code spread} 0 puts everything on today. */
    private void generate(String batch, int residents, int spread) {
        long initiative = jdbc.sql("""
                INSERT INTO initiative (title, summary, status, published_at, created_at)
                VALUES ('Dashboardinitiatief ' || ?, 'Samenvatting', 'PUBLISHED', now(), now() - interval '250 days')
                RETURNING id""").param(batch).query(Long.class).single();
        long poll = jdbc.sql("""
                INSERT INTO poll (question, opens_at, closes_at, published, created_by, created_at, updated_at)
                VALUES ('Dashboardpeiling ' || ?, now() - interval '300 days', now() + interval '30 days', true, 'test',
                        now(), now()) RETURNING id""").param(batch).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO resident (subject, display_name, email, created_at, last_login_at)
                SELECT 'dash-' || ? || '-' || g, 'Dashboardbewoner ' || ? || ' ' || g, 'dash' || g || '@' || ? || '.example',
                       now(), now() FROM generate_series(1, ?) g""").params(batch, batch, batch, residents).update();
        String mine = "SELECT id, row_number() OVER (ORDER BY id) AS n FROM resident WHERE subject LIKE 'dash-' || ? || '-%'";
        jdbc.sql("INSERT INTO initiative_support (initiative_id, resident_id, created_at) SELECT ?, r.id, "
                + "now() - make_interval(days => ((r.n * 37 * ?) % 200)::int) FROM (" + mine + ") r").params(initiative, spread, batch).update();
        jdbc.sql("INSERT INTO poll_vote (poll_id, resident_id, voted_at) SELECT ?, r.id, "
                + "now() - make_interval(days => ((r.n * 13 * ?) % 200)::int) FROM (" + mine + ") r").params(poll, spread, batch).update();
        jdbc.sql("INSERT INTO comment (module, item_id, author_id, body, created_at) SELECT 'initiatives', ?, r.id, "
                + "'Mooi plan', now() - make_interval(days => ((r.n * 7 * ?) % 200)::int) FROM (" + mine + ") r WHERE r.n % 2 = 0")
                .params(initiative, spread, batch).update();
    }

    /** The same figures, counted straight from the modules' rows. */
    private Map<String, Long> countedDirectly() {
        Map<String, Long> counts = new HashMap<>();
        put(counts, "initiatives/initiative", "SELECT count(*) FROM initiative WHERE status <> 'DRAFT'");
        put(counts, "initiatives/support", "SELECT count(*) FROM initiative_support");
        put(counts, "ideas/idea", "SELECT count(*) FROM idea");
        put(counts, "ideas/support", "SELECT count(*) FROM idea_support");
        put(counts, "polls/vote", "SELECT count(*) FROM poll_vote");
        put(counts, "polls/survey", "SELECT count(*) FROM survey_response WHERE sent_at IS NOT NULL");
        put(counts, "consultations/reaction", "SELECT count(*) FROM consultation_reaction");
        put(counts, "budgets/ballot", "SELECT count(*) FROM budget_ballot WHERE status = 'SUBMITTED'");
        put(counts, "events/registration", "SELECT count(*) FROM event_registration");
        jdbc.sql("SELECT module, count(*) FROM comment WHERE deleted_at IS NULL GROUP BY module")
                .query((rs, row) -> counts.put(rs.getString(1) + "/comment", rs.getLong(2))).list();
        return counts;
    }

    private void put(Map<String, Long> counts, String key, String sql) {
        long count = jdbc.sql(sql).query(Long.class).single();
        if (count > 0) {
            counts.put(key, count);
        }
    }

    private long activeDirectly(int days) {
        // Measured from the application's clock, as the roll-up does (a test may have moved it).
        java.sql.Timestamp since = java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days)));
        return jdbc.sql("""
                SELECT count(*) FROM (
                  SELECT owner_id AS r FROM initiative WHERE status <> 'DRAFT' AND created_at >= ?
                  UNION SELECT resident_id FROM initiative_support WHERE created_at >= ?
                  UNION SELECT owner_id FROM idea WHERE created_at >= ?
                  UNION SELECT resident_id FROM idea_support WHERE created_at >= ?
                  UNION SELECT resident_id FROM poll_vote WHERE voted_at >= ?
                  UNION SELECT resident_id FROM survey_response WHERE sent_at >= ?
                  UNION SELECT resident_id FROM consultation_reaction WHERE created_at >= ?
                  UNION SELECT resident_id FROM budget_ballot WHERE status = 'SUBMITTED' AND submitted_at >= ?
                  UNION SELECT resident_id FROM event_registration WHERE created_at >= ?
                  UNION SELECT author_id FROM comment WHERE deleted_at IS NULL AND created_at >= ?
                ) a WHERE r IS NOT NULL""").params(java.util.Collections.nCopies(10, since).toArray())
                .query(Long.class).single();
    }

    /** Contributions of every kind on days from {@code from} up to {@code until} (Dutch calendar days). */
    private long inPeriodDirectly(LocalDate from, LocalDate until) {
        String day = "AT TIME ZONE 'Europe/Amsterdam')::date";
        return jdbc.sql("""
                SELECT count(*) FROM (
                  SELECT (created_at %1$s AS d FROM initiative WHERE status <> 'DRAFT'
                  UNION ALL SELECT (created_at %1$s FROM initiative_support
                  UNION ALL SELECT (created_at %1$s FROM idea
                  UNION ALL SELECT (created_at %1$s FROM idea_support
                  UNION ALL SELECT (voted_at %1$s FROM poll_vote
                  UNION ALL SELECT (sent_at %1$s FROM survey_response WHERE sent_at IS NOT NULL
                  UNION ALL SELECT (created_at %1$s FROM consultation_reaction
                  UNION ALL SELECT (submitted_at %1$s FROM budget_ballot WHERE status = 'SUBMITTED'
                  UNION ALL SELECT (created_at %1$s FROM event_registration
                  UNION ALL SELECT (created_at %1$s FROM comment WHERE deleted_at IS NULL
                ) c WHERE d >= ? AND d < ?""".formatted(day))
                .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(until)).query(Long.class).single();
    }

    private String host(String site) {
        return site + ".localhost:" + port;
    }
}
