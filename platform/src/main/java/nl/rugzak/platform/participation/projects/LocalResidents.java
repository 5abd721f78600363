package nl.rugzak.platform.participation.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who counts as a resident of the municipality for phases that only they take part in: a resident confirms a postcode
 * once; only the answer (inside the municipality's ranges or not) is kept, the postcode itself only when they allow
 * it. The municipality's administrator sets the ranges.
 */
@Service
public class LocalResidents {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern RANGE = Pattern.compile("([0-9]{4})(?:\\s*-\\s*([0-9]{4}))?");
    public static final int MAX_RANGES = 100;

    private final JdbcClient jdbc;
    private final EnabledModules modules;
    private final CurrentUser currentUser;
    private final TenantWriteGuard writeGuard;

    LocalResidents(JdbcClient jdbc, EnabledModules modules, CurrentUser currentUser, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.currentUser = currentUser;
        this.writeGuard = writeGuard;
    }

    /** Whether the visitor confirmed a postcode inside the ranges; false for a visitor who is not logged in. */
    @Transactional(readOnly = true)
    public boolean currentIsLocal() {
        return currentUser.visitor().map(me -> isLocal(me.residentId())).orElse(false);
    }

    /** Whether this resident confirmed a postcode inside the ranges (for rules asked about another voter). */
    @Transactional(readOnly = true)
    public boolean isLocal(long residentId) {
        return jdbc.sql("SELECT local FROM project_local_resident WHERE resident_id = ?").param(residentId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether the visitor answered at all (so a page can ask, or say the answer was "not here"). */
    @Transactional(readOnly = true)
    public boolean currentHasConfirmed() {
        return currentUser.visitor().map(me -> jdbc.sql("SELECT count(*) FROM project_local_resident WHERE resident_id = ?")
                .param(me.residentId()).query(Long.class).single() > 0).orElse(false);
    }

    /** Checks the postcode against the ranges; returns whether it is inside. A new answer replaces the old one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean confirm(String postcode, boolean keepPostcode) {
        modules.require(ProjectsModule.ID);
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        Matcher match = POSTCODE.matcher(postcode == null ? "" : postcode.strip());
        if (!match.matches()) {
            throw new InvalidProjectException(Map.of("postcode", FieldProblem.textKey("projects.postcode.invalid")));
        }
        int number = Integer.parseInt(match.group(1));
        boolean local = ranges().stream().anyMatch(range -> range.contains(number));
        String kept = keepPostcode ? match.group(1) + " " + match.group(2).toUpperCase(Locale.ROOT) : null;
        jdbc.sql("""
                        INSERT INTO project_local_resident (resident_id, local, postcode) VALUES (?, ?, ?)
                        ON CONFLICT (resident_id) DO UPDATE SET local = EXCLUDED.local, postcode = EXCLUDED.postcode,
                          confirmed_at = now()""")
                .params(me.residentId(), local, kept).update();
        return local;
    }

    @Transactional(readOnly = true)
    public List<PostcodeRange> ranges() {
        return jdbc.sql("SELECT from_code, to_code FROM project_postcode_range ORDER BY from_code, to_code")
                .query((rs, n) -> new PostcodeRange(rs.getInt(1), rs.getInt(2))).list();
    }

    /**
     * The administrator writes the ranges as text, one per line or separated by commas ("1011-1109, 1381").
     * Answers residents gave earlier stay as they were: they confirmed against the ranges of that moment.
     */
    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public List<PostcodeRange> setRanges(String text) {
        modules.require(ProjectsModule.ID);
        writeGuard.requireWritable();
        List<PostcodeRange> ranges = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\n]")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            Matcher match = RANGE.matcher(item);
            if (!match.matches()) {
                throw new InvalidProjectException(Map.of("ranges", FieldProblem.textKey("projects.ranges.invalid", item)));
            }
            int from = Integer.parseInt(match.group(1));
            int to = match.group(2) == null ? from : Integer.parseInt(match.group(2));
            if (from < 1000 || to < from) {
                throw new InvalidProjectException(Map.of("ranges", FieldProblem.textKey("projects.ranges.invalid", item)));
            }
            ranges.add(new PostcodeRange(from, to));
        }
        if (ranges.size() > MAX_RANGES) {
            throw new InvalidProjectException(Map.of("ranges", FieldProblem.textKey("projects.ranges.too-many", MAX_RANGES)));
        }
        jdbc.sql("DELETE FROM project_postcode_range").update();
        ranges.forEach(range -> jdbc.sql("INSERT INTO project_postcode_range (from_code, to_code) VALUES (?, ?)")
                .params(range.from(), range.to()).update());
        return ranges();
    }
}
