package nl.rugzak.platform;

import java.util.Arrays;
import java.util.stream.Stream;

import nl.rugzak.tenantadmin.schemas.SchemaHealth;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "nl.rugzak")
@EnableAsync
@EnableScheduling
public class RugzakApplication {

    public static void main(String[] args) {
        if (isMigrateOnly(args)) {
            System.exit(migrateOnly(args));
        }
        SpringApplication.run(RugzakApplication.class, args);
    }

    /**
     * For deploy jobs: brings the control schema and every tenant schema up to date, serves nothing, and returns
     * the process exit code: 0 when every tenant migrated, 1 when any failed.
     */
    public static int migrateOnly(String... args) {
        String[] quiet = Stream.concat(Arrays.stream(args), Stream.of("--rugzak.migrate-only=true", "--server.port=-1"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = SpringApplication.run(RugzakApplication.class, quiet)) {
            return context.getBean(SchemaHealth.class).failures().isEmpty() ? 0 : 1;
        }
    }

    static boolean isMigrateOnly(String[] args) {
        return Arrays.asList(args).contains("--rugzak.migrate-only=true")
                || Arrays.asList(args).contains("--migrate-only")
                || "true".equalsIgnoreCase(System.getenv("RUGZAK_MIGRATE_ONLY"));
    }
}
