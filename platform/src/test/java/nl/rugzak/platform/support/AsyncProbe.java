package nl.rugzak.platform.support;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;

/** Background work as application code would start it, to see which tenant it runs as. */
@TestConfiguration(proxyBeanMethods = false)
public class AsyncProbe {

    @Bean
    Probe asyncProbe(JdbcClient jdbc) {
        return new Probe(jdbc);
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
