package nl.rugzak.platform.participation.polls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.operations.Participation;
import nl.rugzak.platform.participation.polls.Poll.PollOption;
import nl.rugzak.platform.participation.polls.PollDraft.OptionDraft;
import nl.rugzak.platform.participation.polls.PollResults.OptionCount;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls: editors write, schedule, close and archive them; logged-in residents vote once. The voter is always the
 * logged-in account (no method takes a resident id), and every query runs in the current tenant's own schema.
 * Counts live in counters changed in the vote's own transaction, and are only handed out when the poll's
 * results setting allows it for this visitor: staff have no way round that.
 */
@Service
public class Polls {

    private static final String COLUMNS = """
            id, question, description, multiple, max_choices, opens_at, closes_at, published, closed_at, archived_at,
            place_kind, place_id, change_vote, results_visibility,
            (SELECT coalesce(sum(c.votes), 0) FROM poll_count c WHERE c.poll_id = poll.id AND c.option_id = 0)
              AS voter_count""";

    /** Counter rows per option (see the changelog, polls-003): votes at the same moment touch different rows. */
    static final int SHARDS = 32;
    /** The option id of a poll's voter counter. */
    static final long VOTERS = 0;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final PollPlaces places;
    private final Clock clock;
    private final PollResultNotices resultNotices;

    Polls(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
          PollPlaces places, Clock clock, PollResultNotices resultNotices) {
        this.resultNotices = resultNotices;
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.places = places;
        this.clock = clock;
    }

    /** The stored row, with the state it has at {@code now}. */
    record Row(long id, String question, String description, boolean multiple, int maxChoices, Instant opensAt,
               Instant closesAt, boolean published, Instant closedAt, Instant archivedAt, Placement placement,
               boolean changeVote, ResultsVisibility visibility, int voters) {

        PollStatus status(Instant now) {
            return PollStatus.of(published, opensAt, closesAt, closedAt, archivedAt, now);
        }

        PollSummary summary(Instant now) {
            return new PollSummary(id, question, description, status(now), opensAt, closesAt, placement, visibility);
        }
    }

    // ---- staff ----

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(PollDraft draft) {
        Visitor me = writable();
        PollDraft clean = checked(draft);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO poll (question, description, multiple, max_choices, opens_at, closes_at, place_kind,
                                          place_id, change_vote, results_visibility, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.question(), clean.description(), clean.multiple(), clean.maxChoices(),
                        ts(clean.opensAt()), ts(clean.closesAt()), clean.placement().kind().name(),
                        clean.placement().id(), clean.changeVote(), clean.resultsVisibility().name(),
                        me.displayName(), ts(now), ts(now))
                .query(Long.class).single();
        int position = 0;
        for (OptionDraft option : clean.options()) {
            insertOption(id, position++, option.label());
        }
        return id;
    }

