package nl.rugzak.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Applies Rugzak's changelogs: the control schema once, and the same tenant changelogs to every tenant schema.
 * The caller hands in a connection that already acts as the right database role: the control schema is the
 * application user's, a tenant schema must be migrated as the tenant's own role so that it owns what is created.
 */
public final class Migrator {

    public static final String CONTROL_SCHEMA = "control";
    static final String CONTROL_CHANGELOG = "db/control/master.yaml";
    static final String TENANT_CHANGELOG = "db/tenant/master.yaml";

    private static final Pattern INCLUDED_FILE = Pattern.compile("(?m)^\\s*file:\\s*(\\S+)\\s*$");
    private static final Pattern FAILED_CHANGESET = Pattern.compile("changeset (\\S+::\\S+::[^:\\s]+)");

    static {
        // Liquibase 4.30+ phones home by default; this machine and customers' networks have no business with that.
        System.setProperty("liquibase.analytics.enabled", System.getProperty("liquibase.analytics.enabled", "false"));
        System.setProperty("liquibase.showBanner", "false");
    }

    private final ResourceAccessor resources;
    private final ClassLoader classLoader;
    private volatile String tenantFingerprint;

    public Migrator() {
        this(Migrator.class.getClassLoader());
    }

    public Migrator(ClassLoader classLoader) {
        this.resources = new ClassLoaderResourceAccessor(classLoader);
        this.classLoader = classLoader;
    }

    public void migrateControl(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + CONTROL_SCHEMA);
        } catch (SQLException e) {
            throw new MigrationException(CONTROL_SCHEMA, null, e);
        }
        update(connection, CONTROL_SCHEMA, CONTROL_CHANGELOG);
    }

    /** Migrates one tenant schema; the connection must already act as the schema's owning role. */
    public void migrateTenant(Connection connection, String schema) {
        update(connection, schema, TENANT_CHANGELOG);
    }

    /**
     * A digest of the tenant changelogs (the master and every file it includes). A schema migrated at this
     * fingerprint needs no Liquibase run at startup, which keeps startup flat as the number of tenants grows.
     */
    public String tenantFingerprint() {
        String fingerprint = tenantFingerprint;
        if (fingerprint == null) {
            fingerprint = fingerprint(TENANT_CHANGELOG);
            tenantFingerprint = fingerprint;
        }
        return fingerprint;
    }

    public String controlFingerprint() {
        return fingerprint(CONTROL_CHANGELOG);
    }

    /**
     * Migrates the control schema unless it was already migrated at the current fingerprint. Checking costs one
     * query; Liquibase itself (seconds of class loading and parsing) only runs when something changed.
     */
    public boolean migrateControlIfChanged(Connection connection) {
        String fingerprint = controlFingerprint();
        try (var statement = connection.prepareStatement(
                "SELECT fingerprint FROM control.schema_fingerprint WHERE name = 'control'")) {
            try (var rows = statement.executeQuery()) {
                if (rows.next() && fingerprint.equals(rows.getString(1))) {
                    return false;
                }
            }
        } catch (SQLException firstRun) {
            rollbackQuietly(connection);
        }
        migrateControl(connection);
        try (var statement = connection.prepareStatement("""
                INSERT INTO control.schema_fingerprint (name, fingerprint) VALUES ('control', ?)
                ON CONFLICT (name) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, migrated_at = now()""")) {
            statement.setString(1, fingerprint);
            statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new MigrationException(CONTROL_SCHEMA, null, e);
        }
        return true;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The next statement will tell.
        }
    }

    private String fingerprint(String changelog) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            addToDigest(digest, changelog, new java.util.HashSet<>());
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException | java.io.IOException e) {
            throw new MigrationException("(changelog " + changelog + ")", null, e);
        }
    }

    private void addToDigest(java.security.MessageDigest digest, String file, java.util.Set<String> seen)
            throws java.io.IOException {
        if (!seen.add(file)) {
            return;
        }
        try (var in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new java.io.FileNotFoundException(file);
            }
            byte[] content = in.readAllBytes();
            digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(content);
            Matcher include = INCLUDED_FILE.matcher(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            while (include.find()) {
                addToDigest(digest, include.group(1), seen);
            }
        }
    }

    private void update(Connection connection, String schema, String changelog) {
        try {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                // Not closed on purpose: closing Liquibase would close the caller's connection.
                new Liquibase(changelog, resources, database).update(new Contexts(), new LabelExpression());
            });
        } catch (Exception e) {
            throw new MigrationException(schema, failedChangeSet(e), e);
        }
    }

    private static String failedChangeSet(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = FAILED_CHANGESET.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
