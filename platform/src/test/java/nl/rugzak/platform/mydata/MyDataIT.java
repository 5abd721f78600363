package nl.rugzak.platform.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.comments.CommentView;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.participation.updates.Following;
import nl.rugzak.platform.participation.updates.UpdateDraft;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident's AVG rights at one municipality: see and take their data, and erase their account completely. */
class MyDataIT extends IntegrationTest {

    @Autowired
    MovableClock clock;
    @Autowired
    MyData myData;
    @Autowired
    Initiatives initiatives;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    TenantRealms realms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Updates updates;
    @Autowired
    Following following;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1));
    }

    long initiative(String realm, String user, String title, boolean submit) {
        return users.as(realm, user, () -> {
            long id = initiatives.create(new InitiativeDraft(title, "Samenvatting " + title, "", "", null, "", false));
            if (submit) {
                initiatives.submit(id);
            }
            return id;
        });
    }

    /** A world around the resident: their own things, a neighbour's, and their account at another municipality. */
    record World(long own, long draft, long neighbours, long elsewhere, CommentView ownComment, CommentView neighbourComment) {
    }

    World world(String resident, String neighbour) {
        users.ensureResident("voorbeeld", resident);
        users.ensureResident("voorbeeld", neighbour);
        users.ensureResident("oosterhaven", resident);
        long own = initiative("voorbeeld", resident, "Eigen plan van " + resident, true);
        long draft = initiative("voorbeeld", resident, "Concept van " + resident, false);
        long neighbours = initiative("voorbeeld", neighbour, "Plan van " + neighbour, true);
        long elsewhere = initiative("oosterhaven", resident, "Oosterhavens plan van " + resident, true);
        ContentRef onNeighbours = new ContentRef(InitiativesModule.ID, neighbours);
        CommentView neighbourComment = users.as("voorbeeld", neighbour, () -> comments.post(onNeighbours, "Doe mee, buren! (" + neighbour + ")"));
        CommentView ownComment = users.as("voorbeeld", resident, () -> {
            initiatives.support(neighbours);
            initiatives.follow(neighbours, true);
            initiatives.offerHelp(neighbours, "Ik kan een ladder lenen. (" + resident + ")");
            comments.support(neighbourComment.id());
            comments.report(neighbourComment.id(), "Klopt niet helemaal. (" + resident + ")");
            return comments.post(onNeighbours, "Goed idee!");
        });
        users.run("voorbeeld", neighbour, () -> {
            initiatives.support(own);
            comments.support(ownComment.id());
        });
        users.run("voorbeeld", "moderator", () -> moderation.hide(ownComment.ref(), "Te persoonlijk."));
        return new World(own, draft, neighbours, elsewhere, ownComment, neighbourComment);
    }

    @SuppressWarnings("unchecked")
    static List<Object> column(Map<String, List<Map<String, Object>>> export, String section, String key) {
        return export.get(section).stream().map(row -> row.get(key)).toList();
    }

    @Test
    void theExportHoldsExactlyThisResidentsDataAtThisMunicipality() {
        World w = world("exporteur", "exportbuur");

        var export = users.as("voorbeeld", "exporteur", () -> myData.export());
        String json = new String(users.as("voorbeeld", "exporteur", () -> myData.exportJson()), StandardCharsets.UTF_8);

        assertThat(column(export, "profiel", "naam")).containsExactly("Test Exporteur");
        assertThat(column(export, "initiatieven", "titel"))
                .containsExactlyInAnyOrder("Eigen plan van exporteur", "Concept van exporteur");
        assertThat(column(export, "steunbetuigingen", "initiatief_id")).containsExactly(w.neighbours());
        assertThat(column(export, "gevolgde_initiatieven", "initiatief_id")).containsExactly(w.neighbours());
        assertThat(column(export, "hulpaanbiedingen", "bericht")).containsExactly("Ik kan een ladder lenen. (exporteur)");
        assertThat(column(export, "reacties", "tekst")).containsExactly("Goed idee!");
        assertThat(column(export, "steun_voor_reacties", "reactie_id")).containsExactly(w.neighbourComment().id());
        assertThat(column(export, "meldingen", "reden")).containsExactly("Klopt niet helemaal. (exporteur)");
        assertThat(column(export, "moderatiebesluiten", "besluit")).containsExactly("HIDE");
        assertThat(column(export, "moderatiebesluiten", "reden")).containsExactly("Te persoonlijk.");

        assertThat(json).contains("\"gemeente\"").contains("voorbeeld").contains("Goed idee!")
                .doesNotContain("Oosterhavens plan").doesNotContain("Doe mee, buren!").doesNotContain("Exportbuur")
                .doesNotContain("moderator");
        var neighbours = users.as("voorbeeld", "exportbuur", () -> myData.export());
        assertThat(column(neighbours, "initiatieven", "titel")).containsExactly("Plan van exportbuur");
        var elsewhere = users.as("oosterhaven", "exporteur", () -> myData.export());
        assertThat(column(elsewhere, "initiatieven", "titel")).containsExactly("Oosterhavens plan van exporteur");
        assertThat(elsewhere.get("reacties")).isEmpty();
    }

    @Test
    void deletionLeavesNoPersonalDataInTheSchemaOrTheRealmAndKeepsCountsRight() {
        World w = world("wisser", "wisbuur");
        String subject = subjectOf("voorbeeld", "wisser");
        long residentId = inTenant("voorbeeld", () -> jdbc.sql("SELECT id FROM resident WHERE subject = ?")
                .param(subject).query(Long.class).single());

        // The search below finds the resident before deletion, so its silence afterwards means something.
        assertThat(inTenant("voorbeeld", () -> personalRows(subject, "wisser"))).containsKeys("resident",
                "initiative_status_change", "initiative_help_offer", "content_report");

        users.run("voorbeeld", "wisser", () -> myData.deleteAccount(false));

        inTenant("voorbeeld", () -> {
            assertThat(personalRows(subject, "wisser")).as("rows about the resident per table").isEmpty();
            for (String reference : List.of("initiative.owner_id", "initiative_support.resident_id",
                    "initiative_follow.resident_id", "initiative_help_offer.resident_id", "comment.author_id",
                    "comment_support.resident_id", "content_report.reporter_id", "resident_block.resident_id",
                    "moderation_action.about_resident_id", "resident.id")) {
                String[] parts = reference.split("\\.");
                assertThat(jdbc.sql("SELECT count(*) FROM " + parts[0] + " WHERE " + parts[1] + " = ?").param(residentId)
                        .query(Long.class).single()).as(reference).isZero();
            }
            // Their initiatives are gone; the neighbour's lost exactly one support, counted and listed alike.
            assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE id IN (?, ?)").params(w.own(), w.draft())
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT supporter_count FROM initiative WHERE id = ?").param(w.neighbours())
                    .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM initiative i WHERE supporter_count <>
                              (SELECT count(*) FROM initiative_support s WHERE s.initiative_id = i.id)""")
                    .query(Long.class).single()).isZero();
            // The comment stays as "verwijderde deelnemer", with the neighbour's support; theirs on others is gone.
            assertThat(jdbc.sql("""
                            SELECT r.display_name FROM comment c JOIN resident r ON r.id = c.author_id WHERE c.id = ?""")
                    .param(w.ownComment().id()).query(String.class).single()).isEqualTo(DeletedResident.NAME);
            assertThat(jdbc.sql("SELECT count(*) FROM comment_support WHERE comment_id = ?").param(w.ownComment().id())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM comment_support WHERE comment_id = ?")
                    .param(w.neighbourComment().id()).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM moderation_action WHERE module = 'comments' AND item_id = ?")
                    .param(w.ownComment().id()).query(Long.class).single()).isEqualTo(1);
            return null;
        });
        assertThat(realms.server().admin().realm("voorbeeld").users().searchByUsername("wisser", true)).isEmpty();
        // The same person at another municipality is another account, untouched.
        assertThat(realms.server().admin().realm("oosterhaven").users().searchByUsername("wisser", true)).hasSize(1);
        assertThat(inTenant("oosterhaven", () -> jdbc.sql("SELECT count(*) FROM initiative WHERE id = ?")
                .param(w.elsewhere()).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void aResidentMayKeepTheirInitiativesWithoutTheirName() {
        users.ensureResident("voorbeeld", "bewaarder");
        long kept = initiative("voorbeeld", "bewaarder", "Blijvend plan", true);
        long draft = initiative("voorbeeld", "bewaarder", "Weg concept", false);

        users.run("voorbeeld", "bewaarder", () -> myData.deleteAccount(true));

        inTenant("voorbeeld", () -> {
            assertThat(jdbc.sql("SELECT owner_id FROM initiative WHERE id = ?").param(kept).query(Long.class).optional())
                    .isEmpty(); // the row is there, its owner column is null
            assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE id = ?").param(kept).query(Long.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE id = ?").param(draft).query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM initiative_status_change WHERE changed_by ILIKE '%bewaarder%'")
                    .query(Long.class).single()).isZero();
            return null;
        });
        var detail = users.as("voorbeeld", "bewoner", () -> initiatives.view(kept));
        assertThat(detail.owner().displayName()).isEqualTo("verwijderde deelnemer");
        assertThat(realms.server().admin().realm("voorbeeld").users().searchByUsername("bewaarder", true)).isEmpty();
    }

    @Test
    void newsTheResidentWroteAndTopicsTheyFollowAreTheirDataToo() {
        users.ensureResident("voorbeeld", "nieuwsschrijver");
        long own = initiative("voorbeeld", "nieuwsschrijver", "Plan met nieuws", true);
        long topic = inTenant("voorbeeld", () -> jdbc.sql("SELECT min(id) FROM policy_topic").query(Long.class).single());
        long news = users.as("voorbeeld", "nieuwsschrijver", () -> {
            following.followTopic(topic, true);
            return updates.post(UpdateDraft.now(UpdateTarget.initiative(own), "Eerste schop in de grond",
                    "Vandaag zijn we begonnen. (nieuwsschrijver)"));
        });

        var export = users.as("voorbeeld", "nieuwsschrijver", () -> myData.export());
        assertThat(column(export, "nieuwsberichten", "titel")).containsExactly("Eerste schop in de grond");
        assertThat(column(export, "gevolgde_themas", "thema_id")).containsExactly(topic);

        users.run("voorbeeld", "nieuwsschrijver", () -> myData.deleteAccount(true));

        inTenant("voorbeeld", () -> {
            // The news stays with the kept initiative, but no longer carries the name copied into it.
            assertThat(jdbc.sql("SELECT author_name FROM news_update WHERE id = ?").param(news).query(String.class)
                    .single()).isEqualTo(DeletedResident.NAME);
            assertThat(jdbc.sql("SELECT count(*) FROM news_update WHERE author_name ILIKE '%nieuwsschrijver%'")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM topic_follow WHERE topic_id = ?").param(topic)
                    .query(Long.class).single()).isZero();
            return null;
        });
    }

    @Test
    void staffCannotEraseThemselvesHereAndNothingChanges() {
        long before = inTenant("voorbeeld", () -> jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single());
        assertThatThrownBy(() -> users.run("voorbeeld", "moderator", () -> myData.deleteAccount(false)))
                .isInstanceOf(ContentRejectedException.class);
        assertThat(realms.server().admin().realm("voorbeeld").users().searchByUsername("moderator", true)).hasSize(1);
        assertThat(inTenant("voorbeeld", () -> jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()))
                .isEqualTo(before);
    }

    /** Per table of the current tenant's schema, how many rows mention the resident's subject, name or e-mail. */
    Map<String, Long> personalRows(String subject, String username) {
        Map<String, Long> found = new java.util.TreeMap<>();
        String name = "Test " + Character.toUpperCase(username.charAt(0)) + username.substring(1);
        for (String table : jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""")
                .query(String.class).list()) {
            long hits = jdbc.sql("SELECT count(*) FROM \"" + table + "\" t WHERE t::text ILIKE ? OR t::text ILIKE ? "
                            + "OR t::text ILIKE ? OR t::text ILIKE ?")
                    .params("%" + subject + "%", "%" + name + "%", "%" + username + "@%", "%(" + username + ")%")
                    .query(Long.class).single();
            if (hits > 0) {
                found.put(table, hits);
            }
        }
        return found;
    }

    String subjectOf(String realm, String username) {
        return realms.server().admin().realm(realm).users().searchByUsername(username, true).getFirst().getId();
    }

    <T> T inTenant(String tenant, java.util.concurrent.Callable<T> work) {
        try {
            return TenantContext.call(new TenantId(tenant), work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
