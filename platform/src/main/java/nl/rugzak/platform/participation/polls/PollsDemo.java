package nl.rugzak.platform.participation.polls;

import static nl.rugzak.platform.participation.polls.Polls.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.rugzak.platform.participation.ModuleDemo;
import nl.rugzak.platform.residents.ResidentProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each demo municipality gets an open poll and a closed one with results, voted on by a few dozen demo residents
 * (profiles of their own, never real accounts); Voorbeeldstad also a survey. Written straight into the module's own
 * tables (the seeder has no editor logged in), counters included, exactly as votes would leave them.
 */
@Component
class PollsDemo implements ModuleDemo {

    private static final int VOTERS = 36;

    private final JdbcClient jdbc;
    private final ResidentProfiles profiles;
    private final Clock clock;

    PollsDemo(JdbcClient jdbc, ResidentProfiles profiles, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSeed seed) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll)").query(Boolean.class).single()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> voters = new ArrayList<>();
        for (int i = 1; i <= VOTERS; i++) {
            voters.add(profiles.ensure("demo-stemmer-" + i, "Demobewoner " + i));
        }
        if (seed.voorbeeld()) {
            long open = poll("Welke naam krijgt het nieuwe park aan de Havenkade?",
                    "Het nieuwe park aan de Havenkade is deze zomer klaar. Kies mee welke naam het krijgt: de naam met"
                            + " de meeste stemmen dragen we voor aan de gemeenteraad.",
                    false, 1, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(365)), true,
                    ResultsVisibility.AFTER_VOTING, now,
                    "Havenpark", "Julianapark", "Park De Vlonder", "Groene Kade");
            vote(open, voters.subList(0, 23), new int[][] {{0}, {2}, {2}, {1}, {3}, {2}, {0}}, now);
            long closed = poll("Welke speeltoestellen wilt u in speeltuin De Klimop?",
                    "Speeltuin De Klimop wordt vernieuwd. U kon tot drie toestellen kiezen.",
                    true, 3, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(12)), false,
                    ResultsVisibility.AFTER_CLOSING, now,
                    "Glijbaan", "Schommel", "Klimrek", "Zandbak met waterpomp", "Kabelbaan");
            vote(closed, voters, new int[][] {{0, 1}, {3, 4}, {1, 3, 4}, {2}, {4, 1}, {3}}, now);
            survey(now, voters);
        } else {
            long open = poll("Waar moet de nieuwe fietsenstalling bij het station komen?",
                    "Bij station Oosterhaven komt een bewaakte fietsenstalling voor 800 fietsen.",
                    false, 1, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(365)), false,
                    ResultsVisibility.LIVE, now,
                    "Onder het stationsplein", "Aan de kant van de haven", "Naast de bushalte");
            vote(open, voters.subList(0, 17), new int[][] {{0}, {1}, {0}, {2}, {0}}, now);
            long closed = poll("Hoe vaak wilt u de nieuwsbrief van de gemeente ontvangen?", "",
                    false, 1, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(9)), false,
                    ResultsVisibility.AFTER_CLOSING, now,
                    "Elke week", "Elke maand", "Elk kwartaal");
            vote(closed, voters, new int[][] {{1}, {1}, {2}, {0}, {1}}, now);
        }
    }

    private long poll(String question, String description, boolean multiple, int max, Instant opens, Instant closes,
                      boolean changeVote, ResultsVisibility visibility, Instant now, String... options) {
        long id = jdbc.sql("""
                        INSERT INTO poll (question, description, multiple, max_choices, opens_at, closes_at, published,
                                          change_vote, results_visibility, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, true, ?, ?, 'Redactie', ?, ?) RETURNING id""")
                .params(question, description, multiple, max, ts(opens), ts(closes), changeVote, visibility.name(),
                        ts(opens.minus(Duration.ofDays(1))), ts(now))
                .query(Long.class).single();
        for (int i = 0; i < options.length; i++) {
            jdbc.sql("INSERT INTO poll_option (poll_id, position, label) VALUES (?, ?, ?)")
                    .params(id, i, options[i]).update();
        }
        return id;
    }

    /** Each voter takes the next pattern of option positions, round and round. */
    private void vote(long pollId, List<Long> voters, int[][] patterns, Instant now) {
        List<Long> options = jdbc.sql("SELECT id FROM poll_option WHERE poll_id = ? ORDER BY position").param(pollId)
                .query(Long.class).list();
        Instant opens = jdbc.sql("SELECT opens_at FROM poll WHERE id = ?").param(pollId)
                .query(java.sql.Timestamp.class).single().toInstant();
        for (int i = 0; i < voters.size(); i++) {
            long vote = jdbc.sql("INSERT INTO poll_vote (poll_id, resident_id, voted_at) VALUES (?, ?, ?) RETURNING id")
                    .params(pollId, voters.get(i), ts(opens.plus(Duration.ofHours(2L * i + 1))))
                    .query(Long.class).single();
            for (int position : patterns[i % patterns.length]) {
                jdbc.sql("INSERT INTO poll_vote_choice (vote_id, option_id) VALUES (?, ?)")
                        .params(vote, options.get(position)).update();
                jdbc.sql("""
                                INSERT INTO poll_count (poll_id, option_id, shard, votes) VALUES (?, ?, 0, 1)
                                ON CONFLICT (poll_id, option_id, shard) DO UPDATE SET votes = poll_count.votes + 1""")
                        .params(pollId, options.get(position)).update();
            }
        }
        jdbc.sql("INSERT INTO poll_count (poll_id, option_id, shard, votes) VALUES (?, 0, 0, ?)")
                .params(pollId, voters.size()).update();
    }

    private void survey(Instant now, List<Long> voters) {
        long survey = jdbc.sql("""
                        INSERT INTO survey (title, intro, opens_at, closes_at, published, created_by, created_at)
                        VALUES (?, ?, ?, ?, true, 'Redactie', ?) RETURNING id""")
                .params("Evaluatie buurtplan Noord",
                        "Een jaar geleden begon het buurtplan Noord. Wat vindt u ervan? Het invullen duurt ongeveer"
                                + " vijf minuten. U kunt tussendoor stoppen: wat u invult, bewaren we als concept.",
                        ts(now.minus(Duration.ofDays(5))), ts(now.plus(Duration.ofDays(365))),
                        ts(now.minus(Duration.ofDays(6))))
                .query(Long.class).single();
        long satisfied = question(survey, 0, "SCALE", "Hoe tevreden bent u over het buurtplan?", true, 5,
                "Heel ontevreden", "Heel tevreden");
        long noticed = question(survey, 1, "SINGLE", "Hebt u gemerkt dat er iets veranderde in uw straat?", true,
                null, null, null, "Ja, veel", "Ja, een beetje", "Nee");
        long topics = question(survey, 2, "MULTIPLE", "Waar moet het buurtplan volgend jaar vooral over gaan?",
                false, null, null, null, "Groen en bomen", "Veilig fietsen", "Spelen", "Ontmoeten");
        long better = question(survey, 3, "LONG_TEXT", "Wat kan er beter?", false, null, null, null);
        question(survey, 4, "SHORT_TEXT", "In welke straat woont u? (niet verplicht)", false, null, null, null);
        List<Long> noticedOptions = optionIds(noticed);
        List<Long> topicOptions = optionIds(topics);
        String[] remarks = {"Meer bankjes langs het water.", "De bewonersavonden waren goed, graag vaker.",
                "Het duurde lang voordat de bomen er stonden."};
        for (int i = 0; i < 9; i++) {
            long response = jdbc.sql("""
                            INSERT INTO survey_response (survey_id, resident_id, saved_at, sent_at)
                            VALUES (?, ?, ?, ?) RETURNING id""")
                    .params(survey, voters.get(i), ts(now.minus(Duration.ofDays(4).minusHours(i))),
                            ts(now.minus(Duration.ofDays(4).minusHours(i))))
                    .query(Long.class).single();
            answer(response, satisfied, null, 2 + i % 4);
            answer(response, noticed, null, null);
            choice(response, noticed, noticedOptions.get(i % 3));
            answer(response, topics, null, null);
            choice(response, topics, topicOptions.get(i % 4));
            choice(response, topics, topicOptions.get((i + 1) % 4));
            if (i < remarks.length) {
                answer(response, better, remarks[i], null);
            }
        }
    }

    private long question(long survey, int position, String kind, String text, boolean required, Integer scale,
                          String low, String high, String... options) {
        long id = jdbc.sql("""
                        INSERT INTO survey_question (survey_id, position, kind, text, required, scale_max, low_label,
                                                     high_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(survey, position, kind, text, required, scale, low, high).query(Long.class).single();
        for (int i = 0; i < options.length; i++) {
            jdbc.sql("INSERT INTO survey_option (question_id, position, label) VALUES (?, ?, ?)")
                    .params(id, i, options[i]).update();
        }
        return id;
    }

    private List<Long> optionIds(long question) {
        return jdbc.sql("SELECT id FROM survey_option WHERE question_id = ? ORDER BY position").param(question)
                .query(Long.class).list();
    }

    private void answer(long response, long question, String text, Integer number) {
        jdbc.sql("INSERT INTO survey_answer (response_id, question_id, text, number) VALUES (?, ?, ?, ?)")
                .params(response, question, text, number).update();
    }

    private void choice(long response, long question, long option) {
        jdbc.sql("INSERT INTO survey_answer_choice (response_id, question_id, option_id) VALUES (?, ?, ?)")
                .params(response, question, option).update();
    }
}
