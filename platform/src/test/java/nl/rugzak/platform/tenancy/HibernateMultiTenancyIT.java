package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Hibernate lends its connections through the multi-tenancy SPI, and JDBC inside its transaction shares them. */
class HibernateMultiTenancyIT extends IntegrationTest {

    static final TenantId VOORBEELD = new TenantId("voorbeeld");
    static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    EntityManagerFactory entityManagers;
    @PersistenceContext
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void hibernateUsesTheTenantConnectionProvider() {
        var provider = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(MultiTenantConnectionProvider.class);
        assertThat(provider).isInstanceOf(TenantConnectionProvider.class);
    }

    @Test
    void aSessionActsAsItsTenantAndJdbcInItsTransactionSharesTheConnection() {
        for (TenantId tenant : new TenantId[] {VOORBEELD, OOSTERHAVEN}) {
            String[] seen = TenantContext.call(tenant, () -> transactions.execute(status -> new String[] {
                    (String) entityManager.createNativeQuery("SELECT current_user || '|' || current_setting('search_path')"
                            + " || '|' || pg_backend_pid()").getSingleResult(),
                    jdbc.sql("SELECT current_user || '|' || current_setting('search_path') || '|' || pg_backend_pid()")
                            .query(String.class).single()}));
            assertThat(seen[0]).startsWith(tenant.roleName() + "|" + tenant.schemaName() + "|");
            assertThat(seen[1]).isEqualTo(seen[0]);
        }
    }

    @Test
    void aSessionWithoutTenantActsAsTheApplicationOnTheControlSchema() {
        String seen = transactions.execute(status -> (String) entityManager
                .createNativeQuery("SELECT current_setting('search_path')").getSingleResult());
        assertThat(seen).isEqualTo("control");
    }
}
