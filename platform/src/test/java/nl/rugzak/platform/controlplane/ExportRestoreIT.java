package nl.rugzak.platform.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.platform.site.SiteService;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ExportRestoreIT extends IntegrationTest {

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantExchange exchange;
    @Autowired
    TenantRealms realms;
    @Autowired
    SiteService site;
    @Autowired
    ResidentProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void identityIsUp() {
        awaitIdentity();
    }

    @Test
    void exportThenRestoreGivesEqualRowsAndPeopleAndNoSecrets() throws Exception {
        TenantId source = new TenantId("bronstad");
        creation.create(new NewTenant("bronstad", "Gemeente Bronstad", "bronstad.localhost", List.of(), List.of("nl")));
        TenantContext.run(source, () -> {
            asUser().run(() -> site.write("home", "Bronstad <b>doet mee</b>", "Regel één\nRegel \"twee\" — é"), "editor");
            profiles.recordLogin("subject-1", "Anna de Vries", "anna@bronstad.example");
            profiles.recordLogin("subject-2", "Bob", null);
            // A conversation: a reply refers to its comment in the same table; the moderation record is append-only.
            jdbc.sql("""
                    INSERT INTO comment (module, item_id, author_id, body, body_html, created_at)
                    SELECT 'initiatives', 1, id, 'Goed plan', '<p>Goed plan</p>', now() FROM resident WHERE subject = 'subject-1'""").update();
            jdbc.sql("""
                    INSERT INTO comment (module, item_id, parent_id, author_id, body, created_at)
                    SELECT 'initiatives', 1, (SELECT min(id) FROM comment), id, 'Eens', now() FROM resident WHERE subject = 'subject-2'""").update();
            jdbc.sql("""
                    INSERT INTO comment_support (comment_id, resident_id, created_at)
                    SELECT (SELECT min(id) FROM comment), id, now() FROM resident WHERE subject = 'subject-2'""").update();
            jdbc.sql("""
                    INSERT INTO moderation_action (action, module, item_id, moderator_subject, moderator_name, reason, created_at)
                    VALUES ('HIDE', 'comments', 1, 'm', 'Mo', 'Reden', now())""").update();
        });
        realms.users().ensure("bronstad", new RealmUsers.Person("anna", "anna@bronstad.example", "Anna", "de Vries",
                "een-geheim-wachtwoord", List.of("resident", "editor")));
        String clientSecret = realms.client("bronstad").orElseThrow().clientSecret();

        byte[] zip = asUser().withRoles(() -> exchange.export(source), "lab-admin");

        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsKeys("manifest.json", "users.json", "tables/site_page.json", "tables/resident.json");
        String everything = String.join("\n", entries.values());
        assertThat(everything).doesNotContain(clientSecret, "een-geheim-wachtwoord", "credentials", "password");
        assertThat(entries.get("users.json")).contains("anna@bronstad.example");

        var copy = asUser().withRoles(() -> exchange.restore(zip, new NewTenant("kopiestad", "Gemeente Kopiestad",
                "kopiestad.localhost", List.of(), List.of("nl"))), "lab-admin");

        for (String table : List.of("site_page", "resident", "comment", "moderation_action")) {
            assertThat(rows(copy.id(), table)).as(table).isEqualTo(rows(source, table));
        }
        assertThat(realms.server().admin().realm("kopiestad").users().searchByUsername("anna", true))
                .singleElement().satisfies(user -> assertThat(user.getEmail()).isEqualTo("anna@bronstad.example"));
        assertThat(site("kopiestad.localhost").get("/").statusCode()).isEqualTo(200);
        // The restored tenant gets new rows after the restored ones, not over them.
        TenantContext.run(copy.id(), () -> profiles.recordLogin("subject-3", "Nieuw", null));
        assertThat(rows(copy.id(), "resident")).hasSize(3);
    }

    @Test
    void somethingThatIsNotAnExportIsRefusedAndCreatesNothing() {
        assertThatThrownBy(() -> asUser().withRoles(() -> exchange.restore("geen zip".getBytes(StandardCharsets.UTF_8),
                new NewTenant("nepstad", "Gemeente Nepstad", "nepstad.localhost", List.of(), List.of("nl"))), "lab-admin"))
                .isInstanceOf(TenantExchange.ExchangeException.class).hasMessageContaining("zip");
        assertThat(jdbc.sql("SELECT count(*) FROM control.tenant WHERE slug = 'nepstad'").query(Long.class).single()).isZero();
    }

    private List<Map<String, Object>> rows(TenantId tenant, String table) {
        return TenantContext.call(tenant, () -> jdbc.sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows());
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
