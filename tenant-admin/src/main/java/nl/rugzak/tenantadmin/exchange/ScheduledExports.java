package nl.rugzak.tenantadmin.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;


import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The per-tenant half of the backup: on a schedule ({@code rugzak.backup.schedule}, cron, Dutch time) every tenant's
 * export zip is written to {@code rugzak.backup.dir}/{@code <slug>}/, and only the newest {@code rugzak.backup.keep}
 * of each tenant are kept. Without a folder nothing runs. With more than one instance, one of them does the run (a
 * PostgreSQL advisory lock held for the run); the others skip it. The whole database's point-in-time backup is
 * PostgreSQL's own (base backup + WAL archive, see the README): these files are what lets the lab put back one
 * municipality without rewinding the others ({@link TenantExchange#restoreInPlace}).
 */
@Component
public class ScheduledExports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledExports.class);
    static final String RUN = "backup-exports";
    /** The cluster-wide lock of a run, as PostgreSQL knows it (tests hold it to play another instance). */
    public static final long RUN_LOCK = ClusterLocks.key(RUN);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Tenants still being set up have nothing to keep; deleted ones are kept until they are purged. */
    private static final Set<TenantStatus> EXPORTED = Set.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED,
            TenantStatus.ARCHIVED, TenantStatus.DELETED);

    /** What one run did: the files written and the tenants whose export failed (each logged). */
    public record Run(List<Path> written, List<String> failed, boolean skipped) {
    }

    private final TenantExchange exchange;
    private final TenantRegistry registry;
    private final ClusterLocks locks;
    private final Clock clock;
    private final String folder;
    private final int keep;
    private final SecurityContextHolderStrategy security;

    public ScheduledExports(TenantExchange exchange, TenantRegistry registry, ClusterLocks locks, Clock clock,
                            @Value("${rugzak.backup.dir:}") String folder, @Value("${rugzak.backup.keep:14}") int keep,
                            ObjectProvider<SecurityContextHolderStrategy> security) {
        if (keep < 1) {
            throw new IllegalStateException("rugzak.backup.keep must be at least 1, not " + keep);
        }
        this.exchange = exchange;
        this.registry = registry;
        this.locks = locks;
        this.clock = clock;
        this.folder = folder == null ? "" : folder.trim();
        this.keep = keep;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Scheduled(cron = "${rugzak.backup.schedule:0 30 2 * * *}", zone = "Europe/Amsterdam")
    public void scheduled() {
        if (folder.isEmpty()) {
            return;
        }
        Run run = exportAll(Path.of(folder));
        if (!run.skipped()) {
            log.info("Backup exports: {} written to {}, {} failed {}", run.written().size(), folder,
                    run.failed().size(), run.failed());
        }
    }

    /** Exports every tenant into {@code target}/{@code <slug>}/ now, then applies the retention. */
    public Run exportAll(Path target) {
        Run[] run = new Run[1];
        boolean ran = locks.runAlone(RUN, () -> run[0] = TenantContext.callWithoutTenant(() -> exportEach(target)));
        if (!ran) {
            log.info("Backup exports skipped: another instance is running them");
            return new Run(List.of(), List.of(), true);
        }
        return run[0];
    }

    private Run exportEach(Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String stamp = STAMP.format(clock.instant());
        for (Tenant tenant : registry.all()) {
            if (!EXPORTED.contains(tenant.status())) {
                continue;
            }
            String slug = tenant.id().slug();
            try {
                byte[] zip = asSystem(() -> exchange.export(tenant.id()));
                Path folderOfTenant = Files.createDirectories(target.resolve(slug));
                Path file = folderOfTenant.resolve(slug + "-" + stamp + ".zip");
                // Written beside and moved in one step: a half-written file never looks like a backup.
                Path part = Files.write(folderOfTenant.resolve(file.getFileName() + ".part"), zip);
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
                prune(folderOfTenant, slug);
            } catch (RuntimeException | IOException e) {
                log.error("Backup export of tenant {} failed", slug, e);
                failed.add(slug);
            }
        }
        return new Run(written, failed, false);
    }

    /** Keeps the newest {@code keep} exports of one tenant (the names sort by time). */
    private void prune(Path folderOfTenant, String slug) throws IOException {
        List<Path> exports;
        try (var files = Files.list(folderOfTenant)) {
            exports = files.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(slug)
                    + "-\\d{8}T\\d{6}Z\\.zip")).sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : exports.subList(Math.min(keep, exports.size()), exports.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** The export is the lab's: the job acts as the system with the lab admin's role, recorded as "systeem". */
    private <T> T asSystem(java.util.function.Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext system = security.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LabActor.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + TenantRealms.LAB_ADMIN_ROLE))));
        security.setContext(system);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
