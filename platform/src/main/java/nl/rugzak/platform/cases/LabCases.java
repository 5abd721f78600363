package nl.rugzak.platform.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.TextLimits;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The case pages of the learning circle: per municipality, kept by the lab, its question, its approach, what it
 * learned and links to its projects. Stored in the control plane (the lab's own data), never in a tenant's schema.
 * Approach and lessons are Markdown, shown through {@link SafeMarkdown}.
 */
@Service
public class LabCases {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_LINK_TITLE = 160;
    public static final int MAX_URL = 500;

    /** A link from the case to something public of the municipality (a project page, say). */
    public record Link(String title, String url) {
    }

    /** What the lab writes; links as given. */
    public record CaseDraft(String question, String approach, String learned, List<Link> links) {
        public CaseDraft {
            links = List.copyOf(links);
        }
    }

    /** A municipality in the list of cases: whether its case page has been written yet. */
    public record CaseSummary(String slug, String municipality, String question, Instant updatedAt) {
        public boolean written() {
            return question != null;
        }
    }

    /** A case page as shown; {@code approachHtml}/{@code learnedHtml} are sanitised HTML. */
    public record Case(String slug, String municipality, String question, String approach, String learned,
                       String approachHtml, String learnedHtml, List<Link> links, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final TenantRegistry registry;
    private final SafeMarkdown markdown;
    private final Clock clock;

    LabCases(JdbcClient jdbc, ControlPlaneWork controlPlane, TenantRegistry registry, SafeMarkdown markdown,
             Clock clock) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
        this.registry = registry;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Every running municipality, with its case if written, by name. */
    @PreAuthorize("hasRole('lab-admin')")
    public List<CaseSummary> all() {
        Map<String, Object[]> written = controlPlane.call(() -> jdbc.sql(
                        "SELECT tenant_slug, question, updated_at FROM control.lab_case")
                .query((rs, row) -> new Object[]{rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()})
                .list()).stream().collect(Collectors.toMap(row -> (String) row[0], Function.identity()));
        List<CaseSummary> all = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            if (tenant.status() == TenantStatus.DELETED || tenant.status() == TenantStatus.PROVISIONING) {
                continue;
            }
            Object[] row = written.get(tenant.id().slug());
            all.add(new CaseSummary(tenant.id().slug(), tenant.displayName(), row == null ? null : (String) row[1],
                    row == null ? null : (Instant) row[2]));
        }
        all.sort((a, b) -> a.municipality().compareToIgnoreCase(b.municipality()));
        return all;
    }

    /** The case of one municipality; empty when the lab has not written it yet. */
    @PreAuthorize("hasRole('lab-admin')")
    public Optional<Case> of(String slug) {
        Tenant tenant = tenant(slug);
        return controlPlane.call(() -> jdbc.sql(
                        "SELECT question, approach, learned, updated_at FROM control.lab_case WHERE tenant_slug = ?")
                .param(slug)
                .query((rs, row) -> new Case(slug, tenant.displayName(), rs.getString(1), rs.getString(2),
                        rs.getString(3), markdown.toHtml(rs.getString(2)), markdown.toHtml(rs.getString(3)),
                        links(slug), rs.getTimestamp(4).toInstant()))
                .optional());
    }

    /** Writes the case page (all or nothing): a bad field or link leaves the page as it was. */
    @PreAuthorize("hasRole('lab-admin')")
    public void save(String slug, CaseDraft draft) {
        tenant(slug);
        String question = TextLimits.require(draft.question(), "cases.field.question", 1, MAX_QUESTION);
        String approach = orEmpty(TextLimits.optional(draft.approach(), "cases.field.approach", MAX_TEXT));
        String learned = orEmpty(TextLimits.optional(draft.learned(), "cases.field.learned", MAX_TEXT));
        if (draft.links().size() > MAX_LINKS) {
            throw new UserFacingException("cases.links.too-many", MAX_LINKS);
        }
        List<Link> links = draft.links().stream().map(LabCases::checked).toList();
        controlPlane.run(() -> {
            jdbc.sql("""
                            INSERT INTO control.lab_case (tenant_slug, question, approach, learned, updated_at)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (tenant_slug) DO UPDATE SET question = excluded.question,
                              approach = excluded.approach, learned = excluded.learned, updated_at = excluded.updated_at""")
                    .params(slug, question, approach, learned, Timestamp.from(clock.instant())).update();
            jdbc.sql("DELETE FROM control.lab_case_link WHERE tenant_slug = ?").param(slug).update();
            for (int i = 0; i < links.size(); i++) {
                jdbc.sql("INSERT INTO control.lab_case_link (tenant_slug, title, url, position) VALUES (?, ?, ?, ?)")
                        .params(slug, links.get(i).title(), links.get(i).url(), i).update();
            }
        });
    }

    /** Only web links (http, https): a case page is read by every municipality's staff, so no scripts or files. */
    static Link checked(Link link) {
        String title = TextLimits.requireLine(link.title(), "cases.field.link-title", 1, MAX_LINK_TITLE);
        String url = link.url() == null ? "" : link.url().strip();
        try {
            URI uri = new URI(url);
            if (url.length() > MAX_URL || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new UserFacingException("cases.links.bad-url", title);
            }
        } catch (URISyntaxException e) {
            throw new UserFacingException("cases.links.bad-url", title);
        }
        return new Link(title, url);
    }

    private List<Link> links(String slug) {
        return jdbc.sql("SELECT title, url FROM control.lab_case_link WHERE tenant_slug = ? ORDER BY position")
                .param(slug).query((rs, row) -> new Link(rs.getString(1), rs.getString(2))).list();
    }

    private Tenant tenant(String slug) {
        return registry.findBySlug(slug).filter(t -> t.status() != TenantStatus.DELETED)
                .orElseThrow(() -> new NotFoundException("gemeente"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
