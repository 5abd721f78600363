package nl.rugzak.platform.participation.consultations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.participation.consultations.internal.AnchorMatcher;
import nl.rugzak.platform.participation.consultations.internal.DocumentSplitter;
import nl.rugzak.platform.participation.consultations.internal.DocxReader;
import nl.rugzak.platform.participation.consultations.internal.OdtReader;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations and their document versions. Editors create and publish them and write or upload the document;
 * everyone reads the published ones. A draft is staff's business only: to anyone else it does not exist.
 */
@Service
public class Consultations {

    public static final int MAX_TITLE = 160;
    public static final int MAX_INTRODUCTION = 5_000;
    public static final int MAX_DOCUMENT = 400_000;
    /** Uploads larger than this are refused before they are read. */
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    static final String SELECT = """
            SELECT c.id, c.topic_id, c.title, c.introduction, c.kind, c.opens_at, c.closes_at, c.contact_name,
                   c.contact_email, c.published_at, c.report_published_at, c.closed_at,
                   (SELECT count(*) FROM consultation_reaction r WHERE r.consultation_id = c.id AND NOT r.hidden) AS reactions,
                   (SELECT count(*) FROM consultation_version v WHERE v.consultation_id = c.id) AS versions
              FROM consultation c""";

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;
    private final PolicyTopics topics;
    private final Clock clock;

