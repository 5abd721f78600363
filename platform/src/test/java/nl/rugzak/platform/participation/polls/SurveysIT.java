package nl.rugzak.platform.participation.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.polls.Survey.Answer;
import nl.rugzak.platform.participation.polls.Survey.Question;
import nl.rugzak.platform.participation.polls.SurveyDraft.Kind;
import nl.rugzak.platform.participation.polls.SurveyDraft.QuestionDraft;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Surveys through their services: a draft while filling in, sent once, results per question for staff. */
class SurveysIT extends IntegrationTest {

    @Autowired
    Surveys surveys;
    @Autowired
    PollsPersonalData personalData;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;

    @BeforeEach
    void realms() {
        awaitIdentity();
        for (String realm : List.of("voorbeeld", "oosterhaven")) {
            users.ensureResident(realm, "invuller");
            users.ensureResident(realm, "buurman");
        }
    }

    SurveyDraft draft(String title) {
        Instant now = clock.instant();
        return new SurveyDraft(title, "Vijf minuten werk.", now.minusSeconds(60), now.plus(Duration.ofDays(3)), List.of(
                QuestionDraft.scale("Hoe tevreden bent u?", true, 5, "Niet", "Heel erg"),
                QuestionDraft.choice(Kind.SINGLE, "Woont u in Noord?", true, "Ja", "Nee"),
                QuestionDraft.choice(Kind.MULTIPLE, "Wat vindt u belangrijk?", false, "Groen", "Spelen", "Parkeren"),
                QuestionDraft.text(Kind.SHORT_TEXT, "Uw straat", false),
                QuestionDraft.text(Kind.LONG_TEXT, "Wat kan beter?", false)));
    }

    long published(String realm, String title) {
        return users.as(realm, "redacteur", () -> {
            long id = surveys.create(draft(title));
            surveys.publish(id);
            return id;
        });
    }

    @Test
    void aResidentSavesADraftSendsOnceAndStaffReadTheResultsAndHideAnAbusiveAnswer() {
        long id = published("voorbeeld", "Evaluatie speeltuin");
        List<Question> q = users.as("voorbeeld", "invuller", () -> surveys.view(id)).questions();
        assertThat(q).extracting(Question::kind).containsExactly(Kind.SCALE, Kind.SINGLE, Kind.MULTIPLE,
                Kind.SHORT_TEXT, Kind.LONG_TEXT);

        users.run("voorbeeld", "invuller", () -> surveys.saveDraft(id, Map.of(q.get(0).id(), Answer.number(4))));
        Survey halfway = users.as("voorbeeld", "invuller", () -> surveys.view(id));
        assertThat(halfway.mine().orElseThrow().sent()).isFalse();
        assertThat(halfway.mine().orElseThrow().answers().get(q.get(0).id()).number()).isEqualTo(4);
        // Drafts are nobody else's business.
        assertThat(users.as("voorbeeld", "redacteur", () -> surveys.results(id)).responses()).isZero();

        assertThatThrownBy(() -> users.run("voorbeeld", "invuller", () -> surveys.send(id,
                Map.of(q.get(0).id(), Answer.number(4)))))
                .isInstanceOfSatisfying(InvalidPollException.class,
                        e -> assertThat(e.problems()).containsEntry("q" + q.get(1).id(), "Deze vraag moet u beantwoorden."));

        long ja = q.get(1).options().getFirst().id();
        long groen = q.get(2).options().getFirst().id();
        Map<Long, Answer> full = Map.of(q.get(0).id(), Answer.number(4), q.get(1).id(), Answer.choices(ja),
                q.get(2).id(), Answer.choices(groen), q.get(4).id(), Answer.text("Jullie zijn allemaal sukkels!"));
        users.run("voorbeeld", "invuller", () -> surveys.send(id, full));
        assertThatThrownBy(() -> users.run("voorbeeld", "invuller", () -> surveys.send(id, full)))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("al verstuurd");
        users.run("voorbeeld", "buurman", () -> surveys.send(id, Map.of(q.get(0).id(), Answer.number(2),
                q.get(1).id(), Answer.choices(ja), q.get(4).id(), Answer.text("Meer schaduw graag."))));

        SurveyResults results = users.as("voorbeeld", "moderator", () -> surveys.results(id));
        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.questions().get(0).average()).isEqualTo(3.0);
        assertThat(results.questions().get(1).counts()).extracting(SurveyResults.Count::count).containsExactly(2, 0);
        assertThat(results.questions().get(4).openAnswers()).hasSize(2);
        var abusive = results.questions().get(4).openAnswers().getFirst();

