package nl.rugzak.tenantadmin.exchange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes every table of the current tenant's schema generically, on a connection that acts as the
 * tenant. Liquibase's bookkeeping tables are not the tenant's data and are left out.
 */
final class TenantTables {

    record Column(String name, String type) {
    }

    record Table(String name, List<Column> columns) {
    }

    private TenantTables() {
    }

    /** The tenant's tables, parents before the tables that refer to them. */
    static List<Table> list(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                   -- Generated columns (full-text search) are computed again on restore, never written.
                   AND c.is_generated <> 'ALWAYS'
                   AND c.table_name NOT IN ('databasechangelog', 'databasechangeloglock')
                 ORDER BY c.table_name, c.ordinal_position""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(new Column(rows.getString(2), rows.getString(3)));
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (var statement = connection.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                  JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                  JOIN pg_namespace n ON n.oid = child.relnamespace
                 WHERE k.contype = 'f' AND n.nspname = current_schema()""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), k -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < columns.size()) {
            boolean progress = false;
            for (var entry : columns.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(
                        parents.getOrDefault(entry.getKey(), Set.of()).stream().filter(columns::containsKey)
                                // A table referring to itself (replies to comments) is fine: rows go in key order.
                                .filter(parent -> !parent.equals(entry.getKey())).toList())) {
                    ordered.add(new Table(entry.getKey(), entry.getValue()));
                    placed.add(entry.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Tables refer to each other in a cycle: " + columns.keySet());
            }
        }
        return ordered;
    }

    /** Every row, in primary-key order, as column → JSON-friendly value. */
    static List<Map<String, Object>> rows(Connection connection, Table table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + quote(table.name()) + " ORDER BY 1")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    if (value instanceof Timestamp timestamp) {
                        value = timestamp.toInstant().toString();
                    } else if (value instanceof byte[] bytes) {
                        value = java.util.Base64.getEncoder().encodeToString(bytes);
                    } else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)
                            && !(value instanceof String)) {
                        value = value.toString();
                    }
                    row.put(meta.getColumnName(i), value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Inserts rows as exported, keeping their ids, then moves each identity sequence past the highest id. */
    static void insert(Connection connection, Table table, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Column column : table.columns()) {
                if (row.containsKey(column.name())) {
                    names.add(quote(column.name()));
                    values.add("CAST(? AS " + column.type() + ")");
                }
            }
            String sql = "INSERT INTO " + quote(table.name()) + " (" + String.join(", ", names) + ") OVERRIDING SYSTEM VALUE VALUES ("
                    + String.join(", ", values) + ")";
            try (var statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Column column : table.columns()) {
                    if (row.containsKey(column.name())) {
                        Object value = row.get(column.name());
                        if (value != null && column.type().equals("bytea")) {
                            statement.setBytes(index++, java.util.Base64.getDecoder().decode(value.toString()));
                        } else {
                            statement.setObject(index++, value == null ? null : value.toString(), java.sql.Types.VARCHAR);
                        }
                    }
                }
                statement.executeUpdate();
            }
        }
        for (Column column : table.columns()) {
            try (var statement = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                statement.setString(1, table.name());
                statement.setString(2, column.name());
                try (ResultSet sequence = statement.executeQuery()) {
                    if (sequence.next() && sequence.getString(1) != null) {
                        try (Statement reset = connection.createStatement()) {
                            reset.execute("SELECT setval('" + sequence.getString(1) + "', COALESCE((SELECT max("
                                    + quote(column.name()) + ") FROM " + quote(table.name()) + "), 0) + 1, false)");
                        }
                    }
                }
            }
        }
    }

    /**
     * Switches the tables' own triggers off or on, inside the caller's transaction (a rollback switches them back).
     * Putting back exported rows verbatim must neither be refused by an append-only record's trigger nor count
     * anything twice through a trigger that keeps a total; foreign keys stay checked.
     */
    static void userTriggers(Connection connection, List<Table> tables, boolean enabled) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Table table : tables) {
                statement.execute("ALTER TABLE " + quote(table.name()) + (enabled ? " ENABLE" : " DISABLE") + " TRIGGER USER");
            }
        }
    }

    static void empty(Connection connection, List<Table> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.execute("DELETE FROM " + quote(tables.get(i).name()));
            }
        }
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unexpected identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }
}