    Consultations(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard,
                  PolicyTopics topics, Clock clock) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
        this.topics = topics;
        this.clock = clock;
    }

    /** Published consultations, newest period first. */
    @Transactional(readOnly = true)
    public List<Consultation> published() {
        modules.require(ConsultationsModule.ID);
        return jdbc.sql(SELECT + " WHERE c.published_at IS NOT NULL ORDER BY c.opens_at DESC, c.id DESC")
                .query(this::consultation).list();
    }

    /** Every consultation including drafts, for the back office. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public List<Consultation> all() {
        modules.require(ConsultationsModule.ID);
        return jdbc.sql(SELECT + " ORDER BY c.created_at DESC, c.id DESC").query(this::consultation).list();
    }

    /** The consultation as this visitor may see it: drafts only for editors, otherwise not found. */
    @Transactional(readOnly = true)
    public Consultation view(long id) {
        modules.require(ConsultationsModule.ID);
        Consultation consultation = find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        if (consultation.phase() == ConsultationPhase.DRAFT && !currentUser.visitor().map(Visitor::canEdit).orElse(false)) {
            throw new NotFoundException("inspraak");
        }
        return consultation;
    }

    /** The current (newest) version of the document, if there is one. */
    @Transactional(readOnly = true)
    public Optional<DocumentVersion> currentVersion(long id) {
        view(id);
        return version(id, null);
    }

    @Transactional(readOnly = true)
    public Optional<DocumentVersion> version(long id, int number) {
        view(id);
        return version(id, (Integer) number);
    }

    /** What changed from version {@code from} to version {@code to}, block by block. */
    @Transactional(readOnly = true)
    public List<BlockChange> changes(long id, int from, int to) {
        view(id);
        DocumentVersion before = version(id, (Integer) from).orElseThrow(() -> new NotFoundException("versie"));
        DocumentVersion after = version(id, (Integer) to).orElseThrow(() -> new NotFoundException("versie"));
        return changes(before, after);
    }

    static List<BlockChange> changes(DocumentVersion before, DocumentVersion after) {
        Map<String, Block> old = new LinkedHashMap<>();
        before.blocks().forEach(block -> old.put(block.anchor(), block));
        List<BlockChange> changes = new ArrayList<>();
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (Block block : after.blocks()) {
            if (old.containsKey(block.anchor())) {
                kept.add(block.anchor());
            } else if (block.replaces() != null && old.containsKey(block.replaces())) {
                kept.add(block.replaces());
                Block was = old.get(block.replaces());
                changes.add(new BlockChange(BlockChange.Kind.CHANGED, was, block,
                        TrackedChange.between(was.plainText(), block.plainText())));
            } else {
                changes.add(new BlockChange(BlockChange.Kind.ADDED, null, block,
                        TrackedChange.between("", block.plainText())));
            }
        }
        old.values().stream().filter(block -> !kept.contains(block.anchor())).forEach(block -> changes.add(
                new BlockChange(BlockChange.Kind.REMOVED, block, null, TrackedChange.between(block.plainText(), ""))));
        return changes;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public long create(ConsultationDraft draft) {
        writable();
        ConsultationDraft clean = checked(draft);
        return jdbc.sql("""
                        INSERT INTO consultation (topic_id, title, introduction, kind, opens_at, closes_at, contact_name,
                                                  contact_email)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(clean.topicId(), clean.title(), clean.introduction(), clean.kind().name(),
                        Timestamp.from(clean.opensAt()), Timestamp.from(clean.closesAt()), clean.contactName(),
                        clean.contactEmail())
                .query(Long.class).single();
    }

    /** The kind cannot change once anyone reacted: a public reaction must not become a formal view, nor back. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void update(long id, ConsultationDraft draft) {
        writable();
        Consultation current = find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        ConsultationDraft clean = checked(draft);
        if (clean.kind() != current.kind() && reactionCount(id) > 0) {
            throw InvalidConsultationException.at("kind", "consultations.kind.fixed-after-reactions");
        }
        jdbc.sql("""
                        UPDATE consultation SET topic_id = ?, title = ?, introduction = ?, kind = ?, opens_at = ?,
                          closes_at = ?, contact_name = ?, contact_email = ? WHERE id = ?""")
                .params(clean.topicId(), clean.title(), clean.introduction(), clean.kind().name(),
                        Timestamp.from(clean.opensAt()), Timestamp.from(clean.closesAt()), clean.contactName(),
                        clean.contactEmail(), id)
                .update();
    }

    /** Makes the consultation public (announced or open, by its period); it needs a document first. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void publish(long id) {
        writable();
        find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        if (version(id, null).isEmpty()) {
            throw InvalidConsultationException.at("document", "consultations.publish.document-missing");
        }
        jdbc.sql("UPDATE consultation SET published_at = coalesce(published_at, ?) WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /** Ends the consultation after the report: the page stays, as the record of what was decided. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void close(long id) {
        writable();
        Consultation consultation = find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        if (consultation.phase() != ConsultationPhase.REPORT_PUBLISHED) {
            throw InvalidConsultationException.at("form", "consultations.close.report-first");
        }
        jdbc.sql("UPDATE consultation SET closed_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), id).update();
    }

    /** A new version written in Markdown. */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public DocumentVersion saveDocument(long id, String markdown) {
        Visitor me = writable();
        find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        String text = InvalidConsultationException.checked("document",
                () -> TextLimits.require(markdown, "consultations.field.document", 1, MAX_DOCUMENT));
        return store(id, text, "MARKDOWN", 0, 0, me.displayName());
    }

    /**
     * A new version from an uploaded Word file (.docx) or OpenDocument text (.odt). At most {@link #MAX_UPLOAD_BYTES} are read from the stream: a larger
     * file is refused without ever being held in memory whole. Nothing is stored when the file is refused.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public DocumentVersion uploadDocument(long id, String fileName, InputStream content) {
        Visitor me = writable();
        find(id).orElseThrow(() -> new NotFoundException("inspraak"));
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean odt = name.endsWith(".odt");
        if (!odt && !name.endsWith(".docx")) {
            throw InvalidConsultationException.at("file", "consultations.upload.docx-only");
        }
        byte[] bytes = readAtMost(content, MAX_UPLOAD_BYTES);
        DocxReader.Read read;
        try {
            read = odt ? OdtReader.read(bytes) : DocxReader.read(bytes);
        } catch (DocxReader.Refused refused) {
            throw InvalidConsultationException.at("file", "consultations.upload." + refused.reason());
        }
        if (DocumentSplitter.split(read.markdown()).isEmpty()) {
            throw InvalidConsultationException.at("file", "consultations.upload.empty");
        }
        if (read.markdown().length() > MAX_DOCUMENT) {
            throw InvalidConsultationException.at("file", "consultations.upload.too-long", MAX_DOCUMENT);
        }
        return store(id, read.markdown(), odt ? "ODT" : "DOCX", read.imagesLeftOut(), read.commentsLeftOut(), me.displayName());
    }

    /** Reads the upload up to the limit; one byte more means too large, and the rest is never read. */
    static byte[] readAtMost(InputStream content, long limit) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw InvalidConsultationException.at("file", "consultations.upload.too-large", limit / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DocumentVersion store(long id, String markdown, String origin, int images, int comments, String by) {
        List<DocumentSplitter.NumberedBlock> blocks = DocumentSplitter.number(DocumentSplitter.split(markdown));
        if (blocks.isEmpty()) {
            throw InvalidConsultationException.at("document", "consultations.upload.empty");
        }
        // Versions of one consultation are numbered one after another: lock the consultation while adding one.
        jdbc.sql("SELECT id FROM consultation WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
        Optional<DocumentVersion> previous = version(id, null);
        int number = previous.map(v -> v.number() + 1).orElse(1);
        AtomicInteger nextAnchor = new AtomicInteger(jdbc.sql("""
                        SELECT coalesce(max(substring(b.anchor_key FROM 2)::int), 0)
                          FROM consultation_block b JOIN consultation_version v ON v.id = b.version_id
                         WHERE v.consultation_id = ?""").param(id).query(Integer.class).single());
        List<AnchorMatcher.Old> old = previous.map(v -> v.blocks().stream()
                .map(b -> new AnchorMatcher.Old(b.anchor(), b.kind() + ":" + b.body())).toList()).orElse(List.of());
        List<AnchorMatcher.Assigned> anchors = AnchorMatcher.assign(old,
                blocks.stream().map(b -> b.kind() + ":" + b.body()).toList(), nextAnchor::incrementAndGet);
        String notices = images == 0 && comments == 0 ? "" : "images=" + images + ";comments=" + comments;
        long versionId = jdbc.sql("""
                        INSERT INTO consultation_version (consultation_id, number, source, origin, notices, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(id, number, markdown, origin, notices, by, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (int i = 0; i < blocks.size(); i++) {
            DocumentSplitter.NumberedBlock block = blocks.get(i);
            jdbc.sql("""
                            INSERT INTO consultation_block (version_id, position, anchor_key, replaces_key, kind, level,
                                                            number, body)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, i, anchors.get(i).anchor(), anchors.get(i).replaces(), block.kind().name(),
                            block.level(), block.number(), block.body())
                    .update();
        }
        return version(id, number).orElseThrow();
    }

    Optional<DocumentVersion> version(long id, Integer number) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                        SELECT id, number, source, origin, notices, created_by, created_at FROM consultation_version
                         WHERE consultation_id = ? AND (CAST(? AS INT) IS NULL OR number = ?)
                         ORDER BY number DESC LIMIT 1""")
                .params(id, number, number).query().listOfRows().stream().findFirst();
        return row.map(r -> {
            long versionId = ((Number) r.get("id")).longValue();
            List<Block> blocks = jdbc.sql("""
                            SELECT anchor_key, replaces_key, kind, level, number, body FROM consultation_block
                             WHERE version_id = ? ORDER BY position""").param(versionId)
                    .query((rs, i) -> new Block(rs.getString(1), rs.getString(2), BlockKind.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getString(5), rs.getString(6))).list();
            String notices = (String) r.get("notices");
            return new DocumentVersion(((Number) r.get("number")).intValue(), (String) r.get("source"),
                    (String) r.get("origin"), blocks, notice(notices, "images"), notice(notices, "comments"),
                    (String) r.get("created_by"), ((Timestamp) r.get("created_at")).toInstant());
        });
    }

    private static int notice(String notices, String name) {
        for (String part : notices.split(";")) {
            if (part.startsWith(name + "=")) {
                return Integer.parseInt(part.substring(name.length() + 1));
            }
        }
        return 0;
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::consultation).optional();
    }

    ConsultationPhase phase(long id) {
        return find(id).map(Consultation::phase).orElseThrow(() -> new NotFoundException("inspraak"));
    }

    private int reactionCount(long id) {
        return jdbc.sql("SELECT count(*) FROM consultation_reaction WHERE consultation_id = ?").param(id)
                .query(Integer.class).single();
    }

    private Visitor writable() {
        modules.require(ConsultationsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        return me;
    }

    private ConsultationDraft checked(ConsultationDraft draft) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String title = field(problems, "title", () -> TextLimits.requireLine(draft.title(), "consultations.field.title", 5, MAX_TITLE));
        String introduction = field(problems, "introduction",
                () -> TextLimits.require(draft.introduction(), "consultations.field.introduction", 1, MAX_INTRODUCTION));
        String contactName = field(problems, "contactName",
                () -> TextLimits.requireLine(draft.contactName(), "consultations.field.contact-name", 1, 120));
        String contactEmail = field(problems, "contactEmail",
                () -> TextLimits.requireLine(draft.contactEmail(), "consultations.field.contact-email", 3, 200));
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("contactEmail", FieldProblem.textKey("consultations.field.contact-email.invalid"));
        }
        if (draft.topicId() == null) {
            problems.put("topic", FieldProblem.textKey("consultations.field.topic.empty"));
        } else if (!topics.exists(draft.topicId())) {
            problems.put("topic", FieldProblem.textKey("consultations.field.topic.unknown"));
        }
        if (draft.kind() == null) {
            problems.put("kind", FieldProblem.textKey("consultations.field.kind.empty"));
        }
        if (draft.opensAt() == null) {
            problems.put("opensAt", FieldProblem.textKey("consultations.field.opens-at.empty"));
        }
        if (draft.closesAt() == null) {
            problems.put("closesAt", FieldProblem.textKey("consultations.field.closes-at.empty"));
        } else if (draft.opensAt() != null && !draft.closesAt().isAfter(draft.opensAt())) {
            problems.put("closesAt", FieldProblem.textKey("consultations.field.closes-at.before-opening"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConsultationException(problems);
        }
        return new ConsultationDraft(draft.topicId(), title, introduction, draft.kind(), draft.opensAt(),
                draft.closesAt(), contactName, contactEmail);
    }

    private static String field(Map<String, FieldProblem> problems, String field, java.util.function.Supplier<String> check) {
        try {
            return InvalidConsultationException.checked(field, check);
        } catch (InvalidConsultationException refused) {
            refused.problemsIn(nl.rugzak.tenantadmin.text.Texts.DUTCH).keySet().forEach(key ->
                    problems.put(key, locale -> refused.problemsIn(locale).get(key)));
            return null;
        }
    }

    private Consultation consultation(ResultSet rs, int row) throws SQLException {
        Instant published = instant(rs, "published_at");
        Instant opens = instant(rs, "opens_at");
        Instant closes = instant(rs, "closes_at");
        Instant report = instant(rs, "report_published_at");
        Instant closed = instant(rs, "closed_at");
        return new Consultation(rs.getLong("id"), rs.getLong("topic_id"), rs.getString("title"),
                rs.getString("introduction"), ConsultationKind.valueOf(rs.getString("kind")), opens, closes,
                rs.getString("contact_name"), rs.getString("contact_email"),
                ConsultationPhase.of(published, opens, closes, report, closed, clock.instant()),
                rs.getInt("reactions"), rs.getInt("versions"), report);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
