package nl.rugzak.platform.participation.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.mydata.PersonalDataHolder.Erasure;
import nl.rugzak.platform.participation.projects.PhaseDraft;
import nl.rugzak.platform.participation.projects.ProjectDraft;
import nl.rugzak.platform.participation.projects.Projects;
import nl.rugzak.platform.support.AtOnce;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Ideas in a project's phase through the services, as real users of the demo municipalities' realms. */
class IdeasIT extends IntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    MovableClock clock;
    @Autowired
    Projects projects;
    @Autowired
    Ideas ideas;
    @Autowired
    IdeaPublicItems publicItems;
    @Autowired
    IdeasPersonalData personalData;
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
        clock.advance(Duration.ofDays(1)); // fresh posting allowances
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "indiener");
            users.ensureResident(realm, "buur");
        }
    }

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    /** A published project whose current phase (today and the next four days) collects ideas; returns the phase. */
    long ideasPhase(String realm, Integer threshold) {
        return users.as(realm, "redacteur", () -> {
            long project = projects.create(new ProjectDraft("Plein " + System.nanoTime(), "Samenvatting", "", "", "", List.of()));
            long phase = projects.addPhase(project, new PhaseDraft("Ideeën", today(), today().plusDays(4), "Deel uw idee", false));
            projects.addPhase(project, new PhaseDraft("Kiezen", today().plusDays(5), today().plusDays(9), "Kies", false));
            projects.publish(project);
            ideas.collectIn(phase, threshold, null);
            return phase;
        });
    }

    static IdeaDraft draft(String title) {
        return new IdeaDraft(title, "Een beschrijving van het idee.", "Bij de kerk", IdeaCategory.GREEN);
    }

    @Test
    void aResidentSubmitsOthersSupportOnceAndStaffSelectWithAReason() {
        long phase = ideasPhase("voorbeeld", 2);
        long id = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Bomen langs de kade")));

        users.run("voorbeeld", "buur", () -> ideas.support(id));
        users.run("voorbeeld", "buur", () -> ideas.support(id));
        users.run("voorbeeld", "indiener", () -> ideas.support(id));
        IdeaDetail seen = users.as("voorbeeld", "buur", () -> ideas.view(id));
        assertThat(seen.supports()).isEqualTo(2);
        assertThat(seen.thresholdReached()).isTrue();
        assertThat(seen.viewer().supported()).isTrue();
        assertThat(users.as("voorbeeld", "redacteur", () -> ideas.inPhase(phase, Ideas.Order.MOST_SUPPORTED, 0)))
                .extracting(IdeaCard::title).containsExactly("Bomen langs de kade");

        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> ideas.judge(id, IdeaStatus.SELECTED, "Ja", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> ideas.judge(id, IdeaStatus.SELECTED, " ", null)))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems())
                        .containsEntry("reason", "Schrijf waarom. Bewoners lezen deze reden."));
        users.run("voorbeeld", "redacteur", () -> ideas.judge(id, IdeaStatus.SELECTED, "Past in het ontwerp.", null));

        IdeaDetail selected = users.as("voorbeeld", "buur", () -> ideas.view(id));
        assertThat(selected.status()).isEqualTo(IdeaStatus.SELECTED);
        assertThat(selected.statusReason()).isEqualTo("Past in het ontwerp.");
        // The budgets module turns selected ideas into budget projects: they are its public items.
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> publicItems.recent(50)))
                .anySatisfy(item -> {
                    assertThat(item.id()).isEqualTo(id);
                    assertThat(item.link()).endsWith("/ideeen/" + id);
                });
        assertThatThrownBy(() -> users.run("voorbeeld", "indiener", () -> ideas.update(id, draft("Anders nu"))))
                .isInstanceOf(InvalidIdeaException.class);
    }

    @Test
    void aMergedIdeaPointsToAnotherIdeaOfTheSamePhase() {
        long phase = ideasPhase("voorbeeld", null);
        long other = ideasPhase("voorbeeld", null);
        long a = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Meer bankjes")));
        long b = users.as("voorbeeld", "buur", () -> ideas.submit(phase, draft("Bankjes bij de vijver")));
        long elsewhere = users.as("voorbeeld", "buur", () -> ideas.submit(other, draft("Bankjes elders")));

        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> ideas.judge(b, IdeaStatus.MERGED, "Zelfde", elsewhere)))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems()).containsKey("mergedInto"));
        users.run("voorbeeld", "redacteur", () -> ideas.judge(b, IdeaStatus.MERGED, "Zelfde idee als Meer bankjes.", a));

        IdeaDetail merged = users.as("voorbeeld", "indiener", () -> ideas.view(b));
        assertThat(merged.mergedIntoId()).isEqualTo(a);
        assertThat(merged.mergedIntoTitle()).isEqualTo("Meer bankjes");
        assertThatThrownBy(() -> users.run("voorbeeld", "indiener", () -> ideas.support(b)))
                .isInstanceOf(InvalidIdeaException.class);
    }

    @Test
    void fiftySimultaneousSupportsByOneResidentCountOnce() throws Exception {
        long phase = ideasPhase("voorbeeld", null);
        long id = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Zwerfafval opruimen")));
        var login = users.login("voorbeeld", "buur");
        var security = application.getBean(SecurityContextHolderStrategy.class);
        AtOnce.run(security, java.util.Collections.nCopies(50, login), new TenantId("voorbeeld"), () -> {
            ideas.support(id);
            return null;
        });

        assertThat(users.as("voorbeeld", "buur", () -> ideas.view(id)).supports()).isEqualTo(1);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> jdbc
                .sql("SELECT count(*) FROM idea_support WHERE idea_id = ?").param(id).query(Long.class).single())).isEqualTo(1);
        users.run("voorbeeld", "buur", () -> ideas.withdrawSupport(id));
        users.run("voorbeeld", "buur", () -> ideas.withdrawSupport(id));
        assertThat(users.as("voorbeeld", "buur", () -> ideas.view(id)).supports()).isZero();
    }

    @Test
    void thePhaseDatesDecideWhenIdeasCanBeSubmittedAndSupported() {
        long phase = ideasPhase("voorbeeld", null);
        long id = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Kunst op het plein")));
        long before = count("voorbeeld");

        clock.advance(Duration.ofDays(5)); // the ideas phase ended yesterday; the next phase runs

        assertThatThrownBy(() -> users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Te laat"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("voorbij");
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> ideas.support(id)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("voorbij");
        assertThat(count("voorbeeld")).isEqualTo(before);
        assertThat(users.as("voorbeeld", "buur", () -> ideas.view(id)).viewer().mayTakePart()).isFalse();

        // A phase that has not started yet takes no ideas either.
        long later = users.as("voorbeeld", "redacteur", () -> {
            long project = projects.create(new ProjectDraft("Later plein", "Samenvatting", "", "", "", List.of()));
            long p = projects.addPhase(project, new PhaseDraft("Ideeën", today().plusDays(2), today().plusDays(6), "", false));
            projects.publish(project);
            ideas.collectIn(p, null, today().plusDays(3));
            return p;
        });
        assertThatThrownBy(() -> users.as("voorbeeld", "indiener", () -> ideas.submit(later, draft("Te vroeg"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("nog niet begonnen");
        clock.advance(Duration.ofDays(2));
        users.as("voorbeeld", "indiener", () -> ideas.submit(later, draft("Precies op tijd")));
        clock.advance(Duration.ofDays(2)); // past the deadline, still inside the phase
        assertThatThrownBy(() -> users.as("voorbeeld", "indiener", () -> ideas.submit(later, draft("Na de deadline"))))
                .isInstanceOf(InvalidIdeaException.class).hasMessageContaining("geen ideeën meer");
    }

    @Test
    void badInputSaysWhatIsWrongInDutchAndStoresNothing() {
        long phase = ideasPhase("voorbeeld", null);
        long before = count("voorbeeld");
        assertThatThrownBy(() -> users.as("voorbeeld", "indiener", () -> ideas.submit(phase,
                new IdeaDraft("", "x".repeat(100_000), "", null))))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "Geef uw idee een titel.")
                        .containsEntry("description", "Dit mag hoogstens 5000 tekens hebben (nu 100000).")
                        .containsEntry("category", "Kies waar uw idee over gaat."));
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> ideas.collectIn(phase, 0, today().plusYears(1))))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems())
                        .containsKeys("threshold", "deadline"));
        long id = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Met een foto")));
        assertThatThrownBy(() -> users.run("voorbeeld", "indiener", () -> ideas.setImage(id, "geen plaatje".getBytes(), "Een boom")))
                .isInstanceOfSatisfying(InvalidIdeaException.class, e -> assertThat(e.problems()).containsKey("image"));
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> ideas.setImage(id, new byte[0], "Een boom")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("voorbeeld")).isEqualTo(before + 1);
    }

    @Test
    void underPreModerationAnIdeaWaitsAndAHiddenOneIsGoneForOthers() {
        long phase = ideasPhase("voorbeeld", null);
        users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(IdeasModule.ID, true));
        long id;
        try {
            id = users.as("voorbeeld", "indiener", () -> ideas.submit(phase, draft("Eerst even kijken")));
        } finally {
            users.run("voorbeeld", "moderator", () -> policies.setItemsPremoderated(IdeasModule.ID, false));
        }
        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> ideas.view(id))).isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "indiener", () -> ideas.view(id)).waiting()).isTrue();
        users.run("voorbeeld", "moderator", () -> moderation.approve(new ContentRef(IdeasModule.ID, id)));
        assertThat(users.as("voorbeeld", "buur", () -> ideas.view(id)).waiting()).isFalse();

        users.run("voorbeeld", "moderator", () -> moderation.hide(new ContentRef(IdeasModule.ID, id), "Scheldwoorden."));
        assertThatThrownBy(() -> users.as("voorbeeld", "buur", () -> ideas.view(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "buur", () -> ideas.support(id))).isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "buur", () -> ideas.inPhase(phase, Ideas.Order.NEWEST, 0))).isEmpty();
    }

    @Test
    void erasureKeepsIdeasWithoutTheirNameOrDeletesThem() {
        long phase = ideasPhase("voorbeeld", null);
        users.ensureResident("voorbeeld", "vertrekker");
        long kept = users.as("voorbeeld", "vertrekker", () -> ideas.submit(phase, draft("Blijft staan")));
        long other = users.as("voorbeeld", "buur", () -> ideas.submit(phase, draft("Van de buur")));
        users.run("voorbeeld", "vertrekker", () -> ideas.support(other));
        long resident = residentId("voorbeeld", "vertrekker");

        var export = TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(resident));
        assertThat(export.get("ideeen")).hasSize(1);
        assertThat(export.get("gesteunde_ideeen")).hasSize(1);

        TenantContext.run(new TenantId("voorbeeld"), () -> personalData.erase(new Erasure(resident, "Vertrekker", 0, true)));
        IdeaDetail anonymous = users.as("voorbeeld", "buur", () -> ideas.view(kept));
        assertThat(anonymous.authorName()).isNull();
        assertThat(users.as("voorbeeld", "buur", () -> ideas.view(other)).supports()).isZero();

        long gone = users.as("voorbeeld", "buur", () -> ideas.submit(phase, draft("Gaat weg")));
        long buur = residentId("voorbeeld", "buur");
        TenantContext.run(new TenantId("voorbeeld"), () -> personalData.erase(new Erasure(buur, "Buur", 0, false)));
        assertThatThrownBy(() -> users.as("voorbeeld", "indiener", () -> ideas.view(gone))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherMunicipalitysIdeasAreNeverSeenHere() {
        long phase = ideasPhase("oosterhaven", null);
        long theirs = users.as("oosterhaven", "indiener", () -> ideas.submit(phase, draft("Alleen in Oosterhaven")));
        try {
            assertThat(users.as("voorbeeld", "buur", () -> ideas.view(theirs)).title()).isNotEqualTo("Alleen in Oosterhaven");
        } catch (NotFoundException expected) {
            // nothing with that id here
        }
        assertThat(users.as("voorbeeld", "buur", () -> ideas.newest(100)))
                .noneSatisfy(card -> assertThat(card.title()).isEqualTo("Alleen in Oosterhaven"));
        assertThat(users.as("oosterhaven", "buur", () -> ideas.newest(100)))
                .anySatisfy(card -> assertThat(card.title()).isEqualTo("Alleen in Oosterhaven"));
    }

    private long count(String realm) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql("SELECT count(*) FROM idea").query(Long.class).single());
    }

    private long residentId(String realm, String username) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql("SELECT id FROM resident WHERE subject = ?")
                .param(users.account(realm, username).subject()).query(Long.class).single());
    }
}