    /**
     * Changes a poll. Before the first vote everything may change; after it only the texts (question, description,
     * option labels), and each correction is recorded, because residents voted on the old words.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, PollDraft draft) {
        Visitor me = writable();
        // Locked, so a vote cannot slip in between the check for votes and the change of the options.
        Row row = locked(id);
        if (row.archivedAt() != null) {
            throw new InvalidPollException("polls.archived-unchangeable");
        }
        PollDraft clean = checked(draft);
        Map<Long, String> current = optionLabels(id);
        Instant now = clock.instant();
        if (hasVotes(row)) {
            correctTexts(row, clean, current, me, now);
            return;
        }
        jdbc.sql("""
                        UPDATE poll SET question = ?, description = ?, multiple = ?, max_choices = ?, opens_at = ?,
                          closes_at = ?, place_kind = ?, place_id = ?, change_vote = ?, results_visibility = ?,
                          updated_at = ? WHERE id = ?""")
                .params(clean.question(), clean.description(), clean.multiple(), clean.maxChoices(),
                        ts(clean.opensAt()), ts(clean.closesAt()), clean.placement().kind().name(),
                        clean.placement().id(), clean.changeVote(), clean.resultsVisibility().name(), ts(now), id)
                .update();
        Set<Long> kept = new HashSet<>();
        clean.options().stream().map(OptionDraft::id).filter(current::containsKey).forEach(kept::add);
        for (Long gone : current.keySet()) {
            if (!kept.contains(gone)) {
                jdbc.sql("DELETE FROM poll_option WHERE id = ?").param(gone).update();
            }
        }
        // Labels are unique per poll (case-insensitively): park the kept ones first, so a swap of two labels works.
        for (Long keep : kept) {
            jdbc.sql("UPDATE poll_option SET label = '#' || id, position = -1 WHERE id = ?").param(keep).update();
        }
        int position = 0;
        for (OptionDraft option : clean.options()) {
            if (option.id() != null && kept.contains(option.id())) {
                jdbc.sql("UPDATE poll_option SET label = ?, position = ? WHERE id = ?")
                        .params(option.label(), position++, option.id()).update();
            } else {
                insertOption(id, position++, option.label());
            }
        }
    }

    /** Publishes a draft: it is then SCHEDULED until its opening time, OPEN until its closing time. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void schedule(long id) {
        writable();
        Row row = locked(id);
        if (row.status(clock.instant()) != PollStatus.DRAFT) {
            throw new InvalidPollException("polls.not-a-draft");
        }
        if (!row.closesAt().isAfter(clock.instant())) {
            throw new InvalidPollException(Map.of("closesAt", FieldProblem.textKey("polls.field.closes.in-the-past")));
        }
        jdbc.sql("UPDATE poll SET published = true, updated_at = ? WHERE id = ?").params(ts(clock.instant()), id).update();
    }

    /** Takes a scheduled poll back to draft, as long as nobody could vote yet. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void unschedule(long id) {
        writable();
        Row row = locked(id);
        if (row.status(clock.instant()) != PollStatus.SCHEDULED || hasVotes(row)) {
            throw new InvalidPollException("polls.only-scheduled-back-to-draft");
        }
        jdbc.sql("UPDATE poll SET published = false, updated_at = ? WHERE id = ?").params(ts(clock.instant()), id).update();
    }

    /** Closes an open (or scheduled) poll now, before its closing time. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void close(long id) {
        writable();
        Row row = locked(id);
        PollStatus status = row.status(clock.instant());
        if (status != PollStatus.OPEN && status != PollStatus.SCHEDULED) {
            throw new InvalidPollException("polls.only-open-closable");
        }
        jdbc.sql("UPDATE poll SET closed_at = ?, updated_at = ? WHERE id = ?")
                .params(ts(clock.instant()), ts(clock.instant()), id).update();
        resultNotices.resultsOut(id, row.question());
    }

    /** Archives a closed poll: it leaves the lists, its page and results stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void archive(long id) {
        writable();
        Row row = locked(id);
        if (row.status(clock.instant()) != PollStatus.CLOSED) {
            throw new InvalidPollException("polls.only-closed-archivable");
        }
        jdbc.sql("UPDATE poll SET archived_at = ?, updated_at = ? WHERE id = ?")
                .params(ts(clock.instant()), ts(clock.instant()), id).update();
    }

    /** Removes a draft (nobody has seen it). */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void deleteDraft(long id) {
        writable();
        Row row = locked(id);
        if (row.status(clock.instant()) != PollStatus.DRAFT || hasVotes(row)) {
            throw new InvalidPollException("polls.only-draft-deletable");
        }
        jdbc.sql("DELETE FROM poll WHERE id = ?").param(id).update();
    }

    /** Every poll of this municipality, newest first, for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<PollSummary> forStaff() {
        modules.require(PollsModule.ID);
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll ORDER BY created_at DESC, id DESC LIMIT 500")
                .query(Polls::map).list().stream().map(r -> r.summary(now)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<PollCorrection> corrections(long id) {
        modules.require(PollsModule.ID);
        return jdbc.sql("""
                        SELECT field, old_text, new_text, changed_by, changed_at FROM poll_correction
                         WHERE poll_id = ? ORDER BY changed_at, id""").param(id)
                .query((rs, n) -> new PollCorrection(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** The draft as stored, for the editor's form. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public PollDraft draftOf(long id) {
        modules.require(PollsModule.ID);
        Row row = row(id).orElseThrow(() -> new NotFoundException("peiling"));
        List<OptionDraft> options = optionLabels(id).entrySet().stream()
                .map(e -> new OptionDraft(e.getKey(), e.getValue())).toList();
        return new PollDraft(row.question(), row.description(), options, row.multiple(), row.maxChoices(),
                row.opensAt(), row.closesAt(), row.placement(), row.changeVote(), row.visibility());
    }

    // ---- residents ----

    /**
     * Votes, or changes the vote when the poll allows it, and returns the poll as the voter now sees it. The voter is
     * the logged-in account of this municipality; a second vote (also 50 at once) is refused by the unique key,
     * whatever the checks before it saw.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Poll vote(long id, Collection<Long> optionIds) {
        Cast cast = cast(id, optionIds);
        return seenBy(cast.poll(), Optional.of(cast.voter()), cast.at());
    }

    /**
     * Votes as {@link #vote} does, with the same checks and refusals, and returns only the options the vote now
     * counts for: an answer without the counts saves the read of them (the API's answer).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Set<Long> castVote(long id, Collection<Long> optionIds) {
        return cast(id, optionIds).choices();
    }

    /** A vote counted: the poll as read when it was, who voted, when, and for which options. */
    private record Cast(Row poll, Visitor voter, Instant at, Set<Long> choices) {
    }

