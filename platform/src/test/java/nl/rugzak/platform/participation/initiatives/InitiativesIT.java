package nl.rugzak.platform.participation.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.moderation.BlockedException;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.support.AtOnce;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.TenantIds;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Initiatives through their services, as real users of the demo municipalities' Keycloak realms. */
class InitiativesIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    nl.rugzak.platform.support.MovableClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    InitiativeSearch search;
    @Autowired
    Moderation moderation;
    @Autowired
    ModerationPolicies policies;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        clock.advance(java.time.Duration.ofDays(1)); // fresh posting allowances for the residents these tests use
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "indiener");
            users.ensureResident(realm, "buur");
        }
    }

    static InitiativeDraft draft(String title) {
        return new InitiativeDraft(title, "Een korte samenvatting.", "Een **beschrijving**.", "Centrum", null,
                "Handen en tijd", false);
    }

    long published(String realm, String owner, String title) {
        return users.as(realm, owner, () -> {
            long id = initiatives.create(draft(title));
            initiatives.submit(id);
            return id;
        });
    }

    @Test
    void aDraftIsTheOwnersUntilSubmittedThenPublicUnderPostModeration() {
        long id = users.as("voorbeeld", "indiener", () -> initiatives.create(draft("Bankjes in het park")));

        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> initiatives.view(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(titlesOfPublicList("voorbeeld", "Bankjes")).isEmpty();

        InitiativeStatus after = users.as("voorbeeld", "indiener", () -> initiatives.submit(id));

        assertThat(after).isEqualTo(InitiativeStatus.PUBLISHED);
        assertThat(users.as("voorbeeld", "buur", () -> initiatives.view(id)).title()).isEqualTo("Bankjes in het park");
        assertThat(titlesOfPublicList("voorbeeld", "Bankjes")).containsExactly("Bankjes in het park");
    }

    @Test
    void underPreModerationASubmittedInitiativeWaitsForAModerator() {
        users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(InitiativesModule.ID, true));
        try {
            long id = published("voorbeeld", "indiener", "Moestuin op het schoolplein");

            assertThat(users.as("voorbeeld", "indiener", () -> initiatives.view(id)).status())
                    .isEqualTo(InitiativeStatus.SUBMITTED);
            assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> initiatives.view(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(users.as("voorbeeld", "moderator", () -> moderation.queue()).pending())
                    .anySatisfy(item -> assertThat(item.ref()).isEqualTo(new ContentRef(InitiativesModule.ID, id)));

            users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(InitiativesModule.ID, id)));

            assertThat(users.as("voorbeeld", "buur", () -> initiatives.view(id)).status())
                    .isEqualTo(InitiativeStatus.PUBLISHED);
            // The owner reads the approval in their own language: a mark, not a stored Dutch sentence.
            assertThat(users.as("voorbeeld", "indiener", () -> initiatives.view(id)).history().getLast())
                    .satisfies(change -> {
                        assertThat(change.to()).isEqualTo(InitiativeStatus.PUBLISHED);
                        assertThat(change.byModeration()).isTrue();
                        assertThat(change.reason()).isNull();
                    });
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(InitiativesModule.ID, false));
        }
    }

    @Test
    void fiftySimultaneousSupportsByOneResidentCountOnce() throws Exception {
        long id = published("voorbeeld", "indiener", "Zwerfafval opruimen");
        var login = users.login("voorbeeld", "buur");
        var security = application.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
        AtOnce.run(security, java.util.Collections.nCopies(50, login), new TenantId("voorbeeld"), () -> {
            initiatives.support(id);
            return null;
        });

        InitiativeDetail seen = users.as("voorbeeld", "buur", () -> initiatives.view(id));
        assertThat(seen.supporters()).isEqualTo(1);
        assertThat(seen.viewer().supported()).isTrue();
        long rows = TenantContext.call(new TenantId("voorbeeld"), () -> jdbc
                .sql("SELECT count(*) FROM initiative_support WHERE initiative_id = ?").param(id).query(Long.class).single());
        assertThat(rows).isEqualTo(1);

        users.run("voorbeeld", "buur", () -> initiatives.withdrawSupport(id));
        users.run("voorbeeld", "buur", () -> initiatives.withdrawSupport(id));
        assertThat(users.as("voorbeeld", "buur", () -> initiatives.view(id)).supporters()).isZero();
    }

    @Test
    void aResidentCannotChangeSomeoneElsesInitiativeNorItsStatus() {
        long id = published("voorbeeld", "indiener", "Buurtfeest in juni");
        long draft = users.as("voorbeeld", "indiener", () -> initiatives.create(draft("Geheim concept")));

        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.update(id, draft("Overgenomen!"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur",
                () -> initiatives.changeStatus(id, InitiativeStatus.ARCHIVED, "weg ermee")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.respond(id, "Namens de gemeente")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.helpOffers(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.deleteDraft(draft)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.submit(draft)))
                .isInstanceOf(NotFoundException.class);

        InitiativeDetail unchanged = users.as("voorbeeld", "indiener", () -> initiatives.view(id));
        assertThat(unchanged.title()).isEqualTo("Buurtfeest in juni");
        assertThat(unchanged.status()).isEqualTo(InitiativeStatus.PUBLISHED);
        assertThat(unchanged.responses()).isEmpty();
        assertThat(users.as("voorbeeld", "indiener", () -> initiatives.view(draft)).status()).isEqualTo(InitiativeStatus.DRAFT);
    }

    @Test
    void staffMoveTheStatusWithAReasonThatOnlyTheOwnerAndStaffRead() {
        long id = published("voorbeeld", "indiener", "Jeu de boules-baan");

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur",
                () -> initiatives.changeStatus(id, InitiativeStatus.COMPLETED, "klaar")))
                .isInstanceOf(InvalidInitiativeException.class).hasMessageContaining("kan een initiatief niet naar");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur",
                () -> initiatives.changeStatus(id, InitiativeStatus.IN_CONVERSATION, "  ")))
                .isInstanceOf(InvalidInitiativeException.class).hasMessageContaining("waarom");

        users.run("voorbeeld", "redacteur", () -> {
            initiatives.changeStatus(id, InitiativeStatus.IN_CONVERSATION, "We plannen een gesprek met de wijkagent.");
            initiatives.respond(id, "Goed idee, we denken mee.");
        });

        InitiativeDetail owner = users.as("voorbeeld", "indiener", () -> initiatives.view(id));
        assertThat(owner.status()).isEqualTo(InitiativeStatus.IN_CONVERSATION);
        assertThat(owner.statusReason()).isEqualTo("We plannen een gesprek met de wijkagent.");
        assertThat(owner.history()).extracting(InitiativeDetail.StatusChange::reason)
                .contains("We plannen een gesprek met de wijkagent.");
        assertThat(owner.responses()).extracting(InitiativeDetail.Response::body).containsExactly("Goed idee, we denken mee.");
        InitiativeDetail neighbour = users.as("voorbeeld", "buur", () -> initiatives.view(id));
        assertThat(neighbour.statusReason()).isNull();
        assertThat(neighbour.history()).allSatisfy(change -> assertThat(change.reason()).isNull());
        assertThat(neighbour.responses()).hasSize(1);
    }

    @Test
    void aHiddenInitiativeIsGoneForResidentsButNotForModeratorsAndItsOwnerReadsWhy() {
        long id = published("voorbeeld", "indiener", "Scheldwoorden op de muur");
        ContentRef ref = new ContentRef(InitiativesModule.ID, id);

        users.run("voorbeeld", "moderator", () -> moderation.hide(ref, "Dit initiatief bevat beledigende taal."));

        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> initiatives.view(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.support(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(titlesOfPublicList("voorbeeld", "Scheldwoorden")).isEmpty();
        assertThat(users.as("voorbeeld", "moderator", () -> initiatives.view(id)).hidden()).isTrue();
        InitiativeDetail owner = users.as("voorbeeld", "indiener", () -> initiatives.view(id));
        assertThat(owner.hidden()).isTrue();
        assertThat(owner.hiddenReason()).isEqualTo("Dit initiatief bevat beledigende taal.");

        users.run("voorbeeld", "moderator", () -> moderation.restore(ref, "Aangepast door de indiener."));
        assertThat(users.as("voorbeeld", "buur", () -> initiatives.view(id)).hidden()).isFalse();
    }

    @Test
    void aBlockedResidentCannotStartOrSubmitAnInitiative() {
        users.ensureResident("voorbeeld", "dwarsligger");
        long draft = users.as("voorbeeld", "dwarsligger", () -> initiatives.create(draft("Eerst nog welkom")));
        String sub = ((org.springframework.security.oauth2.core.oidc.user.OidcUser) users.login("voorbeeld", "dwarsligger")
                .getPrincipal()).getSubject();
        users.run("voorbeeld", "moderator", () -> moderation.block(sub, "Herhaaldelijk spam geplaatst.", null));
        try {
            assertThatThrownBy(() -> users.run("voorbeeld", "dwarsligger", () -> initiatives.create(draft("Nog meer spam"))))
                    .isInstanceOf(BlockedException.class).hasMessageContaining("spam");
            assertThatThrownBy(() -> users.run("voorbeeld", "dwarsligger", () -> initiatives.submit(draft)))
                    .isInstanceOf(BlockedException.class);
            assertThat(users.as("voorbeeld", "dwarsligger", () -> initiatives.view(draft)).status())
                    .isEqualTo(InitiativeStatus.DRAFT);
        } finally {
            users.run("voorbeeld", "moderator", () -> moderation.unblock(sub, "Test klaar."));
        }
    }

    @Test
    void anotherMunicipalitysInitiativeIsNeverSeenNorTouchedHere() {
        TenantIds.nextIdUnknownAt(jdbc, "initiative", new TenantId("oosterhaven"), new TenantId("voorbeeld"));
        long theirs = published("oosterhaven", "indiener", "Alleen in Oosterhaven");

        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> initiatives.view(theirs)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> initiatives.support(theirs)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("oosterhaven", "buur", () -> initiatives.view(theirs)).supporters()).isZero();
        assertThat(titlesOfPublicList("voorbeeld", "Oosterhaven")).isEmpty();
        // Other tests in the shared context add Oosterhaven initiatives too (e.g. the widget's), so only this one is asked for.
        assertThat(titlesOfPublicList("oosterhaven", "Oosterhaven")).contains("Alleen in Oosterhaven");
    }

    @Test
    void invalidInputChangesNothingAndSaysWhatIsWrongPerField() {
        long before = countInitiatives("voorbeeld");
        String tooLong = "x".repeat(InitiativeDraft.MAX_TITLE + 1);

        assertThatThrownBy(() -> users.run("voorbeeld", "indiener", () -> initiatives.create(
                new InitiativeDraft(tooLong, "", "d".repeat(InitiativeDraft.MAX_DESCRIPTION + 1), "", 999_999L, "", false))))
                .isInstanceOfSatisfying(InvalidInitiativeException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "De titel mag hoogstens 120 tekens hebben (nu 121).")
                        .containsKeys("summary", "description", "category"));
        assertThat(countInitiatives("voorbeeld")).isEqualTo(before);
    }

    private long countInitiatives(String realm) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql("SELECT count(*) FROM initiative")
                .query(Long.class).single());
    }

    private List<String> titlesOfPublicList(String realm, String text) {
        return TenantContext.call(new TenantId(realm), () -> search.published(
                new InitiativeFilter(text, null, null, null, InitiativeFilter.Order.NEWEST), 0).items().stream()
                .map(InitiativeCard::title).toList());
    }
}
