package nl.rugzak.platform.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.OpenReport;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.participation.initiatives.InitiativeDraft;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.FixtureItems;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #24 item 8: text with NUL, zero-width and bidirectional control characters, through the real services on the
 * real database. Nothing fails silently, nothing invisible counts as written, nothing reads backwards to a moderator.
 */
class TypedTextIT extends IntegrationTest {

    private static final TenantId VOORBEELD = new TenantId("voorbeeld");
    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";

    @Autowired
    Initiatives initiatives;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    ResidentProfiles profiles;
    @Autowired
    DemoUsers users;
    @Autowired
    FixtureItems items;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void residents() {
        awaitIdentity();
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
        users.ensureResident("voorbeeld", "tekstschrijver");
    }

    private static InitiativeDraft draft(String title) {
        return new InitiativeDraft(title, "Een korte samenvatting.", "Een beschrijving.", "Centrum", null, "", false);
    }

    private long initiativeCount() {
        return TenantContext.call(VOORBEELD, () -> jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single());
    }

    @Test
    void aTitleOfNulCharactersIsRefusedInDutchAndNothingIsSaved() {
        long before = initiativeCount();

        assertThatThrownBy(() -> users.as("voorbeeld", "tekstschrijver",
                () -> initiatives.create(draft("\u0000\u0000\u0000\u0000\u0000\u0000"))))
                .isInstanceOfSatisfying(InvalidInitiativeException.class,
                        e -> assertThat(e.problems().get("title")).isEqualTo("Geef uw initiatief een titel."));
        assertThatThrownBy(() -> users.as("voorbeeld", "tekstschrijver",
                () -> initiatives.create(draft("Ab\u0000\u0000\u0000\u0000"))))
                .isInstanceOfSatisfying(InvalidInitiativeException.class,
                        e -> assertThat(e.problems().get("title")).isEqualTo("De titel moet minstens 5 tekens hebben."));

        assertThat(initiativeCount()).isEqualTo(before);
    }

    @Test
    void aNulInsideATitleIsDroppedAndTheRestIsSaved() {
        long id = users.as("voorbeeld", "tekstschrijver",
                () -> initiatives.create(draft("Bankjes\u0000 bij de vijver")));

        assertThat(users.as("voorbeeld", "tekstschrijver", () -> initiatives.view(id)).title())
                .isEqualTo("Bankjes bij de vijver");
    }

    @Test
    void rightToLeftOverridesAreDroppedFromTitlesCommentsReasonsAndNames() {
        long id = users.as("voorbeeld", "tekstschrijver",
                () -> initiatives.create(draft("Foto " + RLO + "gnp.exe" + PDF + " \u2066bij\u2069 het plein")));
        assertThat(users.as("voorbeeld", "tekstschrijver", () -> initiatives.view(id)).title())
                .isEqualTo("Foto gnp.exe bij het plein");

        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create("Speeltuin " + RLO + "nieuw",
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
        var comment = users.as("voorbeeld", "tekstschrijver", () -> comments.post(item, "Mooi " + RLO + "plan\u202A!"));
        assertThat(comment.text()).isEqualTo("Mooi plan!");

        users.run("voorbeeld", "bewoner", () -> comments.report(comment.id(), "Spam " + RLO + "kcilk"));
        OpenReport report = users.as("voorbeeld", "moderator", () -> moderation.queue()).reports().stream()
                .filter(r -> r.item().ref().equals(new ContentRef("comments", comment.id()))).findFirst().orElseThrow();
        assertThat(report.reason()).isEqualTo("Spam kcilk");

        // A name from Keycloak goes through the same rule before anyone sees it.
        TenantContext.run(VOORBEELD, () -> profiles.recordLogin("naam-met-rlo", "Eva " + RLO + "nosnaJ", null));
        assertThat(TenantContext.call(VOORBEELD, () -> profiles.find("naam-met-rlo")).orElseThrow().displayName())
                .isEqualTo("Eva nosnaJ");
    }

    @Test
    void aCommentOfOnlyZeroWidthCharactersIsEmpty() {
        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create("Bomen planten",
                users.account("voorbeeld", "redacteur").subject(), "Roos Redacteur", Visibility.VISIBLE));
        long before = TenantContext.call(VOORBEELD, () -> comments.count(item));

        for (String invisible : new String[] {"\u200B\u200B\u200B", "\u200D\uFEFF\u2060", " \u200C\u3164 \u2800",
                RLO + PDF}) {
            assertThatThrownBy(() -> users.as("voorbeeld", "tekstschrijver", () -> comments.post(item, invisible)))
                    .isInstanceOf(ContentRejectedException.class).hasMessage("Vul uw reactie in.");
        }

        assertThat(TenantContext.call(VOORBEELD, () -> comments.count(item))).isEqualTo(before);
        // Inside text, joiners stay: the family emoji is one picture, not three.
        var family = users.as("voorbeeld", "tekstschrijver",
                () -> comments.post(item, "\u200B Wij 👨\u200D👩\u200D👧 doen mee \u200B"));
        assertThat(family.text()).isEqualTo("Wij 👨\u200D👩\u200D👧 doen mee");
    }
}
