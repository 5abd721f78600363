package nl.rugzak.platform.participation.consultations;

import nl.rugzak.platform.content.PdfFiles;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.operations.Participation;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.PostingRateLimiter;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.media.SafeImages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' reactions: written, edited and supported only while the consultation is open. Public reactions are
 * read by everyone; a formal view (zienswijze) only by its author and staff, through every path of this service.
 */
@Service
public class Reactions {

    public static final int MAX_BODY = 10_000;
    public static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    private static final String SELECT = """
            SELECT r.id, r.number, r.anchor_key, r.body, r.proposed_text, r.resident_id, r.supporter_count,
                   r.created_at, r.updated_at, p.display_name, a.file_name,
                   EXISTS (SELECT 1 FROM consultation_reaction_support s
                            WHERE s.reaction_id = r.id AND s.resident_id = ?) AS supported
              FROM consultation_reaction r
              LEFT JOIN resident p ON p.id = r.resident_id
              LEFT JOIN consultation_attachment a ON a.reaction_id = r.id""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final Consultations consultations;
    private final ResidentBlocks blocks;
    private final PostingRateLimiter rateLimiter;
    private final SafeImages images;
    private final Clock clock;

    Reactions(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
              Consultations consultations, ResidentBlocks blocks, PostingRateLimiter rateLimiter, SafeImages images,
              Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.consultations = consultations;
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.images = images;
        this.clock = clock;
    }

    /**
     * The reactions this visitor may read on the consultation's page: every visible public reaction of an open
     * consultation, plus their own (including their formal views). Never someone else's formal view.
     */
    @Transactional(readOnly = true)
    public List<Reaction> visible(long consultationId) {
        Consultation consultation = consultations.view(consultationId);
        long me = currentUser.visitor().map(Visitor::residentId).orElse(-1L);
        if (consultation.formal()) {
            return jdbc.sql(SELECT + " WHERE r.consultation_id = ? AND r.resident_id = ? ORDER BY r.number")
                    .params(me, consultationId, me).query((rs, i) -> reaction(rs, me, true)).list();
        }
        return jdbc.sql(SELECT + " WHERE r.consultation_id = ? AND (NOT r.hidden OR r.resident_id = ?) ORDER BY r.number")
                .params(me, consultationId, me).query((rs, i) -> reaction(rs, me, false)).list();
    }

    /** The visitor's own reactions on this consultation. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Reaction> mine(long consultationId) {
        Consultation consultation = consultations.view(consultationId);
        long me = currentUser.require().residentId();
        return jdbc.sql(SELECT + " WHERE r.consultation_id = ? AND r.resident_id = ? ORDER BY r.number")
                .params(me, consultationId, me).query((rs, i) -> reaction(rs, me, consultation.formal())).list();
    }

    /** Consultations the visitor reacted on, for their "Mijn inspraak" page (with the report once published). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Consultation> reactedOn() {
        modules.require(ConsultationsModule.ID);
        long me = currentUser.require().residentId();
        return consultations.published().stream().filter(c -> jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM consultation_reaction WHERE consultation_id = ? AND resident_id = ?)")
                .params(c.id(), me).query(Boolean.class).single()).toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long react(long consultationId, ReactionDraft draft) {
        Visitor me = writable();
        Consultation consultation = openFor(consultationId);
        ReactionDraft clean = checked(consultation, draft);
        blocks.assertMayPost(me.subject());
        rateLimiter.check(me.subject());
        // Numbers follow each other per consultation: lock the consultation while taking the next one.
        jdbc.sql("SELECT id FROM consultation WHERE id = ? FOR UPDATE").param(consultationId).query(Long.class).single();
        int version = consultations.version(consultationId, null).map(DocumentVersion::number).orElse(1);
        Timestamp now = Timestamp.from(clock.instant());
        long reaction = jdbc.sql("""
                        INSERT INTO consultation_reaction (consultation_id, number, resident_id, anchor_key, version_number,
                                                           body, proposed_text, full_name, address, created_at, updated_at)
                        VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM consultation_reaction WHERE consultation_id = ?),
                                ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(consultationId, consultationId, me.residentId(), clean.anchor(), version, clean.body(),
                        clean.proposedText(), clean.fullName(), clean.address(), now, now)
                .query(Long.class).single();
        Participation.counted(ConsultationsModule.ID, "reaction");
        return reaction;
    }

    /** The author changes their reaction, until the consultation closes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void edit(long reactionId, ReactionDraft draft) {
        Visitor me = writable();
        long consultationId = ownedBy(reactionId, me);
        Consultation consultation = openFor(consultationId);
        ReactionDraft clean = checked(consultation, draft);
        rateLimiter.check(me.subject());
        jdbc.sql("""
                        UPDATE consultation_reaction SET anchor_key = ?, body = ?, proposed_text = ?, full_name = ?,
                          address = ?, updated_at = ? WHERE id = ?""")
                .params(clean.anchor(), clean.body(), clean.proposedText(), clean.fullName(), clean.address(),
                        Timestamp.from(clock.instant()), reactionId)
                .update();
    }

    /**
     * A supporting file: an image (decoded, checked and re-encoded by {@link SafeImages}) or a PDF. Of a PDF only the
     * size, the "%PDF-" header and the end-of-file marker are checked: it is stored as sent and served as a download
     * with {@code Content-Disposition: attachment}, never rendered by the site; its content (scripts, embedded files)
     * is not inspected.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void attach(long reactionId, String fileName, InputStream content) {
        Visitor me = writable();
        openFor(ownedBy(reactionId, me));
        byte[] bytes;
        try {
            bytes = Consultations.readAtMost(content, MAX_ATTACHMENT_BYTES);
        } catch (InvalidConsultationException tooLarge) {
            throw InvalidConsultationException.at("attachment", "consultations.attachment.too-large",
                    MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = PdfFiles.safeName(fileName);
        PdfFiles.Attachment attachment = PdfFiles.pdfOrImage(bytes, images, MAX_ATTACHMENT_BYTES)
                .orElseThrow(() -> InvalidConsultationException.at("attachment", "consultations.attachment.unknown-type"));
        String type = attachment.contentType();
        byte[] stored = attachment.bytes();
        jdbc.sql("""
                        INSERT INTO consultation_attachment (reaction_id, content_type, file_name, bytes) VALUES (?, ?, ?, ?)
                        ON CONFLICT (reaction_id) DO UPDATE SET content_type = EXCLUDED.content_type,
                          file_name = EXCLUDED.file_name, bytes = EXCLUDED.bytes""")
                .params(reactionId, type, name, stored).update();
    }

    /** The supporting file, for whoever may read the reaction. */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(long reactionId) {
        modules.require(ConsultationsModule.ID);
        if (!mayRead(reactionId)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT content_type, file_name, bytes FROM consultation_attachment WHERE reaction_id = ?")
                .param(reactionId).query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public record Attachment(String contentType, String fileName, byte[] bytes) {
    }

    /** Counts once per resident, however often and however simultaneously they click. Public reactions only. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void support(long reactionId) {
        Visitor me = writable();
        Map<String, Object> row = jdbc.sql("""
                        SELECT r.consultation_id, r.hidden, c.kind FROM consultation_reaction r
                          JOIN consultation c ON c.id = r.consultation_id WHERE r.id = ?""")
                .param(reactionId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("reactie"));
        if ("FORMAL".equals(row.get("kind")) || (Boolean) row.get("hidden")) {
            throw new NotFoundException("reactie");
        }
        openFor(((Number) row.get("consultation_id")).longValue());
        int added = jdbc.sql("""
                        INSERT INTO consultation_reaction_support (reaction_id, resident_id) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""").params(reactionId, me.residentId()).update();
        if (added == 1) {
            jdbc.sql("UPDATE consultation_reaction SET supporter_count = supporter_count + 1 WHERE id = ?")
                    .param(reactionId).update();
            Participation.counted(ConsultationsModule.ID, "support");
        }
    }

    private boolean mayRead(long reactionId) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                        SELECT r.consultation_id, r.resident_id, r.hidden, c.kind, c.published_at FROM consultation_reaction r
                          JOIN consultation c ON c.id = r.consultation_id WHERE r.id = ?""")
                .param(reactionId).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return false;
        }
        Optional<Visitor> me = currentUser.visitor();
        Object owner = row.get().get("resident_id");
        if (me.map(Visitor::canEdit).orElse(false)
                || (owner != null && me.map(v -> v.residentId() == ((Number) owner).longValue()).orElse(false))) {
            return true;
        }
        return "OPEN".equals(row.get().get("kind")) && !(Boolean) row.get().get("hidden")
                && row.get().get("published_at") != null;
    }

    private Consultation openFor(long consultationId) {
        Consultation consultation = consultations.view(consultationId);
        switch (consultation.phase()) {
            case OPEN -> {
                return consultation;
            }
            case DRAFT, ANNOUNCED -> throw InvalidConsultationException.at("form", "consultations.react.not-yet-open");
            default -> throw InvalidConsultationException.at("form", "consultations.react.closed");
        }
    }

    private long ownedBy(long reactionId, Visitor me) {
        Map<String, Object> row = jdbc.sql("SELECT consultation_id, resident_id FROM consultation_reaction WHERE id = ?")
                .param(reactionId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("reactie"));
        Object owner = row.get("resident_id");
        if (owner == null || ((Number) owner).longValue() != me.residentId()) {
            if (!mayRead(reactionId)) {
                throw new NotFoundException("reactie");
            }
            throw new AccessDeniedException(nl.rugzak.tenantadmin.text.Texts.dutch("consultations.react.author-only"));
        }
        return ((Number) row.get("consultation_id")).longValue();
    }

    private ReactionDraft checked(Consultation consultation, ReactionDraft draft) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String body = field(problems, "body", () -> TextLimits.require(draft.body(), "consultations.field.body", 2, MAX_BODY));
        String proposed = field(problems, "proposedText",
                () -> TextLimits.optional(draft.proposedText(), "consultations.field.proposed-text", MAX_BODY));
        String anchor = draft.anchor() == null || draft.anchor().isBlank() ? null : draft.anchor().strip();
        if (anchor != null && consultations.version(consultation.id(), null)
                .flatMap(version -> version.block(anchor)).isEmpty()) {
            problems.put("anchor", FieldProblem.textKey("consultations.field.anchor.unknown"));
        }
        if (anchor == null && proposed != null) {
            problems.put("proposedText", FieldProblem.textKey("consultations.field.proposed-text.needs-paragraph"));
        }
        String fullName = null;
        String address = null;
        if (consultation.formal()) {
            fullName = field(problems, "fullName",
                    () -> TextLimits.requireLine(draft.fullName(), "consultations.field.full-name", 2, 160));
            address = field(problems, "address",
                    () -> TextLimits.requireLine(draft.address(), "consultations.field.address", 5, 300));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConsultationException(problems);
        }
        return new ReactionDraft(anchor, body, proposed, fullName, address);
    }

    private static String field(Map<String, FieldProblem> problems, String field, java.util.function.Supplier<String> check) {
        try {
            return InvalidConsultationException.checked(field, check);
        } catch (InvalidConsultationException refused) {
            problems.put(field, locale -> refused.problemsIn(locale).get(field));
            return null;
        }
    }

    private Visitor writable() {
        modules.require(ConsultationsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    private Reaction reaction(ResultSet rs, long me, boolean formal) throws SQLException {
        long owner = rs.getLong("resident_id");
        boolean mine = !rs.wasNull() && owner == me;
        String name = formal ? null : rs.getString("display_name");
        return new Reaction(rs.getLong("id"), rs.getInt("number"), rs.getString("anchor_key"), rs.getString("body"),
                rs.getString("proposed_text"), name == null && !formal ? "verwijderde deelnemer" : name,
                rs.getInt("supporter_count"), mine, rs.getBoolean("supported"), rs.getString("file_name") != null,
                rs.getString("file_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
