package nl.rugzak.platform.security;

import java.util.concurrent.CompletableFuture;

/**
 * A Keycloak that Rugzak starts itself when none is configured (the embedded default of a development build). It
 * starts in the background, so realms are set up once it answers; being ours, its admin realm is hardened too.
 * Production never has one.
 */
public interface OwnIdentityServer {

    /** Completes when the server answers, exceptionally when it could not start. */
    CompletableFuture<Void> ready();
}
