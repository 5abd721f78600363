package nl.rugzak.platform.benchmark;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.comments.ui.CommentSections;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.support.BrowserlessUi;
import nl.rugzak.platform.support.DemoUsers;
import nl.rugzak.platform.support.FixtureItems;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An item page's conversation with 500 comments (100 of them replies, 2,000 supports, 50 authors), server side:
 * loading the threads, and building the whole comment section (karibu); and the moderation queue with 200 pending
 * comments. Writes benchmarks/results/conversation.md. Target: ≤ 200 ms for a page with 500 comments.
 */
@Tag("benchmark")
class ConversationBenchmark extends IntegrationTest {

    @Autowired
    Comments comments;
    @Autowired
    CommentSections sections;
    @Autowired
    Moderation moderation;
    @Autowired
    FixtureItems items;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void conversation() throws Exception {
        awaitIdentity();
        TenantId tenant = new TenantId("voorbeeld");
        ContentRef item = users.as("voorbeeld", "redacteur", () -> items.create("Benchmark", "bench", "Bench", Visibility.VISIBLE));
        ContentRef queued = users.as("voorbeeld", "redacteur", () -> items.create("Wachtrij", "bench", "Bench", Visibility.VISIBLE));
        TenantContext.run(tenant, () -> {
            jdbc.sql("INSERT INTO resident (subject, display_name) SELECT 'bench-' || n, 'Bewoner ' || n FROM generate_series(1, 50) n ON CONFLICT DO NOTHING").update();
            jdbc.sql("""
                    INSERT INTO comment (module, item_id, author_id, body, body_html, visibility, created_at)
                    SELECT :module, :item, (SELECT id FROM resident WHERE subject = 'bench-' || (1 + n % 50)),
                           'Reactie ' || n || ' met **wat** tekst en [een link](https://voorbeeld.nl/' || n || ')',
                           '<p>Reactie ' || n || ' met <strong>wat</strong> tekst en <a href="https://voorbeeld.nl/' || n
                             || '" rel="nofollow noopener ugc">een link</a></p>',
                           'VISIBLE', now() - (500 - n) * interval '1 minute'
                      FROM generate_series(1, 400) n""").param("module", item.module()).param("item", item.itemId()).update();
            jdbc.sql("""
                    INSERT INTO comment (module, item_id, parent_id, author_id, body, body_html, visibility, created_at)
                    SELECT :module, :item, (SELECT min(id) FROM comment WHERE item_id = :item AND module = :module) + n % 400,
                           (SELECT id FROM resident WHERE subject = 'bench-' || (1 + n % 50)), 'Antwoord ' || n,
                           '<p>Antwoord ' || n || '</p>', 'VISIBLE', now()
                      FROM generate_series(1, 100) n""").param("module", item.module()).param("item", item.itemId()).update();
            jdbc.sql("""
                    INSERT INTO comment_support (comment_id, resident_id, created_at)
                    SELECT c.id, r.id, now() FROM (SELECT id FROM comment WHERE module = :module AND item_id = :item ORDER BY id LIMIT 40) c
                      CROSS JOIN (SELECT id FROM resident WHERE subject LIKE 'bench-%') r""")
                    .param("module", item.module()).param("item", item.itemId()).update();
            jdbc.sql("""
                    INSERT INTO comment (module, item_id, author_id, body, visibility, created_at)
                    SELECT :module, :item, (SELECT id FROM resident WHERE subject = 'bench-' || (1 + n % 50)), 'Wacht ' || n, 'PENDING', now()
                      FROM generate_series(1, 200) n""").param("module", queued.module()).param("item", queued.itemId()).update();
        });

        List<Double> anonymous = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            TenantContext.call(tenant, () -> comments.threadFor(item));
            anonymous.add(Stats.millisSince(started));
        }
        List<Double> resident = new ArrayList<>();
        List<Double> section = new ArrayList<>();
        List<Double> queue = new ArrayList<>();
        users.run("voorbeeld", "moderator", () -> {
            for (int i = 0; i < 60; i++) {
                long started = System.nanoTime();
                comments.threadFor(item);
                resident.add(Stats.millisSince(started));
            }
            for (int i = 0; i < 30; i++) {
                long started = System.nanoTime();
                moderation.queue();
                queue.add(Stats.millisSince(started));
            }
            BrowserlessUi.open(context, security.getContext().getAuthentication());
            try {
                for (int i = 0; i < 40; i++) {
                    long started = System.nanoTime();
                    UI.getCurrent().add(sections.create(item));
                    section.add(Stats.millisSince(started));
                    UI.getCurrent().removeAll();
                }
            } finally {
                BrowserlessUi.close();
            }
        });
        String report = "# Conversation benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL 17)\n\n"
                + "One item with 500 comments (400 threads, 100 replies), 2,000 supports, 50 authors. Server side, ms, "
                + "first 10 runs of each excluded as warm-up. Target for an item page with 500 comments: ≤ 200 ms.\n\n"
                + "## Comments.threadFor, anonymous visitor\n" + Stats.summary(anonymous.subList(10, anonymous.size())) + "\n\n"
                + "## Comments.threadFor, logged in (moderator: sees hidden, own support flags)\n"
                + Stats.summary(resident.subList(10, resident.size())) + "\n\n"
                + "## CommentSection built (all 500 loaded, first 30 threads as components; Markdown rendered when written)\n"
                + Stats.summary(section.subList(10, section.size())) + "\n\n"
                + "## Moderation queue with 200 pending comments\n" + Stats.summary(queue.subList(10, queue.size())) + "\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("conversation.md"), report);
    }
}
