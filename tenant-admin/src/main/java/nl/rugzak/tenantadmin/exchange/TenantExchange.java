package nl.rugzak.tenantadmin.exchange;

import nl.rugzak.tenantadmin.text.UserFacingException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.security.access.prepost.PreAuthorize;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.TenantCreation;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantRegistryStore;
import nl.rugzak.tenantadmin.schemas.TenantSchemas;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.ThemeExport;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of one tenant as a zip: {@code manifest.json} (the tenant, its tables and columns, row counts),
 * {@code tables/<table>.json} (every row, as column → value), {@code users.json} (the realm's people and roles,
 * never passwords or secrets), {@code theme.json} and {@code files/theme/} (the theme's versions and images, see
 * {@link ThemeExport}). Restore makes a new tenant from such a zip.
 */
@Service
public class TenantExchange {

    public static final String FORMAT = "rugzak-tenant-export";
    private static final String USERS_JSON = "users.json";
    public static final int VERSION = 1;

    /** The export cannot be restored; the message is for the lab admin. */
    public static class ExchangeException extends UserFacingException {
        public ExchangeException(String key, Object... args) {
            super(key, args);
        }
    }

    private final DataSource dataSource;
    private final TenantRegistry registry;
    private final TenantRegistryStore store;
    private final TenantCreation creation;
    private final TenantRealms realms;
    private final AuditLog audit;
    private final ThemeExport themes;
    private final TenantSchemas schemas;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public TenantExchange(DataSource dataSource, TenantRegistry registry, TenantRegistryStore store,
                          TenantCreation creation, TenantRealms realms, AuditLog audit, ThemeExport themes,
                          TenantSchemas schemas) {
        this.themes = themes;
        this.schemas = schemas;
        this.dataSource = dataSource;
        this.registry = registry;
        this.store = store;
        this.creation = creation;
        this.realms = realms;
        this.audit = audit;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public byte[] export(TenantId id) {
        Tenant tenant = registry.find(id).orElseThrow(() -> new ExchangeException("exchange.no-such-tenant"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<Map<String, Object>> tableEntries = new ArrayList<>();
            TenantContext.run(id, () -> withConnection(connection -> {
                for (TenantTables.Table table : TenantTables.list(connection)) {
                    List<Map<String, Object>> rows = TenantTables.rows(connection, table);
                    write(zip, "tables/" + table.name() + ".json", rows);
                    tableEntries.add(Map.of("name", table.name(), "file", "tables/" + table.name() + ".json",
                            "rows", rows.size(), "columns", table.columns().stream()
                                    .map(c -> Map.of("name", c.name(), "type", c.type())).toList()));
                }
            }));
            write(zip, USERS_JSON, users(tenant));
            ThemeExport.Exported theme = themes.export(id);
            write(zip, ThemeExport.THEME_JSON, theme.themeJson());
            for (var file : theme.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("version", VERSION);
            manifest.put("exportedAt", Instant.now().toString());
            manifest.put("schemaFingerprint", tenant.schemaFingerprint());
            manifest.put("tenant", Map.of("slug", id.slug(), "displayName", tenant.displayName(),
                    "locales", tenant.locales(), "primaryHost", tenant.primaryHost(), "aliasHosts", tenant.aliasHosts(),
                    "modules", tenant.modules()));
            manifest.put("tables", tableEntries);
            manifest.put("users", USERS_JSON);
            manifest.put("theme", ThemeExport.THEME_JSON);
            manifest.put("files", List.copyOf(theme.files().keySet()));
            write(zip, "manifest.json", manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.recordExport(id);
        audit.record(LabActor.current(), "tenant.export", id.slug(), bytes.size() + " bytes", AuditLog.Outcome.SUCCEEDED);
        return bytes.toByteArray();
    }

    /** Creates a new tenant (its own slug and domain) holding the data and people of the export. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public Tenant restore(byte[] export, NewTenant target) {
        Map<String, byte[]> entries = unzip(export);
        Map<String, Object> manifest = read(entries, "manifest.json", new TypeReference<>() { });
        if (!FORMAT.equals(manifest.get("format")) || !Integer.valueOf(VERSION).equals(manifest.get("version"))) {
            throw refused(target, new ExchangeException("exchange.not-an-export"));
        }
        Tenant tenant = creation.create(new ProvisioningRequest(target, null, List.of()));
        try {
            TenantContext.run(tenant.id(), () -> withConnection(connection -> {
                connection.setAutoCommit(false);
                List<TenantTables.Table> tables = TenantTables.list(connection);
                TenantTables.empty(connection, tables);
                for (TenantTables.Table table : tables) {
                    byte[] file = entries.get("tables/" + table.name() + ".json");
                    if (file != null) {
                        TenantTables.insert(connection, table, json.readValue(file, new TypeReference<List<Map<String, Object>>>() { }));
                    }
                }
                connection.commit();
            }));
            if (entries.containsKey(ThemeExport.THEME_JSON)) {
                themes.restore(tenant.id(), read(entries, ThemeExport.THEME_JSON, new TypeReference<>() { }), entries);
            }
            if (realms.enabled() && entries.containsKey(USERS_JSON)) {
                List<Map<String, Object>> users = read(entries, USERS_JSON, new TypeReference<>() { });
                for (Map<String, Object> user : users) {
                    @SuppressWarnings("unchecked")
                    List<String> roles = (List<String>) user.getOrDefault("roles", List.of());
                    realms.users().ensure(TenantRealms.realmOf(tenant.id()), new RealmUsers.Person(
                            (String) user.get("username"), (String) user.get("email"), (String) user.get("firstName"),
                            (String) user.get("lastName"), null, roles.stream().filter(TenantRealms.TENANT_ROLES::contains).toList()));
                }
            }
        } catch (RuntimeException e) {
            creation.removeEverything(tenant.id());
            audit.record(LabActor.current(), "tenant.restore", target.slug(), e.toString(), AuditLog.Outcome.FAILED);
            throw e;
        }
        audit.record(LabActor.current(), "tenant.restore", target.slug(),
                "Hersteld uit export van " + ((Map<?, ?>) manifest.get("tenant")).get("slug"), AuditLog.Outcome.SUCCEEDED);
        return tenant;
    }

    /**
     * Puts a tenant's own export back in its place, e.g. after its schema was lost or damaged: the schema is made
     * again when it is gone, and every table gets exactly the exported rows (one transaction: on any error the tenant
     * keeps what it had; the tables' own triggers are off meanwhile, so an append-only record can be put back and
     * no total is counted twice). The tenant's realm is not touched, so residents keep their Keycloak ids (the subjects the
     * rows refer to) and their passwords; a person the realm no longer has is created again under the same id (without
     * a password: they choose a new one through "wachtwoord vergeten"). The registry, theme and billing live in the
     * control schema, which the database's own backup covers, and are left as they are.
     */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void restoreInPlace(TenantId id, byte[] export) {
        Map<String, byte[]> entries = unzip(export);
        Map<String, Object> manifest = read(entries, "manifest.json", new TypeReference<>() { });
        if (!FORMAT.equals(manifest.get("format")) || !Integer.valueOf(VERSION).equals(manifest.get("version"))) {
            throw refusedInPlace(id, new ExchangeException("exchange.not-an-export"));
        }
        Object exportedSlug = manifest.get("tenant") instanceof Map<?, ?> tenant ? tenant.get("slug") : null;
        if (!id.slug().equals(exportedSlug)) {
            throw refusedInPlace(id, new ExchangeException("exchange.other-tenant", String.valueOf(exportedSlug), id.slug()));
        }
        registry.find(id).orElseThrow(() -> refusedInPlace(id, new ExchangeException("exchange.no-such-tenant")));
        try {
            if (!schemas.exists(id)) {
                // The role may have outlived its schema; both are made again together.
                schemas.drop(id);
                schemas.create(id);
            }
            schemas.migrate(id);
            TenantContext.run(id, () -> withConnection(connection -> {
                connection.setAutoCommit(false);
                try {
                    List<TenantTables.Table> tables = TenantTables.list(connection);
                    TenantTables.userTriggers(connection, tables, false);
                    TenantTables.empty(connection, tables);
                    for (TenantTables.Table table : tables) {
                        byte[] file = entries.get("tables/" + table.name() + ".json");
                        if (file != null) {
                            TenantTables.insert(connection, table, json.readValue(file, new TypeReference<List<Map<String, Object>>>() { }));
                        }
                    }
                    TenantTables.userTriggers(connection, tables, true);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }));
            int recreated = entries.containsKey(USERS_JSON) ? recreateMissingPeople(id, entries) : 0;
            audit.record(LabActor.current(), "tenant.restore.in-place", id.slug(), "Teruggezet uit export van "
                    + manifest.get("exportedAt") + (recreated > 0 ? "; " + recreated + " personen opnieuw aangemaakt" : ""),
                    AuditLog.Outcome.SUCCEEDED);
        } catch (RuntimeException e) {
            audit.record(LabActor.current(), "tenant.restore.in-place", id.slug(), e.toString(), AuditLog.Outcome.FAILED);
            throw e;
        }
    }

    /** People of the export that the realm lacks, created with their exported Keycloak id; returns how many. */
    private int recreateMissingPeople(TenantId id, Map<String, byte[]> entries) {
        if (!realms.enabled()) {
            return 0;
        }
        String realm = TenantRealms.realmOf(id);
        var users = realms.server().admin().realm(realm).users();
        List<UserRepresentation> missing = new ArrayList<>();
        for (Map<String, Object> person : read(entries, USERS_JSON, new TypeReference<List<Map<String, Object>>>() { })) {
            if (!(person.get("id") instanceof String keycloakId) || !users.search((String) person.get("username"), true).isEmpty()) {
                continue;
            }
            UserRepresentation user = new UserRepresentation();
            user.setId(keycloakId);
            user.setUsername((String) person.get("username"));
            user.setEmail((String) person.get("email"));
            user.setEmailVerified(person.get("email") != null);
            user.setFirstName((String) person.get("firstName"));
            user.setLastName((String) person.get("lastName"));
            user.setEnabled(!Boolean.FALSE.equals(person.get("enabled")));
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) person.getOrDefault("roles", List.of());
            user.setRealmRoles(roles.stream().filter(TenantRealms.TENANT_ROLES::contains).toList());
            missing.add(user);
        }
        if (!missing.isEmpty()) {
            // Keycloak's partial import keeps the ids it is given (its user-creation endpoint would make new ones).
            PartialImportRepresentation people = new PartialImportRepresentation();
            people.setUsers(missing);
            people.setIfResourceExists("SKIP");
            try (var response = realms.server().admin().realm(realm).partialImport(people)) {
                if (response.getStatus() >= 300) {
                    throw new IllegalStateException("Keycloak refused the restored people of " + realm + ": HTTP "
                            + response.getStatus());
                }
            }
        }
        return missing.size();
    }

    private ExchangeException refusedInPlace(TenantId id, ExchangeException refusal) {
        audit.record(LabActor.current(), "tenant.restore.in-place", id.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
        return refusal;
    }

    /** The realm's people with their realm roles; credentials, secrets and tokens are never read. */
    private List<Map<String, Object>> users(Tenant tenant) {
        if (!realms.enabled()) {
            return List.of();
        }
        String realm = TenantRealms.realmOf(tenant.id());
        var users = realms.server().admin().realm(realm).users();
        List<Map<String, Object>> result = new ArrayList<>();
        for (UserRepresentation user : users.list(0, 10_000)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            // The Keycloak id is the subject the tenant's rows know the person by; a restore keeps it.
            entry.put("id", user.getId());
            entry.put("username", user.getUsername());
            entry.put("email", user.getEmail());
            entry.put("firstName", user.getFirstName());
            entry.put("lastName", user.getLastName());
            entry.put("enabled", user.isEnabled());
            entry.put("createdAt", user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()).toString());
            entry.put("roles", users.get(user.getId()).roles().realmLevel().listAll().stream()
                    .map(r -> r.getName()).filter(TenantRealms.TENANT_ROLES::contains).sorted().toList());
            result.add(entry);
        }
        return result;
    }

    private ExchangeException refused(NewTenant target, ExchangeException refusal) {
        audit.record(LabActor.current(), "tenant.restore", target.slug(), refusal.getMessage(), AuditLog.Outcome.REFUSED);
        return refusal;
    }

    private void write(ZipOutputStream zip, String name, Object value) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(json.writeValueAsBytes(value));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(Map<String, byte[]> entries, String name, TypeReference<T> type) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ExchangeException("exchange.file-missing", name);
        }
        try {
            return json.readValue(bytes, type);
        } catch (RuntimeException e) {
            throw new ExchangeException("exchange.file-damaged", name);
        }
    }

    private static Map<String, byte[]> unzip(byte[] export) {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] content = zip.readNBytes(200 * 1024 * 1024);
                total += content.length;
                if (total > 200L * 1024 * 1024) {
                    throw new ExchangeException("exchange.too-large");
                }
                entries.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw new ExchangeException("exchange.not-a-zip");
        }
        if (entries.isEmpty()) {
            throw new ExchangeException("exchange.not-a-zip");
        }
        return entries;
    }

    private void withConnection(SqlWork work) {
        try (Connection connection = dataSource.getConnection()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
