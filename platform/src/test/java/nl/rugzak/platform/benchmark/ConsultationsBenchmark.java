package nl.rugzak.platform.benchmark;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.Processing;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.participation.consultations.ResponseReports;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One consultation with a 200-alinea document and 2,000 reactions: the residents' page and the staff processing
 * view (server side, through the services those views call), and generating the reactienota PDF and .docx (time and
 * heap).
 * Writes benchmarks/results/consultations.md. Run: ./mvnw -Pbenchmark -pl platform -am verify -Dit.test=ConsultationsBenchmark
 */
@Tag("benchmark")
class ConsultationsBenchmark extends IntegrationTest {

    static final TenantId TENANT = new TenantId("inspraakstad");

    @Autowired
    TenantCreation creation;
    @Autowired
    TenantRegistryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Consultations consultations;
    @Autowired
    Reactions reactions;
    @Autowired
    Processing processing;
    @Autowired
    ResponseReports reports;

    @Test
    void pageProcessingAndReportAtScale() throws Exception {
        awaitIdentity();
        creation.createLeavingIdentityForLater(new NewTenant(TENANT.slug(), "Gemeente Inspraakstad", "inspraakstad.localhost",
                List.of(), List.of("nl")));
        store.setModules(TENANT, List.of(ConsultationsModule.ID, TopicsModule.ID));
        long seeding = System.nanoTime();
        long id = TenantContext.call(TENANT, this::seed);
        double seedMillis = Stats.millisSince(seeding);

        // What ConsultationView reads for an anonymous visitor.
        List<Double> page = time(() -> {
            var consultation = consultations.view(id);
            var version = consultations.currentVersion(id).orElseThrow();
            return consultation.reactions() + version.blocks().size() + reactions.visible(id).size();
        });
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark-editor", null, List.of(new SimpleGrantedAuthority("ROLE_editor"))));
        try {
            // What ConsultationManageView reads (it then shows the first 50 reactions).
            List<Double> staff = time(() -> {
                var version = consultations.currentVersion(id).orElseThrow();
                return processing.themes(id).size() + processing.reactions(id).size() + version.blocks().size()
                        + reports.summary(id).length();
            });
            Generated pdf = generate(() -> reports.previewPdf(id));
            int pages;
            try (var document = Loader.loadPDF(pdf.last())) {
                pages = document.getNumberOfPages();
                // The numbers count only if the fast report is still the accessible one.
                if (document.getDocumentCatalog().getStructureTreeRoot() == null
                        || !"nl".equals(document.getDocumentCatalog().getLanguage())) {
                    throw new AssertionError("the reactienota PDF lost its tags or its language");
                }
            }
            Generated docx = generate(() -> reports.previewDocx(id));
            int paragraphs;
            try (var document = new XWPFDocument(new ByteArrayInputStream(docx.last()))) {
                paragraphs = document.getParagraphs().size();
            }
            String load = String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String report = "# Consultations benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, embedded PostgreSQL 17, load average " + load + " at the end)\n\n"
                    + "One consultation with a 200-alinea document (two versions, 20 alineas changed) and 2,000 reactions "
                    + "(seeded in " + String.format("%.0f", seedMillis) + " ms), 100 themes. Server side, through the "
                    + "services the views call (not the Vaadin rendering); 50 runs each after 10 warm-up runs, ms. "
                    + "The reports: 3 runs each, the first in a JVM that had not made one yet; then one more run while "
                    + "a second thread forces a garbage collection every " + LIVE_SAMPLE_MILLIS + " ms, to see how much "
                    + "of the heap the report really holds (its time is not counted).\n\n"
                    + "| what | result | target |\n| --- | --- | --- |\n"
                    + "| consultation page (consultation, current version, visible reactions) | " + Stats.summary(page)
                    + " | p95 ≤ 300 |\n"
                    + "| staff processing view (version, themes, all 2,000 reactions with names, summary) | "
                    + Stats.summary(staff) + " | p95 ≤ 500 |\n"
                    + "| reactienota PDF (tagged PDF/UA + PDF/A-2u), " + pages + " pages, " + kb(pdf.last()) + " (3 runs, ms) | "
                    + pdf.timings() + " | ≤ 10,000 |\n"
                    + "| PDF: heap growth, peak of the heap pools minus used before (after a GC), garbage included | "
                    + pdf.peakMb() + " MB | ≤ 200 MB |\n"
                    + "| PDF: live heap growth (largest heap after a forced GC, minus before) | " + pdf.liveMb() + " MB | ≤ 200 MB |\n"
                    + "| reactienota .docx, " + paragraphs + " paragraphs, " + kb(docx.last()) + " (3 runs, ms) | "
                    + docx.timings() + " | – |\n"
                    + "| .docx: heap growth, garbage included / live | " + docx.peakMb() + " MB / " + docx.liveMb()
                    + " MB | – |\n";
            System.out.println(report);
            Files.writeString(Stats.resultsFolder().resolve("consultations.md"), report);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<Double> time(Supplier<Object> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            TenantContext.call(TENANT, work::get);
            if (i >= 10) {
                millis.add(Stats.millisSince(started));
            }
        }
        return millis;
    }

    static final long LIVE_SAMPLE_MILLIS = 100;

    /** Times of three runs, the largest heap peak among them, and the live growth of a fourth run; the last bytes made. */
    record Generated(List<Double> millis, long peakMb, long liveMb, byte[] last) {
        String timings() {
            return millis.stream().map(m -> String.format("%.0f", m)).toList().toString();
        }
    }

    private Generated generate(Callable<byte[]> report) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        List<Double> millis = new ArrayList<>();
        long peakGrowth = 0;
        byte[] last = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            long before = used(heap);
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            last = TenantContext.call(TENANT, report);
            millis.add(Stats.millisSince(started));
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            peakGrowth = Math.max(peakGrowth, peak - before);
        }
        // The peak above counts garbage the collector had not yet cleared, so it follows the young generation's size
        // more than the report. Forcing collections while one more report is made shows what it holds at most.
        System.gc();
        long before = used(heap);
        AtomicLong live = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleWithFixedDelay(() -> {
            System.gc();
            live.accumulateAndGet(used(heap), Math::max);
        }, 0, LIVE_SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        try {
            TenantContext.call(TENANT, report);
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Generated(millis, peakGrowth >> 20, (live.get() - before) >> 20, last);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static String kb(byte[] bytes) {
        return String.format("%,d KB", bytes.length / 1024);
    }

    /** Written with SQL in bulk: the point is reading and rendering at scale, not how fast the services insert. */
    private long seed() {
        long topic = jdbc.sql("INSERT INTO policy_topic (title, summary, status) VALUES ('Omgevingsvisie', 'Hoe de stad groeit.', 'DECIDING') RETURNING id")
                .query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO consultation (topic_id, title, introduction, kind, opens_at, closes_at, contact_name,
                                                  contact_email, published_at)
                        VALUES (?, 'Omgevingsvisie 2040', 'Reageer op de omgevingsvisie.', 'OPEN', now() - interval '40 days',
                                now() - interval '10 days', 'Team Visie', 'visie@example.org', now() - interval '41 days')
                        RETURNING id""").param(topic).query(Long.class).single();
        for (int number = 1; number <= 2; number++) {
            long version = jdbc.sql("""
                            INSERT INTO consultation_version (consultation_id, number, source, origin, created_by)
                            VALUES (?, ?, '', 'MARKDOWN', 'Benchmark') RETURNING id""").params(id, number)
                    .query(Long.class).single();
            // Every tenth alinea is a heading; in version 2 every tenth other alinea changed (new anchor, replaces the old).
            jdbc.sql("""
                            INSERT INTO consultation_block (version_id, position, anchor_key, replaces_key, kind, level, number, body)
                            SELECT ?, g,
                                   CASE WHEN ? = 2 AND g % 10 = 5 THEN 'a' || (1000 + g) ELSE 'a' || g END,
                                   CASE WHEN ? = 2 AND g % 10 = 5 THEN 'a' || g END,
                                   CASE WHEN g % 10 = 0 THEN 'HEADING' ELSE 'PARAGRAPH' END,
                                   CASE WHEN g % 10 = 0 THEN 1 ELSE 0 END,
                                   CASE WHEN g % 10 = 0 THEN '§' || (g / 10 + 1) ELSE g::text END,
                                   CASE WHEN g % 10 = 0 THEN 'Hoofdstuk ' || (g / 10 + 1)
                                        ELSE repeat('De stad groeit met woningen, groen en werk in alinea ' || g || '. ', 6)
                                             || CASE WHEN ? = 2 AND g % 10 = 5 THEN ' Aangepast na inspraak.' ELSE '' END END
                              FROM generate_series(0, 199) g""").params(version, number, number, number).update();
        }
        jdbc.sql("""
                INSERT INTO resident (subject, display_name)
                SELECT 'inspraak-bench-' || g, 'Inspreker ' || g FROM generate_series(1, 1000) g""").update();
        jdbc.sql("""
                INSERT INTO consultation_theme (consultation_id, name, answer, outcome)
                SELECT ?, 'Thema ' || g, 'Een antwoord voor het hele thema ' || g || '.', 'UNCHANGED'
                  FROM generate_series(1, 100) g""").param(id).update();
        jdbc.sql("""
                INSERT INTO consultation_reaction (consultation_id, number, resident_id, anchor_key, version_number, body,
                                                   proposed_text, theme_id, supporter_count, created_at, updated_at)
                SELECT ?, g, (SELECT min(id) FROM resident) + (g % 1000),
                       CASE WHEN g % 7 = 0 THEN NULL ELSE 'a' || (1 + (g % 199)) END, 1,
                       'Ik vind dat alinea ' || (g % 199) || ' beter kan: ' || repeat('meer groen en minder auto''s. ', 5),
                       CASE WHEN g % 5 = 0 THEN 'Een voorstel voor een nieuwe tekst, nummer ' || g END,
                       (SELECT min(id) FROM consultation_theme) + (g % 100), g % 13,
                       now() - interval '30 days', now() - interval '30 days'
                  FROM generate_series(1, 2000) g""").param(id).update();
        jdbc.sql("ANALYZE").update();
        return id;
    }
}
