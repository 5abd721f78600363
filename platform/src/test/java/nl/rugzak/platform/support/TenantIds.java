package nl.rugzak.platform.support;

import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids are numbered per municipality, so the same number may exist at two of them. A cross-tenant test that must see
 * a refusal first moves the maker's numbering past every id the other municipality has: the id it then makes
 * means nothing there, and anything but "not found" is a leak.
 */
public final class TenantIds {

    private TenantIds() {
    }

    /** The next id of {@code table} made at {@code maker} does not exist at {@code reader}. */
    public static void nextIdUnknownAt(JdbcClient jdbc, String table, TenantId maker, TenantId reader) {
        long highestThere = TenantContext.call(reader, () -> jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table)
                .query(Long.class).single());
        TenantContext.call(maker, () -> jdbc.sql("""
                        SELECT setval(pg_get_serial_sequence(:table, 'id'),
                                      greatest(:highest, (SELECT coalesce(max(id), 1) FROM %s)))""".formatted(table))
                .param("table", table).param("highest", highestThere).query(Long.class).single());
    }
}
