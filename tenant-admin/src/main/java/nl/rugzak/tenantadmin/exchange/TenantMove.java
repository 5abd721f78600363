package nl.rugzak.tenantadmin.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Moves a municipality to another database cluster: export → restore → switch, the same table copy as the
 * tenant export. During the move the site is read only (reads go on, writes are refused with a clear message);
 * the switch happens only when every table has as many rows on the new cluster as on the old, and the old schema
 * is removed after it. If anything fails, the municipality stays where it was and the new side is removed.
 */
@Service
public class TenantMove {

    private static final Logger log = LoggerFactory.getLogger(TenantMove.class);

    private final DataSource dataSource;
    private final TenantRegistry registry;
    private final TenantSchemas schemas;
    private final DatabaseClusters clusters;
    private final AuditLog audit;

    public TenantMove(DataSource dataSource, TenantRegistry registry, TenantSchemas schemas, DatabaseClusters clusters,
                      AuditLog audit) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.schemas = schemas;
        this.clusters = clusters;
        this.audit = audit;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void move(TenantId id, String target) {
        registry.find(id).orElseThrow(() -> new TenantExchange.ExchangeException("exchange.no-such-tenant"));
        String from = clusters.clusterOf(id);
        if (from.equals(target)) {
            throw new DatabaseClusters.ClusterException("clusters.same");
        }
        if (!clusters.names().contains(target)) {
            throw new DatabaseClusters.ClusterException("clusters.unknown", String.valueOf(target));
        }
        long started = System.nanoTime();
        schemas.readOnly(id, true);
        DatabaseLogin login = null;
        boolean switched = false;
        try {
            Map<TenantTables.Table, List<Map<String, Object>>> data = export(id);
            login = schemas.prepareOn(id, target);
            schemas.migrate(id, login);
            restore(id, login, data);
            schemas.switchTo(id, login);
            switched = true;
        } catch (RuntimeException e) {
            if (login != null) {
                try {
                    schemas.abandonOn(id, target);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            audit.record(LabActor.current(), "tenant.move", id.slug(), from + " → " + target + ": " + e,
                    AuditLog.Outcome.FAILED);
            throw e;
        } finally {
            try {
                schemas.readOnly(id, false);
            } catch (RuntimeException e) {
                log.error("Tenant {} could not be made writable again after {} its move", id,
                        switched ? "completing" : "failing", e);
            }
        }
        log.info("Tenant {} moved from cluster {} to {} in {} ms", id, from, target,
                (System.nanoTime() - started) / 1_000_000);
        audit.record(LabActor.current(), "tenant.move", id.slug(), from + " → " + target, AuditLog.Outcome.SUCCEEDED);
    }

    private Map<TenantTables.Table, List<Map<String, Object>>> export(TenantId id) {
        Map<TenantTables.Table, List<Map<String, Object>>> data = new LinkedHashMap<>();
        TenantContext.run(id, () -> {
            try (Connection connection = dataSource.getConnection()) {
                for (TenantTables.Table table : TenantTables.list(connection)) {
                    data.put(table, TenantTables.rows(connection, table));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return data;
    }

    private void restore(TenantId id, DatabaseLogin login, Map<TenantTables.Table, List<Map<String, Object>>> data) {
        try (Connection connection = schemas.connectionAs(id, login)) {
            // The session was made read only with the rest of the login's; the copy itself must write.
            try (var statement = connection.createStatement()) {
                statement.execute("SET default_transaction_read_only = off");
            }
            connection.setAutoCommit(false);
            List<TenantTables.Table> tables = TenantTables.list(connection);
            TenantTables.empty(connection, tables);
            Map<String, List<Map<String, Object>>> byName = new LinkedHashMap<>();
            data.forEach((table, rows) -> byName.put(table.name(), rows));
            List<String> differences = new ArrayList<>();
            for (TenantTables.Table table : tables) {
                List<Map<String, Object>> rows = byName.getOrDefault(table.name(), List.of());
                TenantTables.insert(connection, table, rows);
                long copied = count(connection, table);
                if (copied != rows.size()) {
                    differences.add(table.name() + ": " + rows.size() + " → " + copied);
                }
            }
            if (!differences.isEmpty() || !byName.keySet().stream().allMatch(name ->
                    tables.stream().anyMatch(t -> t.name().equals(name)))) {
                connection.rollback();
                throw new IllegalStateException("The copy differs from the original: " + differences);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, TenantTables.Table table) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + TenantTables.quote(table.name()))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