    /**
     * A new vote is one statement: it finds the resident's profile, reads the poll, and it writes the vote row, its
     * choices (only options of this poll) and the counters of the resident's shard. That keeps a surge of votes to a
     * few round trips each and no row that every vote waits for. The checks run afterwards on the row the statement
     * read; a refused vote throws, and the transaction takes the statement's writes back with it.
     */
    private Cast cast(long id, Collection<Long> optionIds) {
        Actor actor = voter();
        Set<Long> chosen = new java.util.TreeSet<>();
        (optionIds == null ? List.<Long>of() : optionIds).stream().filter(Objects::nonNull).forEach(chosen::add);
        Instant now = clock.instant();
        Counted counted = count(id, actor, chosen, now);
        if (counted.residentId() == null) {
            // No profile yet (a resident who only used an API token): made in this transaction, and the statement,
            // which wrote nothing without one, runs again.
            currentUser.require();
            counted = count(id, actor, chosen, now);
        }
        Visitor me = CurrentUser.as(actor, counted.residentId());
        int shard = counted.shard();
        Row row = counted.poll();
        switch (row.status(now)) {
            case DRAFT -> throw new NotFoundException("peiling");
            case SCHEDULED -> throw new InvalidPollException("polls.vote.not-yet-open");
            case CLOSED, ARCHIVED -> throw new InvalidPollException("polls.vote.closed");
            case OPEN -> {
            }
        }
        if (chosen.isEmpty()) {
            throw new InvalidPollException(Map.of("choice", FieldProblem.textKey("polls.vote.choose")));
        }
        if (!row.multiple() && chosen.size() > 1) {
            throw new InvalidPollException(Map.of("choice", FieldProblem.textKey("polls.vote.one-only")));
        }
        if (chosen.size() > row.maxChoices()) {
            throw new InvalidPollException(Map.of("choice", FieldProblem.textKey("polls.vote.too-many", row.maxChoices())));
        }
        if (counted.newVote()) {
            if (counted.choices() != chosen.size()) {
                // An option of another poll (or none at all): the transaction rolls back, nothing is counted.
                throw new InvalidPollException(Map.of("choice", FieldProblem.textKey("polls.vote.unknown-option")));
            }
            Participation.counted(PollsModule.ID, "vote");
            return new Cast(row, me, now, chosen);
        }
        return changed(row, me, now, chosen, shard);
    }

    /** What the vote statement read and wrote; no resident id when the actor has no profile here yet. */
    private record Counted(Row poll, Long residentId, int shard, boolean newVote, int choices) {
    }

    private Counted count(long id, Actor actor, Set<Long> chosen, Instant now) {
        // KEY SHARE: many votes at once, but not while an editor changes the options (FOR UPDATE there). Counters in
        // option order (the voters' counter, 0, first): rows are always locked in the same order. A ballot with more
        // choices than the poll allows is not written at all, however long the list an API client sends.
        return jdbc.sql("""
                        WITH me AS (SELECT id, (id % ?)::smallint AS shard FROM resident WHERE subject = ?),
                        p AS (SELECT\s""" + COLUMNS + """
                          FROM poll WHERE id = ? FOR KEY SHARE),
                        vote AS (
                          INSERT INTO poll_vote (poll_id, resident_id, voted_at)
                          SELECT p.id, me.id, ? FROM p, me WHERE ? BETWEEN 1 AND p.max_choices
                          ON CONFLICT (poll_id, resident_id) DO NOTHING RETURNING id),
                        chosen AS (
                          INSERT INTO poll_vote_choice (vote_id, option_id)
                          SELECT vote.id, o.id FROM vote JOIN poll_option o ON o.poll_id = ? AND o.id = ANY (?::bigint[])
                          RETURNING option_id),
                        counted AS (
                          INSERT INTO poll_count (poll_id, option_id, shard, votes)
                          SELECT * FROM (SELECT ?::bigint, option_id, me.shard, 1 FROM chosen, me
                                         UNION ALL SELECT ?::bigint, ?::bigint, me.shard, 1 FROM vote, me) c
                           ORDER BY 2
                          ON CONFLICT (poll_id, option_id, shard) DO UPDATE SET votes = poll_count.votes + 1
                          RETURNING 1)
                        SELECT p.*, (SELECT id FROM me) AS resident_id, (SELECT shard FROM me) AS shard,
                               (SELECT count(*) FROM vote) AS new_votes, (SELECT count(*) FROM chosen) AS new_choices
                          FROM p""")
                .params(SHARDS, actor.subject(), id, ts(now), chosen.size(), id, chosen.toArray(Long[]::new),
                        id, id, VOTERS)
                .query((rs, n) -> new Counted(map(rs, n), rs.getObject("resident_id", Long.class), rs.getInt("shard"),
                        rs.getInt("new_votes") == 1, rs.getInt("new_choices")))
                .optional().orElseThrow(() -> new NotFoundException("peiling"));
    }

