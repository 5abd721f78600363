package nl.rugzak.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.support.Browser;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.exchange.ScheduledExports;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore drill the operations documentation asks for: a municipality's residents have content, the scheduled
 * backup writes its export, the municipality's schema is lost, the lab puts the export back, and every table has its
 * rows again; a resident logs in with their own password and sees their own draft, and a resident whom Keycloak had
 * lost comes back under the same Keycloak id (identity is kept, not remapped: the rows' subjects stay valid).
 */
class RestoreDrillIT extends IntegrationTest {

    private static final String PASSWORD = "rugzak-demo-2026";

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantExchange exchange;
    @Autowired
    ScheduledExports backups;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    DemoUsers users;
    @Autowired
    TenantRealms realms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void aLostSchemaComesBackFromTheScheduledExportAndResidentsKeepTheirAccountsAndContent() throws Exception {
        TenantId id = tenant("hersteldam");
        users.ensureResident("hersteldam", "anna");
        users.ensureResident("hersteldam", "bram");
        long annasDraft = users.as("hersteldam", "anna", () -> initiatives.create(new InitiativeDraft(
                "Annas moestuin achter de school", "Een moestuin voor de buurt.", "", "Schoolplein", null, "", false)));
        long bramsIdea = users.as("hersteldam", "bram", () -> {
            long created = initiatives.create(new InitiativeDraft("Brams speeltuin bij het water",
                    "Een speeltuin voor kleine kinderen.", "", "Waterkant", null, "", false));
            initiatives.submit(created);
            return created;
        });
        var annasComment = users.as("hersteldam", "anna", () -> comments.post(new ContentRef(InitiativesModule.ID, bramsIdea),
                "Goed plan, ik help mee."));
        // A moderator's decision: its record is append-only (a trigger refuses changes), and must come back too.
        users.ensureResident("hersteldam", "moderatrix", "moderator");
        users.run("hersteldam", "moderatrix", () -> moderation.hide(annasComment.ref(), "Even nakijken."));
        String bramsKeycloakId = users.account("hersteldam", "bram").subject();
        Map<String, Long> before = rowCounts(id);
        Map<String, Long> neighbourBefore = rowCounts(new TenantId("voorbeeld"));
        assertThat(before.get("initiative")).isEqualTo(2);
        assertThat(before.get("resident")).isGreaterThanOrEqualTo(2);

        Path folder = freshFolder("rugzak-backups-");
        ScheduledExports.Run run = backups.exportAll(folder);
        assertThat(run.skipped()).isFalse();
        assertThat(run.failed()).doesNotContain("hersteldam");
        Path export = run.written().stream().filter(p -> p.getParent().getFileName().toString().equals("hersteldam"))
                .findFirst().orElseThrow();
        assertThat(export.getFileName().toString()).matches("hersteldam-\\d{8}T\\d{6}Z\\.zip");

        // The disaster: the schema is gone (the role and the realm are not), and the site no longer serves.
        TenantContext.run(id, () -> jdbc.sql("DROP SCHEMA tenant_hersteldam CASCADE").update());
        assertThat(site("hersteldam.localhost").get("/initiatieven").statusCode()).isNotEqualTo(200);
        // Keycloak lost Bram as well (e.g. an older realm backup put back).
        var realm = realms.server().admin().realm(TenantRealms.realmOf(id));
        realm.users().delete(bramsKeycloakId).close();

        byte[] zip = Files.readAllBytes(export);
        assertThatThrownBy(() -> lab(() -> exchange.restoreInPlace(new TenantId("voorbeeld"), zip)))
                .as("an export only goes back to its own municipality").hasMessageContaining("niet van voorbeeld");
        lab(() -> exchange.restoreInPlace(id, zip));

        assertThat(rowCounts(id)).as("every table has exactly its exported rows").isEqualTo(before);
        assertThat(before.get("moderation_action")).isPositive();
        // Put back once more over the schema as it now is (append-only records included): the same rows again.
        lab(() -> exchange.restoreInPlace(id, zip));
        assertThat(rowCounts(id)).isEqualTo(before);
        assertThat(rowCounts(new TenantId("voorbeeld"))).as("another municipality is untouched").isEqualTo(neighbourBefore);
        assertThat(realm.users().searchByUsername("bram", true)).singleElement()
                .satisfies(bram -> assertThat(bram.getId()).isEqualTo(bramsKeycloakId));

        Browser anna = browser();
        anna.logIn("hersteldam.localhost:" + port, "anna", PASSWORD);
        String own = anna.get("http://hersteldam.localhost:" + port + "/initiatieven/mijn").body();
        assertThat(own).contains("Annas moestuin achter de school").doesNotContain("Brams speeltuin");
        assertThat(anna.get("http://hersteldam.localhost:" + port + "/initiatieven/" + annasDraft).statusCode())
                .as("her draft, which only she may open").isEqualTo(200);
        assertThat(site("hersteldam.localhost").get("/initiatieven/" + annasDraft).statusCode())
                .as("and nobody else").isNotEqualTo(200);
        assertThat(audit.find(new AuditLog.Filter("hersteldam", null, null, null), 50).stream()
                .map(AuditLog.Event::action).toList()).contains("tenant.export", "tenant.restore.in-place");
    }

    @Test
    void theScheduledBackupKeepsTheNewestExportsOfEachMunicipalityAndRunsOnOneInstanceAtATime() throws Exception {
        tenant("bewaarwijk");
        Path folder = freshFolder("rugzak-backups-");
        Path own = Files.createDirectories(folder.resolve("bewaarwijk"));
        for (int day = 1; day <= 15; day++) {
            Files.writeString(own.resolve("bewaarwijk-202601%02dT023000Z.zip".formatted(day)), "ouder");
        }
        Path unrelated = Files.writeString(own.resolve("notities.txt"), "van de beheerder");

        clock.advance(Duration.ofMinutes(1));
        ScheduledExports.Run run = backups.exportAll(folder);

        try (var files = Files.list(own)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(15).contains("notities.txt").doesNotContain("bewaarwijk-20260101T023000Z.zip",
                    "bewaarwijk-20260102T023000Z.zip").noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(unrelated).exists();
        assertThat(run.written()).anyMatch(p -> p.startsWith(own));

        // Another instance holds the run (its own session, as another JVM would): this one skips it, writes nothing.
        try (Connection otherInstance = dataSource.getConnection(); Statement lock = otherInstance.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + ScheduledExports.RUN_LOCK + ")");
            clock.advance(Duration.ofMinutes(1));
            ScheduledExports.Run second = backups.exportAll(folder);
            assertThat(second.skipped()).isTrue();
            assertThat(second.written()).isEmpty();
            lock.execute("SELECT pg_advisory_unlock(" + ScheduledExports.RUN_LOCK + ")");
        }
        try (var files = Files.list(own)) {
            assertThat(files.count()).isEqualTo(15);
        }
    }

    /** Rows per table of the tenant's schema, as the tenant sees them. */
    private Map<String, Long> rowCounts(TenantId id) {
        return TenantContext.call(id, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : jdbc.sql("""
                    SELECT table_name FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                       AND table_name NOT IN ('databasechangelog', 'databasechangeloglock') ORDER BY table_name""")
                    .query(String.class).list()) {
                counts.put(table, jdbc.sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single());
            }
            return counts;
        });
    }

    /** A new municipality with the initiatives module (a new one has no modules until the lab chooses them). */
    private TenantId tenant(String slug) {
        creation.create(new ProvisioningRequest(new NewTenant(slug, "Gemeente " + Character.toUpperCase(slug.charAt(0))
                + slug.substring(1), slug + ".localhost", List.of(), List.of("nl")), null, List.of(InitiativesModule.ID)));
        return new TenantId(slug);
    }

    private void lab(Runnable work) {
        asUser().run(work, "lab-admin");
    }
}
