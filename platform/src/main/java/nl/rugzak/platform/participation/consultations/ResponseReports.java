package nl.rugzak.platform.participation.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.notifications.Audience;
import nl.rugzak.platform.notifications.Notice;
import nl.rugzak.platform.notifications.NotificationKind;
import nl.rugzak.platform.notifications.Notifications;
import nl.rugzak.platform.participation.consultations.internal.ReportDocx;
import nl.rugzak.platform.participation.consultations.internal.ReportPdf;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import nl.rugzak.themes.tokens.ThemeTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response report (reactienota): previewed by staff from the current processing, then published as a fixed PDF
 * and .docx that stay as they were published. Private persons are never named in it.
 */
@Service
public class ResponseReports {

    public static final int MAX_SUMMARY = 10_000;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final TenantWriteGuard writeGuard;
    private final Consultations consultations;
    private final PolicyTopics topics;
    private final TenantRegistry registry;
    private final ThemeStore themes;
    private final Clock clock;
    private final Notifications notifications;

    ResponseReports(JdbcClient jdbc, EnabledModules modules, TenantWriteGuard writeGuard, Consultations consultations,
                    PolicyTopics topics, TenantRegistry registry, ThemeStore themes, Clock clock,
                    Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.modules = modules;
        this.writeGuard = writeGuard;
        this.consultations = consultations;
        this.topics = topics;
        this.registry = registry;
        this.themes = themes;
        this.clock = clock;
    }

    /** The summary staff wrote so far (empty when none). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public String summary(long consultationId) {
        consultations.view(consultationId);
        return jdbc.sql("SELECT summary FROM consultation_report WHERE consultation_id = ?").param(consultationId)
                .query(String.class).optional().orElse("");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void saveSummary(long consultationId, String summary) {
        modules.require(ConsultationsModule.ID);
        writeGuard.requireWritable();
        consultations.view(consultationId);
        String clean = InvalidConsultationException.checked("summary",
                () -> TextLimits.require(summary, "consultations.field.summary", 0, MAX_SUMMARY));
        jdbc.sql("""
                        INSERT INTO consultation_report (consultation_id, summary) VALUES (?, ?)
                        ON CONFLICT (consultation_id) DO UPDATE SET summary = EXCLUDED.summary""")
                .params(consultationId, clean).update();
    }

    /** What the report would say now, for staff's preview. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public ReportContent content(long consultationId) {
        return build(consultationId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public byte[] previewPdf(long consultationId) {
        return ReportPdf.render(build(consultationId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public byte[] previewDocx(long consultationId) {
        return ReportDocx.render(build(consultationId));
    }

    /**
     * Publishes the report once the consultation has closed for reactions and every reaction has an answer and an
     * outcome. Publishing again replaces it (a correction); the consultation then shows "verslag gepubliceerd".
     */
    @Transactional
    @PreAuthorize("hasAnyRole('editor', 'tenant-admin')")
    public void publish(long consultationId) {
        modules.require(ConsultationsModule.ID);
        writeGuard.requireWritable();
        Consultation consultation = consultations.view(consultationId);
        if (consultation.phase() == ConsultationPhase.DRAFT || consultation.phase() == ConsultationPhase.ANNOUNCED
                || consultation.phase() == ConsultationPhase.OPEN) {
            throw InvalidConsultationException.at("form", "consultations.report.still-open");
        }
        int unanswered = jdbc.sql("""
                        SELECT count(*) FROM consultation_reaction r LEFT JOIN consultation_theme t ON t.id = r.theme_id
                         WHERE r.consultation_id = ? AND NOT r.hidden
                           AND (coalesce(r.answer, t.answer) IS NULL OR coalesce(r.outcome, t.outcome) IS NULL)""")
                .param(consultationId).query(Integer.class).single();
        if (unanswered > 0) {
            throw InvalidConsultationException.at("form", "consultations.report.unanswered", unanswered);
        }
        store(consultationId);
        // Once per consultation: a corrected report replaces the file but does not mail everyone again.
        notifications.record(
                Notice.of(NotificationKind.REACTIENOTA_PUBLISHED, consultation.title(), "/inspraak/" + consultationId)
                        .once("reactienota:" + consultationId),
                Audience.query("SELECT DISTINCT resident_id FROM consultation_reaction"
                        + " WHERE consultation_id = ? AND resident_id IS NOT NULL", consultationId));
    }