    /** The resident voted before: the vote changes where the poll allows it, else it is refused. */
    private Cast changed(Row row, Visitor me, Instant now, Set<Long> chosen, int shard) {
        long id = row.id();
        if (!row.changeVote()) {
            throw new InvalidPollException("polls.vote.already");
        }
        if (!optionLabels(id).keySet().containsAll(chosen)) {
            throw new InvalidPollException(Map.of("choice", FieldProblem.textKey("polls.vote.unknown-option")));
        }
        long voteId = jdbc.sql("SELECT id FROM poll_vote WHERE poll_id = ? AND resident_id = ? FOR UPDATE")
                .params(id, me.residentId()).query(Long.class).single();
        Set<Long> before = new HashSet<>(jdbc.sql("SELECT option_id FROM poll_vote_choice WHERE vote_id = ?")
                .param(voteId).query(Long.class).list());
        if (before.equals(chosen)) {
            return new Cast(row, me, now, chosen);
        }
        Map<Long, Integer> delta = new TreeMap<>();
        before.forEach(option -> delta.merge(option, -1, Integer::sum));
        chosen.forEach(option -> delta.merge(option, 1, Integer::sum));
        jdbc.sql("DELETE FROM poll_vote_choice WHERE vote_id = ?").param(voteId).update();
        jdbc.sql("UPDATE poll_vote SET changed_at = ? WHERE id = ?").params(ts(now), voteId).update();
        for (Long option : chosen) {
            jdbc.sql("INSERT INTO poll_vote_choice (vote_id, option_id) VALUES (?, ?)").params(voteId, option).update();
        }
        // Counters last and in id order: the rows are locked for the shortest time and never in a crossing order.
        delta.forEach((option, change) -> {
            if (change != 0) {
                jdbc.sql("""
                                INSERT INTO poll_count (poll_id, option_id, shard, votes) VALUES (?, ?, ?, ?)
                                ON CONFLICT (poll_id, option_id, shard) DO UPDATE SET votes = poll_count.votes + EXCLUDED.votes""")
                        .params(id, option, shard, change).update();
            }
        });
        return new Cast(row, me, now, chosen);
    }

    /** The poll as this visitor may see it: drafts only for editors, counts only when its setting allows. */
    @Transactional(readOnly = true)
    public Poll view(long id) {
        modules.require(PollsModule.ID);
        Optional<Visitor> me = currentUser.visitor();
        Row row = row(id).orElseThrow(() -> new NotFoundException("peiling"));
        return seenBy(row, me, clock.instant());
    }

