package nl.rugzak.platform.participation.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.mydata.PersonalDataHolder.Erasure;
import nl.rugzak.platform.participation.polls.PollDraft.OptionDraft;
import nl.rugzak.platform.support.AtOnce;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.rugzak.platform.notifications.NotificationList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Polls through their services, as real accounts of the demo municipalities' Keycloak realms. */
class PollsIT extends IntegrationTest {

    @Autowired
    Polls polls;
    @Autowired
    PollExport export;
    @Autowired
    PollSharing sharing;
    @Autowired
    PollActivity activity;
    @Autowired
    PollsPersonalData personalData;
    @Autowired
    MovableClock clock;
    @Autowired
    PollResultNotices resultNotices;
    @Autowired
    NotificationList notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void realms() {
        awaitIdentity();
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "stemmer");
            users.ensureResident(realm, "buurvrouw");
        }
    }

    PollDraft draft(String question, ResultsVisibility visibility, boolean changeVote, String... options) {
        Instant now = clock.instant();
        return new PollDraft(question, "", List.of(options).stream().map(OptionDraft::of).toList(), false, 1,
                now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(2)), Placement.SITE, changeVote, visibility);
    }

    long openPoll(String realm, PollDraft draft) {
        return users.as(realm, "redacteur", () -> {
            long id = polls.create(draft);
            polls.schedule(id);
            return id;
        });
    }

    long option(String realm, String who, long poll, int index) {
        return users.as(realm, who, () -> polls.view(poll)).options().get(index).id();
    }

    <T> T anonymous(String realm, Supplier<T> work) {
        return TenantContext.call(new TenantId(realm), work::get);
    }

    @Test
    void anEditorSchedulesAPollAResidentVotesAndSeesTheResultsAfterVoting() {
        long id = users.as("voorbeeld", "redacteur", () -> polls.create(draft("Welke naam krijgt het plein?",
                ResultsVisibility.AFTER_VOTING, false, "Marktplein", "Kerkplein", "Dorpsplein")));
        assertThatThrownBy(() -> users.as("voorbeeld", "stemmer", () -> polls.view(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.view(id)).status()).isEqualTo(PollStatus.DRAFT);

        users.run("voorbeeld", "redacteur", () -> polls.schedule(id));
        Poll before = users.as("voorbeeld", "stemmer", () -> polls.view(id));
        assertThat(before.status()).isEqualTo(PollStatus.OPEN);
        assertThat(before.results()).isEmpty();
        assertThat(before.acceptsVoteFrom(true)).isTrue();

        long kerkplein = before.options().get(1).id();
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(kerkplein)));

        Poll after = users.as("voorbeeld", "stemmer", () -> polls.view(id));
        assertThat(after.myChoices()).containsExactly(kerkplein);
        assertThat(after.results()).get().satisfies(results -> {
            assertThat(results.voters()).isEqualTo(1);
            assertThat(results.options()).extracting(PollResults.OptionCount::votes).containsExactly(0, 1, 0);
        });
        // Someone who has not voted, staff included, does not see the counts yet.
        assertThat(users.as("voorbeeld", "buurvrouw", () -> polls.view(id)).results()).isEmpty();
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.view(id)).results()).isEmpty();
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.view(id)).rulesFrozen()).isTrue();
        assertThat(users.as("voorbeeld", "buurvrouw", () -> polls.view(id)).rulesFrozen()).isFalse();

        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(before.options()
                .getFirst().id())))).isInstanceOf(InvalidPollException.class).hasMessageContaining("al gestemd");

        users.run("voorbeeld", "redacteur", () -> polls.close(id));
        assertThat(users.as("voorbeeld", "buurvrouw", () -> polls.view(id)).results()).isPresent();
        users.run("voorbeeld", "redacteur", () -> polls.archive(id));
        assertThat(anonymous("voorbeeld", () -> polls.published()).stream().map(PollSummary::id)).doesNotContain(id);
        assertThat(anonymous("voorbeeld", () -> polls.view(id)).status()).isEqualTo(PollStatus.ARCHIVED);
    }

    @Test
    void onlyEditorsWriteSchedulesCloseAndExport() {
        long id = openPoll("voorbeeld", draft("Mag de kermis langer blijven?", ResultsVisibility.LIVE, false,
                "Ja", "Nee"));
        for (String who : List.of("stemmer", "moderator")) {
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> polls.create(draft("Overgenomen?",
                    ResultsVisibility.LIVE, false, "a", "b")))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> polls.close(id)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> export.csv(id, Locale.of("nl"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run("voorbeeld", who, () -> polls.forStaff()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> anonymous("voorbeeld", () -> {
            polls.vote(id, List.of(1L));
            return null;
        })).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.view(id)).status()).isEqualTo(PollStatus.OPEN);
    }

    @Test
    void hiddenResultsStayHiddenOnEveryPathUntilTheyArePublic() {
        long id = openPoll("voorbeeld", draft("Waar komt de nieuwe bank?", ResultsVisibility.AFTER_CLOSING, false,
                "Bij de vijver", "Bij de speeltuin"));
        long vijver = option("voorbeeld", "stemmer", id, 0);
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(vijver)));

        assertThat(users.as("voorbeeld", "stemmer", () -> polls.view(id)).results()).isEmpty();
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.view(id)).results()).isEmpty();
        assertThat(users.as("voorbeeld", "beheerder", () -> polls.view(id)).results()).isEmpty();
        assertThat(anonymous("voorbeeld", () -> polls.view(id)).results()).isEmpty();
        assertThat(anonymous("voorbeeld", () -> polls.publicResults(id))).isEmpty();
        assertThatThrownBy(() -> users.as("voorbeeld", "redacteur", () -> export.csv(id, Locale.of("nl"))))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("nog niet openbaar");
        String widget = anonymous("voorbeeld", () -> sharing.latest(500)).stream()
                .filter(item -> item.path().equals("/peilingen/" + id)).findFirst().orElseThrow().summary();
        assertThat(widget).doesNotContain("%").doesNotContain("1");
        assertThat(anonymous("voorbeeld", () -> sharing.describe("/peilingen/" + id))).get()
                .satisfies(meta -> assertThat(meta.title() + meta.description()).doesNotContain("%"));
        String feed = site("voorbeeld.localhost").get("/feeds/peilingen.atom").body();
        assertThat(feed).contains("Waar komt de nieuwe bank?").doesNotContain("Bij de vijver");
        String page = site("voorbeeld.localhost").get("/peilingen/" + id).body();
        assertThat(page).contains("Waar komt de nieuwe bank?").doesNotContain("Bij de vijver");
        assertThat(page).doesNotContainPattern("og:description\"[^>]*%");

        users.run("voorbeeld", "redacteur", () -> polls.close(id));

        assertThat(anonymous("voorbeeld", () -> polls.publicResults(id))).get()
                .satisfies(results -> assertThat(results.voters()).isEqualTo(1));
        byte[] csv = users.as("voorbeeld", "redacteur", () -> export.csv(id, Locale.of("nl")));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(3);
        assertThat(text).contains("Bij de vijver;1;100;1").contains("Bij de speeltuin;0;0;1")
                .doesNotContain("Stemmer").doesNotContain(users.account("voorbeeld", "stemmer").subject());
        assertThat(anonymous("voorbeeld", () -> sharing.latest(500)).stream()
                .filter(item -> item.path().equals("/peilingen/" + id)).findFirst().orElseThrow().summary())
                .contains("Bij de vijver 100%");
        assertThat(anonymous("voorbeeld", () -> activity.recent(50))).anySatisfy(a -> {
            assertThat(a.link()).isEqualTo("/peilingen/" + id);
            assertThat(a.kindKey()).isEqualTo("polls.activity.results");
        });
    }

    @Test
    void fiftySimultaneousVotesByOneResidentCountOnce() throws Exception {
        long id = openPoll("voorbeeld", draft("Welke boom planten we?", ResultsVisibility.LIVE, true,
                "Eik", "Linde", "Beuk"));
        long linde = option("voorbeeld", "stemmer", id, 1);
        var login = users.login("voorbeeld", "stemmer");
        users.run("voorbeeld", "stemmer", () -> { }); // records the profile, as a login does
        voteAtOnce(java.util.Collections.nCopies(50, login), id, linde);

        Poll seen = users.as("voorbeeld", "stemmer", () -> polls.view(id));
        assertThat(seen.results()).get().satisfies(results -> {
            assertThat(results.voters()).isEqualTo(1);
            assertThat(results.options()).extracting(PollResults.OptionCount::votes).containsExactly(0, 1, 0);
        });
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isEqualTo(1);
        assertThat(count("voorbeeld", """
                SELECT count(*) FROM poll_vote_choice c JOIN poll_vote v ON v.id = c.vote_id
                 WHERE v.poll_id = ?""", id)).isEqualTo(1);
    }

    @Test
    void manyNewcomersVotingAtOnceAllCount() throws Exception {
        // Residents who never logged in on the site (e.g. an app with an API token) have no profile yet; it is made
        // inside the vote. Made beside it, on a second connection, a dozen newcomers at once starved the
        // municipality's small pool: each held one connection and waited for another.
        long id = openPoll("voorbeeld", draft("Waar komt de nieuwe bank?", ResultsVisibility.LIVE, false,
                "Bij de vijver", "Bij de speeltuin"));
        long vijver = option("voorbeeld", "stemmer", id, 0);
        int newcomers = 12;
        String run = Long.toString(System.nanoTime(), 36);
        List<org.springframework.security.core.Authentication> residents = new ArrayList<>();
        for (int i = 0; i < newcomers; i++) {
            residents.add(users.authentication(new DemoUsers.Account("voorbeeld", "nieuw-" + run + "-" + i,
                    "nieuw-" + run + "-" + i, "Nieuwkomer " + i, null, List.of("resident")), "Nieuwkomer " + i));
        }
        voteAtOnce(residents, id, vijver);
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isEqualTo(newcomers);
        assertThat(count("voorbeeld", "SELECT count(*) FROM resident WHERE subject LIKE ?", "nieuw-" + run + "-%"))
                .isEqualTo(newcomers);
    }

    @Test
    void aResidentChangesTheirVoteWhenThePollAllowsIt() {
        long id = openPoll("voorbeeld", draft("Welke kleur krijgen de bankjes?", ResultsVisibility.LIVE, true,
                "Groen", "Blauw"));
        long groen = option("voorbeeld", "stemmer", id, 0);
        long blauw = option("voorbeeld", "stemmer", id, 1);
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(groen)));
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(blauw)));

        Poll seen = users.as("voorbeeld", "buurvrouw", () -> polls.view(id));
        assertThat(seen.results().orElseThrow().options()).extracting(PollResults.OptionCount::votes)
                .containsExactly(0, 1);
        assertThat(seen.results().orElseThrow().voters()).isEqualTo(1);
        assertThat(users.as("voorbeeld", "stemmer", () -> polls.view(id)).myChoices()).containsExactly(blauw);
    }

    @Test
    void multipleChoiceHasItsMaximum() {
        Instant now = clock.instant();
        long id = openPoll("voorbeeld", new PollDraft("Wat wilt u in het park?", "", List.of(OptionDraft.of("Bankjes"),
                OptionDraft.of("Bomen"), OptionDraft.of("Speeltoestellen")), true, 2, now.minusSeconds(60),
                now.plus(Duration.ofDays(1)), Placement.SITE, false, ResultsVisibility.LIVE));
        Poll poll = users.as("voorbeeld", "stemmer", () -> polls.view(id));
        List<Long> all = poll.options().stream().map(Poll.PollOption::id).toList();
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, all)))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("hoogstens 2");
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, all.subList(0, 2)));
        PollResults results = users.as("voorbeeld", "stemmer", () -> polls.view(id)).results().orElseThrow();
        assertThat(results.voters()).isEqualTo(1);
        assertThat(results.options()).extracting(PollResults.OptionCount::votes).containsExactly(1, 1, 0);
    }

    @Test
    void aRefusedBallotLeavesNoVoteAndNoCountSoTheResidentCanStillVote() {
        // The vote statement writes before the checks run on the poll it read: a refusal must take it all back.
        Instant now = clock.instant();
        long id = openPoll("voorbeeld", new PollDraft("Waar komt de nieuwe speeltuin?", "", List.of(
                OptionDraft.of("Bij de school"), OptionDraft.of("In het park"), OptionDraft.of("Aan de haven")), true, 2,
                now.minusSeconds(60), now.plus(Duration.ofDays(1)), Placement.SITE, false, ResultsVisibility.LIVE));
        long other = openPoll("voorbeeld", draft("Een andere vraag", ResultsVisibility.LIVE, false, "Ja", "Nee"));
        long school = option("voorbeeld", "stemmer", id, 0);
        long park = option("voorbeeld", "stemmer", id, 1);
        long ofTheOtherPoll = option("voorbeeld", "stemmer", other, 0);
        List<Long> aThousand = java.util.stream.LongStream.range(0, 1_000).map(n -> school + n).boxed().toList();

        record Refusal(List<Long> ballot, String says) {
        }
        for (Refusal refusal : List.of(new Refusal(List.of(), "Kies eerst"), new Refusal(aThousand, "hoogstens 2"),
                new Refusal(List.of(school, ofTheOtherPoll), "hoort niet bij"),
                new Refusal(List.of(school, park, option("voorbeeld", "stemmer", id, 2)), "hoogstens 2"))) {
            assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, refusal.ballot())))
                    .as("ballot %s", refusal.ballot().size() > 5 ? "of 1,000 ids" : refusal.ballot())
                    .isInstanceOf(InvalidPollException.class).hasMessageContaining(refusal.says());
            assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isZero();
            assertThat(count("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM poll_count WHERE poll_id = ?", id))
                    .isZero();
        }

        assertThat(users.as("voorbeeld", "stemmer", () -> polls.castVote(id, List.of(park, school))))
                .containsExactlyInAnyOrder(school, park);
        assertThat(users.as("voorbeeld", "stemmer", () -> polls.view(id)).results().orElseThrow().options())
                .extracting(PollResults.OptionCount::votes).containsExactly(1, 1, 0);
    }

    @Test
    void afterTheFirstVoteTheRulesAreFrozenAndOnlyTyposAreCorrectedAndRecorded() {
        long id = openPoll("voorbeeld", draft("Welke speeltoestel komt er bij de schooll?", ResultsVisibility.LIVE,
                false, "Glijbaan", "Schommell"));
        PollDraft before = users.as("voorbeeld", "redacteur", () -> polls.draftOf(id));
        // Before any vote everything may change, also the options.
        users.run("voorbeeld", "redacteur", () -> polls.update(id, new PollDraft(before.question(), "",
                List.of(before.options().get(0), before.options().get(1), OptionDraft.of("Klimrek")), false, 1,
                before.opensAt(), before.closesAt(), Placement.SITE, false, ResultsVisibility.LIVE)));
        long glijbaan = option("voorbeeld", "stemmer", id, 0);
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(glijbaan)));
        PollDraft stored = users.as("voorbeeld", "redacteur", () -> polls.draftOf(id));

        List<OptionDraft> fewer = stored.options().subList(0, 2);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> polls.update(id, new PollDraft(
                stored.question(), "", fewer, false, 1, stored.opensAt(), stored.closesAt(), Placement.SITE, false,
                ResultsVisibility.LIVE)))).isInstanceOf(InvalidPollException.class).hasMessageContaining("al gestemd");
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> polls.update(id, new PollDraft(
                stored.question(), "", stored.options(), true, 2, stored.opensAt(), stored.closesAt(), Placement.SITE,
                false, ResultsVisibility.LIVE)))).isInstanceOf(InvalidPollException.class);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> polls.update(id, new PollDraft(
                stored.question(), "", stored.options(), false, 1, stored.opensAt(), stored.closesAt(), Placement.SITE,
                false, ResultsVisibility.AFTER_CLOSING)))).isInstanceOf(InvalidPollException.class);

        List<OptionDraft> corrected = List.of(stored.options().get(0),
                new OptionDraft(stored.options().get(1).id(), "Schommel"), stored.options().get(2));
        users.run("voorbeeld", "redacteur", () -> polls.update(id, new PollDraft(
                "Welk speeltoestel komt er bij de school?", "", corrected, false, 1, stored.opensAt(),
                stored.closesAt(), Placement.SITE, false, ResultsVisibility.LIVE)));

        Poll now = users.as("voorbeeld", "stemmer", () -> polls.view(id));
        assertThat(now.question()).isEqualTo("Welk speeltoestel komt er bij de school?");
        assertThat(now.options()).extracting(Poll.PollOption::label).containsExactly("Glijbaan", "Schommel", "Klimrek");
        assertThat(now.results().orElseThrow().options().getFirst().votes()).isEqualTo(1);
        assertThat(users.as("voorbeeld", "redacteur", () -> polls.corrections(id)))
                .extracting(PollCorrection::field, PollCorrection::oldText, PollCorrection::newText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("question", "Welke speeltoestel komt er bij de schooll?",
                                "Welk speeltoestel komt er bij de school?"),
                        org.assertj.core.groups.Tuple.tuple("option", "Schommell", "Schommel"));
    }

    @Test
    void votingAfterTheClosingTimeIsRefused() {
        Instant now = clock.instant();
        long id = openPoll("voorbeeld", new PollDraft("Komt er een zebrapad?", "", List.of(OptionDraft.of("Ja"),
                OptionDraft.of("Nee")), false, 1, now.minusSeconds(60), now.plus(Duration.ofHours(1)), Placement.SITE,
                false, ResultsVisibility.AFTER_CLOSING));
        long ja = option("voorbeeld", "stemmer", id, 0);
        clock.advance(Duration.ofHours(2));

        assertThat(users.as("voorbeeld", "stemmer", () -> polls.view(id)).status()).isEqualTo(PollStatus.CLOSED);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(ja))))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("gesloten");
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isZero();
    }

    @Test
    void aScheduledPollOpensByTheClock() {
        Instant now = clock.instant();
        long id = openPoll("voorbeeld", new PollDraft("Wanneer is de braderie?", "", List.of(OptionDraft.of("Mei"),
                OptionDraft.of("Juni")), false, 1, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                Placement.SITE, false, ResultsVisibility.LIVE));
        long mei = option("voorbeeld", "stemmer", id, 0);
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(mei))))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("nog niet open");
        clock.advance(Duration.ofHours(2));
        users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(mei)));
        assertThat(users.as("voorbeeld", "stemmer", () -> polls.view(id)).myChoices()).containsExactly(mei);
    }

    @Test
    void oneMunicipalityCannotSeeOrVoteInAnothersPolls() {
        long id = openPoll("voorbeeld", draft("Alleen voor Voorbeeldstad", ResultsVisibility.LIVE, false,
                "Voor", "Tegen"));
        long voor = option("voorbeeld", "stemmer", id, 0);

        assertThat(anonymous("oosterhaven", () -> polls.published()).stream().map(PollSummary::question))
                .doesNotContain("Alleen voor Voorbeeldstad");
        try {
            Poll there = users.as("oosterhaven", "stemmer", () -> polls.view(id));
            assertThat(there.question()).isNotEqualTo("Alleen voor Voorbeeldstad");
        } catch (NotFoundException expected) {
            assertThat(expected).isNotNull();
        }
        assertThatThrownBy(() -> users.run("oosterhaven", "stemmer", () -> polls.vote(id, List.of(voor))))
                .isInstanceOfAny(NotFoundException.class, InvalidPollException.class);
        assertThat(anonymous("oosterhaven", () -> sharing.describe("/peilingen/" + id)).map(meta -> meta.title()))
                .isNotEqualTo(java.util.Optional.of("Alleen voor Voorbeeldstad"));
        assertThat(count("voorbeeld", "SELECT coalesce(sum(votes), 0) FROM poll_count WHERE poll_id = ? AND option_id = 0", id)).isZero();
    }

    @Test
    void badInputGetsADutchMessageAtTheFieldAndNothingIsStored() {
        long before = count("voorbeeld", "SELECT count(*) FROM poll");
        Instant now = clock.instant();
        String[] twentyOne = new String[21];
        for (int i = 0; i < 21; i++) {
            twentyOne[i] = "Keuze " + (i + 1);
        }
        record Case(PollDraft draft, String field, String words) {
        }
        List<Case> cases = List.of(
                new Case(draft("  ", ResultsVisibility.LIVE, false, "a", "b"), "question", "Schrijf de vraag"),
                new Case(draft("Eén keuze?", ResultsVisibility.LIVE, false, "alleen"), "options", "minstens 2"),
                new Case(draft("Te veel?", ResultsVisibility.LIVE, false, twentyOne), "options", "hoogstens 20"),
                new Case(draft("Dubbel?", ResultsVisibility.LIVE, false, "Ja", "ja "), "options", "twee keer"),
                new Case(new PollDraft("Omgekeerd?", "", List.of(OptionDraft.of("a"), OptionDraft.of("b")), false, 1,
                        now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)), Placement.SITE, false,
                        ResultsVisibility.LIVE), "closesAt", "moet sluiten na"),
                new Case(draft("x".repeat(100_000), ResultsVisibility.LIVE, false, "a", "b"), "question",
                        "hoogstens 300 tekens"),
                // Only invisible characters is empty (issue #24 item 8: one rule for all typed text).
                new Case(draft("\u200B\u202E\u0007", ResultsVisibility.LIVE, false, "a", "b"), "question",
                        "Schrijf de vraag"));
        for (Case c : cases) {
            assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> polls.create(c.draft())))
                    .isInstanceOfSatisfying(InvalidPollException.class, e -> {
                        assertThat(e.problems()).containsKey(c.field());
                        assertThat(e.problems().get(c.field())).contains(c.words());
                        assertThat(e.problemsIn(Locale.ENGLISH).get(c.field())).doesNotContain(c.words());
                    });
        }
        PollDraft unknownTopic = new PollDraft("Onbekend thema?", "", List.of(OptionDraft.of("a"), OptionDraft.of("b")),
                false, 1, now, now.plus(Duration.ofDays(1)), Placement.topic(987_654_321L), false, ResultsVisibility.LIVE);
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> polls.create(unknownTopic)))
                .isInstanceOfSatisfying(InvalidPollException.class,
                        e -> assertThat(e.problems()).containsKey("placement"));
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll")).isEqualTo(before);
        // Control and bidi-override characters are dropped by the one rule for typed text, the rest is kept.
        long cleaned = users.as("voorbeeld", "redacteur", () -> polls.create(
                draft("Stuur\u0007tekens?", ResultsVisibility.LIVE, false, "a\u202Eb", "c")));
        Poll stored = users.as("voorbeeld", "redacteur", () -> polls.view(cleaned));
        assertThat(stored.question()).isEqualTo("Stuurtekens?");
        assertThat(stored.options().getFirst().label()).isEqualTo("ab");
        users.run("voorbeeld", "redacteur", () -> polls.deleteDraft(cleaned));

        long id = openPoll("voorbeeld", draft("Een goede vraag?", ResultsVisibility.LIVE, false, "a", "b"));
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of())))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("Kies eerst");
        assertThatThrownBy(() -> users.run("voorbeeld", "stemmer", () -> polls.vote(id, List.of(-1L))))
                .isInstanceOf(InvalidPollException.class);
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isZero();
    }

    @Test
    void aDeletedResidentsVoteStaysAnonymouslyAndTheirDataCanBeExported() {
        long id = openPoll("voorbeeld", draft("Meer prullenbakken in het park?", ResultsVisibility.LIVE, false,
                "Ja graag", "Nee"));
        users.ensureResident("voorbeeld", "vertrekker");
        long ja = option("voorbeeld", "vertrekker", id, 0);
        users.run("voorbeeld", "vertrekker", () -> polls.vote(id, List.of(ja)));
        long resident = users.as("voorbeeld", "vertrekker", () -> jdbc.sql("SELECT id FROM resident WHERE subject = ?")
                .param(users.account("voorbeeld", "vertrekker").subject()).query(Long.class).single());

        var exported = TenantContext.call(new TenantId("voorbeeld"), () -> personalData.export(resident));
        assertThat(exported.get("stemmen_in_peilingen")).anySatisfy(row -> {
            assertThat(row.get("vraag")).isEqualTo("Meer prullenbakken in het park?");
            assertThat(row.get("gekozen")).isEqualTo("Ja graag");
        });

        TenantContext.run(new TenantId("voorbeeld"), () -> personalData.erase(new Erasure(resident, "Test Vertrekker",
                0, false)));

        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE resident_id = ?", resident)).isZero();
        assertThat(count("voorbeeld", "SELECT count(*) FROM poll_vote WHERE poll_id = ?", id)).isEqualTo(1);
        assertThat(anonymous("voorbeeld", () -> polls.publicResults(id)).orElseThrow().voters()).isEqualTo(1);
    }

    @Test
    void theDemoMunicipalitiesHaveAnOpenAndAClosedPollWithResults() {
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            List<PollSummary> published = anonymous(realm, () -> polls.published());
            assertThat(published).anySatisfy(p -> assertThat(p.status()).isEqualTo(PollStatus.OPEN));
            assertThat(published).anySatisfy(p -> {
                assertThat(p.status()).isEqualTo(PollStatus.CLOSED);
                assertThat(anonymous(realm, () -> polls.publicResults(p.id())).orElseThrow().voters())
                        .isGreaterThan(20);
            });
        }
    }

    /** Every authentication votes for {@code option} at the same moment, 16 at a time; each vote must succeed. */
    void voteAtOnce(List<? extends org.springframework.security.core.Authentication> voters, long id, long option)
            throws Exception {
        List<Boolean> votes = AtOnce.run(security, voters, new TenantId("voorbeeld"), () -> {
            polls.vote(id, List.of(option));
            return true;
        });
        assertThat(votes).hasSize(voters.size()).containsOnly(true);
    }

    long count(String realm, String sql, Object... params) {
        return TenantContext.call(new TenantId(realm), () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void votersHearOnceThatTheResultsAreOutWhetherStaffCloseThePollOrItsTimePasses() {
        long closedByStaff = openPoll("voorbeeld", draft("Komt er een zebrapad bij de school?",
                ResultsVisibility.AFTER_CLOSING, false, "Ja", "Nee"));
        long closedByTime = openPoll("voorbeeld", draft("Welke boom komt op het plein?",
                ResultsVisibility.AFTER_CLOSING, false, "Linde", "Eik"));
        long ja = option("voorbeeld", "stemmer", closedByStaff, 0);
        long linde = option("voorbeeld", "stemmer", closedByTime, 0);
        users.run("voorbeeld", "stemmer", () -> polls.vote(closedByStaff, List.of(ja)));
        users.run("voorbeeld", "stemmer", () -> polls.vote(closedByTime, List.of(linde)));
        assertThat(toldAbout("voorbeeld", "stemmer", closedByStaff)).isZero();

        users.run("voorbeeld", "redacteur", () -> polls.close(closedByStaff));
        assertThat(toldAbout("voorbeeld", "stemmer", closedByStaff)).isEqualTo(1);
        assertThat(toldAbout("voorbeeld", "buurvrouw", closedByStaff)).isZero();
        assertThat(toldAbout("oosterhaven", "stemmer", closedByStaff)).isZero();

        // Nobody closes the second one: its time passes, and the job (run twice, as two instances would) tells once.
        anonymous("voorbeeld", resultNotices::tellClosedByTime);
        assertThat(toldAbout("voorbeeld", "stemmer", closedByTime)).isZero();
        clock.advance(Duration.ofDays(2).plusHours(1));
        anonymous("voorbeeld", resultNotices::tellClosedByTime);
        anonymous("voorbeeld", resultNotices::tellClosedByTime);
        assertThat(toldAbout("voorbeeld", "stemmer", closedByTime)).isEqualTo(1);
        assertThat(toldAbout("voorbeeld", "stemmer", closedByStaff)).isEqualTo(1);
        assertThat(toldAbout("voorbeeld", "buurvrouw", closedByTime)).isZero();
    }

    long toldAbout(String realm, String who, long poll) {
        return users.as(realm, who, () -> notifications.mine(Locale.of("nl"))).stream()
                .filter(n -> n.link().endsWith("/peilingen/" + poll)).count();
    }
}