    /** Renders and stores the report as published now; the checks are the caller's. */
    void store(long consultationId) {
        ReportContent content = build(consultationId);
        byte[] pdf = ReportPdf.render(content);
        byte[] docx = ReportDocx.render(content);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO consultation_report (consultation_id, pdf, docx, published_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (consultation_id) DO UPDATE SET pdf = EXCLUDED.pdf, docx = EXCLUDED.docx,
                          published_at = EXCLUDED.published_at""")
                .params(consultationId, pdf, docx, now).update();
        jdbc.sql("UPDATE consultation SET report_published_at = ? WHERE id = ?").params(now, consultationId).update();
    }

    /** The published report in the given format, for anyone, once published; empty before. */
    @Transactional(readOnly = true)
    public Optional<byte[]> published(long consultationId, Format format) {
        modules.require(ConsultationsModule.ID);
        Consultation consultation = consultations.view(consultationId);
        if (consultation.reportPublishedAt() == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + (format == Format.PDF ? "pdf" : "docx")
                        + " FROM consultation_report WHERE consultation_id = ? AND published_at IS NOT NULL")
                .param(consultationId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    public enum Format { PDF, DOCX }

    private ReportContent build(long consultationId) {
        Consultation consultation = consultations.view(consultationId);
        DocumentVersion current = consultations.version(consultationId, null)
                .orElseThrow(() -> new NotFoundException("document"));
        // The version residents reacted on first: the report shows what changed since.
        int consulted = jdbc.sql("SELECT coalesce(min(version_number), ?) FROM consultation_reaction WHERE consultation_id = ?")
                .params(current.number(), consultationId).query(Integer.class).single();
        DocumentVersion before = consultations.version(consultationId, consulted).orElse(current);
        Map<String, String> numbers = new HashMap<>();
        before.blocks().forEach(block -> numbers.put(block.anchor(), block.number()));
        Map<String, String> newNumbers = new HashMap<>();
        current.blocks().forEach(block -> newNumbers.put(block.anchor(), block.number()));
        numbers.putAll(newNumbers);
        List<StaffReaction> reactions = jdbc.sql("""
                        SELECT r.id, r.number, r.anchor_key, r.body, r.proposed_text, p.display_name, r.full_name, r.address,
                               r.hidden, r.supporter_count, r.theme_id, t.name AS theme_name, r.answer, r.outcome,
                               r.changed_key, t.answer AS theme_answer, t.outcome AS theme_outcome,
                               t.changed_key AS theme_changed_key, false AS has_attachment, r.created_at
                          FROM consultation_reaction r
                          LEFT JOIN resident p ON p.id = r.resident_id
                          LEFT JOIN consultation_theme t ON t.id = r.theme_id
                         WHERE r.consultation_id = ? ORDER BY r.number""")
                .param(consultationId).query(Processing::reaction).list();
        List<ReportContent.Entry> entries = reactions.stream().filter(r -> !r.hidden()).map(r -> new ReportContent.Entry(
                r.number(), r.anchor() == null ? null : numbers.getOrDefault(r.anchor(), "?"),
                withoutNames(r.body(), r), r.proposedText() == null ? null : withoutNames(r.proposedText(), r),
                r.themeName(), r.effectiveAnswer(), r.effectiveOutcome(),
                r.effectiveChangedAnchor() == null ? null : newNumbers.get(r.effectiveChangedAnchor()))).toList();
        int hidden = (int) reactions.stream().filter(StaffReaction::hidden).count();
        String summary = jdbc.sql("SELECT summary FROM consultation_report WHERE consultation_id = ?")
                .param(consultationId).query(String.class).optional().orElse("");
        String topic = topics.exists(consultation.topicId()) ? topics.find(consultation.topicId()).title() : "";
        return new ReportContent(municipality(), consultation.title(), topic, consultation.kind(),
                consultation.opensAt(), consultation.closesAt(), summary, before.number(), current.number(), entries,
                hidden, Consultations.changes(before, current), houseStyle(), nl.rugzak.tenantadmin.time.Dates.ZONE);
    }

    /** A reactor's own name or address typed into their text is replaced: the report names nobody. */
    static String withoutNames(String text, StaffReaction reaction) {
        String result = text;
        for (String name : new String[] {reaction.fullName(), reaction.displayName()}) {
            result = replace(result, name, "[naam]");
        }
        return replace(result, reaction.address(), "[adres]");
    }

    private static String replace(String text, String value, String with) {
        if (value == null || value.strip().length() < 3) {
            return text;
        }
        return Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(with);
    }

    private String municipality() {
        return registry.find(TenantContext.require()).map(t -> t.displayName()).orElse("");
    }

    private ReportContent.HouseStyle houseStyle() {
        TenantId tenant = TenantContext.require();
        Optional<PublishedTheme> theme = themes.published(tenant);
        ThemeTokens tokens = theme.map(PublishedTheme::tokens).orElse(ThemeTokens.DEFAULT);
        byte[] logo = null;
        String type = null;
        var ref = theme.map(t -> t.assets().get(ThemeAssetKind.LOGO));
        if (ref.isPresent() && !ref.get().contentType().contains("svg")) {
            var asset = themes.asset(tenant, ref.get().sha256());
            if (asset.isPresent()) {
                logo = asset.get().bytes();
                type = asset.get().contentType();
            }
        }
        return new ReportContent.HouseStyle(logo, type, tokens.primary().css(), tokens.text().css());
    }
}