        users.run("voorbeeld", "moderator", () -> surveys.hideAnswer(abusive.responseId(), abusive.questionId(), true));
        assertThat(users.as("voorbeeld", "redacteur", () -> surveys.results(id)).questions().get(4).openAnswers())
                .filteredOn(SurveyResults.OpenAnswer::hidden).extracting(SurveyResults.OpenAnswer::text)
                .containsExactly("Jullie zijn allemaal sukkels!");
        assertThatThrownBy(() -> users.as("voorbeeld", "invuller", () -> surveys.results(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badAnswersAndBadSurveysAreRefusedWithNothingStored() {
        long id = published("voorbeeld", "Evaluatie markt");
        List<Question> q = users.as("voorbeeld", "invuller", () -> surveys.view(id)).questions();
        assertThatThrownBy(() -> users.run("voorbeeld", "invuller", () -> surveys.saveDraft(id,
                Map.of(q.get(4).id(), Answer.text("x".repeat(100_000))))))
                .isInstanceOf(InvalidPollException.class).hasMessageContaining("hoogstens 5000 tekens");
        assertThatThrownBy(() -> users.run("voorbeeld", "invuller", () -> surveys.saveDraft(id,
                Map.of(q.get(0).id(), Answer.number(6))))).isInstanceOf(InvalidPollException.class);
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> jdbc.sql(
                "SELECT count(*) FROM survey_response WHERE survey_id = ?").param(id).query(Long.class).single()))
                .isZero();

        Instant now = clock.instant();
        assertThatThrownBy(() -> users.run("voorbeeld", "redacteur", () -> surveys.create(new SurveyDraft(" ", "",
                now, now.minusSeconds(5), List.of()))))
                .isInstanceOfSatisfying(InvalidPollException.class, e -> assertThat(e.problems())
                        .containsKeys("title", "closesAt", "questions"));
    }

    @Test
    void closedAndOtherMunicipalitiesSurveysTakeNoAnswers() {
        long id = published("voorbeeld", "Alleen Voorbeeldstad");
        long question = users.as("voorbeeld", "invuller", () -> surveys.view(id)).questions().getFirst().id();
        try {
            Survey there = users.as("oosterhaven", "invuller", () -> surveys.view(id));
            assertThat(there.title()).isNotEqualTo("Alleen Voorbeeldstad");
        } catch (NotFoundException expected) {
            assertThat(expected).isNotNull();
        }
        assertThatThrownBy(() -> users.run("oosterhaven", "invuller", () -> surveys.saveDraft(id,
                Map.of(question, Answer.number(3))))).isInstanceOfAny(NotFoundException.class, InvalidPollException.class);

        users.run("voorbeeld", "redacteur", () -> surveys.close(id));
        assertThatThrownBy(() -> users.run("voorbeeld", "invuller", () -> surveys.saveDraft(id,
                Map.of(question, Answer.number(3))))).isInstanceOf(InvalidPollException.class)
                .hasMessageContaining("gesloten");
    }

    @Test
    void voorbeeldstadHasADemoSurvey() {
        assertThat(TenantContext.call(new TenantId("voorbeeld"), () -> surveys.open()))
                .anySatisfy(s -> assertThat(s.title()).isEqualTo("Evaluatie buurtplan Noord"));
    }
}
