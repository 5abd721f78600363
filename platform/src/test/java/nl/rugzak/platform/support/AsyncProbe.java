package nl.rugzak.platform.support;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import nl.rugzak.tenantadmin.tenancy.TenantEvent;
import nl.rugzak.tenantadmin.tenancy.TenantId;

/** Background work as application code would start it, to see which tenant it runs as. */
@TestConfiguration(proxyBeanMethods = false)
public class AsyncProbe {

    @Bean
    Probe asyncProbe(JdbcClient jdbc) {
        return new Probe(jdbc);
    }

    /** An event of one tenant, published by a thread that works for no tenant (or for another). */
    public record PageCountAsked(TenantId tenant, String key, CompletableFuture<String> answer) implements TenantEvent {
    }

    @Bean
    EventProbe eventProbe(JdbcClient jdbc) {
        return new EventProbe(jdbc);
    }

    public static class EventProbe {
        private final JdbcClient jdbc;

        EventProbe(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        public void on(PageCountAsked event) {
            event.answer().complete(jdbc.sql("SELECT current_user || ':' || (SELECT count(*) FROM site_page WHERE page_key = ?)")
                    .param(event.key()).query(String.class).single());
        }
    }

    public static class Probe {
        private final JdbcClient jdbc;

        Probe(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Async
        public CompletableFuture<String> databaseRole() {
            return CompletableFuture.completedFuture(jdbc.sql("SELECT current_user").query(String.class).single());
        }

        @Async
        public CompletableFuture<Long> pagesWithKey(String key) {
            return CompletableFuture.completedFuture(jdbc.sql("SELECT count(*) FROM site_page WHERE page_key = ?")
                    .param(key).query(Long.class).single());
        }
    }
}