    /**
     * The poll as {@code me} sees it. Options, counts and the visitor's own choices come in one query; the counts
     * are dropped right here when the poll's setting hides them from this visitor.
     */
    private Poll seenBy(Row row, Optional<Visitor> me, Instant now) {
        PollStatus status = row.status(now);
        boolean editor = me.map(Visitor::canEdit).orElse(false);
        if (!status.isPublic() && !editor) {
            throw new NotFoundException("peiling");
        }
        Long resident = me.map(Visitor::residentId).orElse(null);
        List<PollOption> options = new ArrayList<>();
        List<OptionCount> counts = new ArrayList<>();
        Set<Long> mine = new HashSet<>();
        // The voters in the same statement as the counts (the row may have been read before this visitor's vote).
        int[] voters = new int[1];
        jdbc.sql("""
                        SELECT o.id, o.label, o.image_bytes IS NOT NULL, o.image_alt,
                               (SELECT coalesce(sum(c.votes), 0) FROM poll_count c
                                 WHERE c.poll_id = o.poll_id AND c.option_id = o.id),
                               EXISTS (SELECT 1 FROM poll_vote v JOIN poll_vote_choice vc ON vc.vote_id = v.id
                                        WHERE v.poll_id = o.poll_id AND v.resident_id = ? AND vc.option_id = o.id),
                               (SELECT coalesce(sum(c.votes), 0) FROM poll_count c
                                 WHERE c.poll_id = o.poll_id AND c.option_id = 0)
                          FROM poll_option o WHERE o.poll_id = ? ORDER BY o.position, o.id""")
                .params(resident, row.id())
                .query(rs -> {
                    long option = rs.getLong(1);
                    options.add(new PollOption(option, rs.getString(2), rs.getBoolean(3), rs.getString(4)));
                    counts.add(new OptionCount(option, rs.getString(2), rs.getInt(5)));
                    if (rs.getBoolean(6)) {
                        mine.add(option);
                    }
                    voters[0] = rs.getInt(7);
                });
        Optional<PollResults> results = row.visibility().shows(status, !mine.isEmpty())
                ? Optional.of(new PollResults(voters[0], counts)) : Optional.empty();
        return new Poll(row.id(), row.question(), row.description(), List.copyOf(options), row.multiple(),
                row.maxChoices(), row.opensAt(), row.closesAt(), status, row.placement(), row.changeVote(),
                row.visibility(), Set.copyOf(mine), results, editor && hasVotes(row));
    }

