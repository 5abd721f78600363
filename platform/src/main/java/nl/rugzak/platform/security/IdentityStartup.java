package nl.rugzak.platform.security;

import java.util.concurrent.CompletableFuture;

import nl.rugzak.tenantadmin.identity.IdentityConvergence;
import nl.rugzak.tenantadmin.identity.SiteUrls;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application serves, and in the background so pages never wait for it: wait for Keycloak, converge
 * every realm, then let the seeders add what they add (demo accounts). {@link #ready()} tells when that is done.
 */
@Component
public class IdentityStartup {

    private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

    /** Something to do once all realms exist, e.g. seeding the demo accounts. */
    public interface AfterRealms {
        void realmsReady();
    }

    private final TenantRealms realms;
    private final IdentityConvergence convergence;
    private final SiteUrls siteUrls;
    private final ObjectProvider<OwnIdentityServer> ownServer;
    private final ObjectProvider<AfterRealms> followUps;
    private final boolean migrateOnly;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    IdentityStartup(TenantRealms realms, IdentityConvergence convergence, SiteUrls siteUrls,
                    ObjectProvider<OwnIdentityServer> ownServer, ObjectProvider<AfterRealms> followUps,
                    @Value("${rugzak.migrate-only:false}") boolean migrateOnly) {
        this.realms = realms;
        this.convergence = convergence;
        this.siteUrls = siteUrls;
        this.ownServer = ownServer;
        this.followUps = followUps;
        this.migrateOnly = migrateOnly;
    }

    public CompletableFuture<Void> ready() {
        return ready;
    }

    @EventListener
    void applicationReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            siteUrls.serverStarted(web.getWebServer().getPort());
        }
        if (migrateOnly || !realms.enabled()) {
            ready.complete(null);
            return;
        }
        Thread.ofPlatform().daemon().name("identity-startup").start(() -> {
            try {
                OwnIdentityServer keycloak = ownServer.getIfAvailable();
                if (keycloak != null) {
                    keycloak.ready().join();
                    try {
                        realms.protectAdminRealm();
                    } catch (RuntimeException e) {
                        log.error("Could not turn on brute-force protection in Keycloak's master realm: {}", e.toString());
                    }
                }
                convergence.convergeAll();
                followUps.orderedStream().forEach(AfterRealms::realmsReady);
                ready.complete(null);
            } catch (RuntimeException e) {
                log.error("Identity setup did not complete; logging in may not work: {}", e.toString());
                ready.completeExceptionally(e);
            }
        });
    }
}