    /**
     * The results when they are public, i.e. shown to anyone without voting: for feeds, widgets, link previews,
     * exports and the printable page. Empty while they are hidden, for everyone.
     */
    @Transactional(readOnly = true)
    public Optional<PollResults> publicResults(long id) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return Optional.empty();
        }
        return row(id).filter(r -> r.visibility().showsToAll(r.status(clock.instant()))).map(this::counts);
    }

    /** Public polls (not drafts, not archived), open ones first, then upcoming, then closed. */
    @Transactional(readOnly = true)
    public List<PollSummary> published() {
        modules.require(PollsModule.ID);
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll WHERE published AND archived_at IS NULL"
                        + " ORDER BY opens_at DESC, id DESC LIMIT 200")
                .query(Polls::map).list().stream().map(r -> r.summary(now))
                .sorted(java.util.Comparator.comparingInt((PollSummary s) -> switch (s.status()) {
                    case OPEN -> 0;
                    case SCHEDULED -> 1;
                    default -> 2;
                })).toList();
    }

    /** The open polls, for the home page and cards; limited to {@code limit}. */
    @Transactional(readOnly = true)
    public List<PollSummary> open(int limit) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll WHERE published AND archived_at IS NULL AND closed_at IS NULL"
                        + " AND opens_at <= ? AND closes_at > ? ORDER BY closes_at, id LIMIT ?")
                .params(ts(now), ts(now), limit).query(Polls::map).list().stream().map(r -> r.summary(now)).toList();
    }

    /** Public polls placed on a topic or news item. */
    @Transactional(readOnly = true)
    public List<PollSummary> placedOn(Placement place) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll WHERE published AND archived_at IS NULL AND place_kind = ?"
                        + " AND place_id IS NOT DISTINCT FROM ? ORDER BY opens_at DESC, id DESC LIMIT 20")
                .params(place.kind().name(), place.id()).query(Polls::map).list().stream()
                .map(r -> r.summary(now)).toList();
    }

    /** A public poll's summary (not a draft), for previews, widgets and feeds. */
    @Transactional(readOnly = true)
    public Optional<PollSummary> publicSummary(long id) {
        if (!modules.isEnabled(PollsModule.ID)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return row(id).map(r -> r.summary(now)).filter(s -> s.status().isPublic());
    }

    // ---- helpers ----

    /** Read from the counters (at most {@link #SHARDS} rows per option): as fast with 100,000 votes as with ten. */
    private PollResults counts(Row row) {
        List<OptionCount> options = jdbc.sql("""
                        SELECT o.id, o.label, (SELECT coalesce(sum(c.votes), 0) FROM poll_count c
                                                WHERE c.poll_id = o.poll_id AND c.option_id = o.id)
                          FROM poll_option o WHERE o.poll_id = ? ORDER BY o.position, o.id""")
                .param(row.id())
                .query((rs, n) -> new OptionCount(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
        return new PollResults(row.voters(), options);
    }

    private void correctTexts(Row row, PollDraft clean, Map<Long, String> current, Visitor me, Instant now) {
        boolean sameOptions = clean.options().size() == current.size()
                && clean.options().stream().allMatch(o -> o.id() != null && current.containsKey(o.id()))
                && clean.options().stream().map(OptionDraft::id).toList().equals(new ArrayList<>(current.keySet()));
        boolean sameRules = sameOptions && clean.multiple() == row.multiple() && clean.maxChoices() == row.maxChoices()
                && sameMinute(clean.opensAt(), row.opensAt()) && sameMinute(clean.closesAt(), row.closesAt())
                && clean.changeVote() == row.changeVote() && clean.resultsVisibility() == row.visibility()
                && clean.placement().equals(row.placement());
        if (!sameRules) {
            throw new InvalidPollException("polls.rules-frozen");
        }
        recordCorrection(row.id(), "question", row.question(), clean.question(), me, now);
        recordCorrection(row.id(), "description", row.description(), clean.description(), me, now);
        for (OptionDraft option : clean.options()) {
            String before = current.get(option.id());
            if (!before.equals(option.label())) {
                recordCorrection(row.id(), "option", before, option.label(), me, now);
                jdbc.sql("UPDATE poll_option SET label = ? WHERE id = ?").params(option.label(), option.id()).update();
            }
        }
        jdbc.sql("UPDATE poll SET question = ?, description = ?, updated_at = ? WHERE id = ?")
                .params(clean.question(), clean.description(), ts(now), row.id()).update();
    }

    /** The editor's date pickers work in minutes; a stored time with seconds is the same time to them. */
    private static boolean sameMinute(Instant a, Instant b) {
        return a.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).equals(b.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }

    private void recordCorrection(long pollId, String field, String before, String after, Visitor me, Instant now) {
        if (!Objects.equals(before, after)) {
            jdbc.sql("""
                            INSERT INTO poll_correction (poll_id, field, old_text, new_text, changed_by, changed_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(pollId, field, before, after, me.displayName(), ts(now)).update();
        }
    }

    private PollDraft checked(PollDraft draft) {
        PollDraft clean = draft.checked();
        if (!places.exists(clean.placement())) {
            throw new InvalidPollException(Map.of("placement", FieldProblem.textKey("polls.field.place.unknown")));
        }
        return clean;
    }

    private void insertOption(long pollId, int position, String label) {
        jdbc.sql("INSERT INTO poll_option (poll_id, position, label) VALUES (?, ?, ?)")
                .params(pollId, position, label).update();
    }

    /** Option id → label, in the poll's order. */
    Map<Long, String> optionLabels(long pollId) {
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, label FROM poll_option WHERE poll_id = ? ORDER BY position, id").param(pollId)
                .query(rs -> {
                    labels.put(rs.getLong(1), rs.getString(2));
                });
        return labels;
    }

    private boolean hasVotes(Row row) {
        return row.voters() != 0 || jdbc.sql("SELECT EXISTS (SELECT 1 FROM poll_vote WHERE poll_id = ?)")
                .param(row.id()).query(Boolean.class).single();
    }

    private Row locked(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll WHERE id = ? FOR UPDATE").param(id).query(Polls::map)
                .optional().orElseThrow(() -> new NotFoundException("peiling"));
    }

    Optional<Row> row(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM poll WHERE id = ?").param(id).query(Polls::map).optional();
    }

    private Visitor writable() {
        voter();
        return currentUser.require();
    }

    /** Who may write here now, without their profile's id: the vote statement finds that itself. */
    private Actor voter() {
        modules.require(PollsModule.ID);
        Actor actor = currentUser.requireActor();
        writeGuard.requireWritable();
        return actor;
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("place_kind");
        long placeId = rs.getLong("place_id");
        Placement placement = rs.wasNull() ? Placement.SITE : new Placement(Placement.Kind.valueOf(kind), placeId);
        return new Row(rs.getLong("id"), rs.getString("question"), rs.getString("description"),
                rs.getBoolean("multiple"), rs.getInt("max_choices"), instant(rs, "opens_at"),
                instant(rs, "closes_at"), rs.getBoolean("published"), instant(rs, "closed_at"),
                instant(rs, "archived_at"), placement, rs.getBoolean("change_vote"),
                ResultsVisibility.valueOf(rs.getString("results_visibility")), rs.getInt("voter_count"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
