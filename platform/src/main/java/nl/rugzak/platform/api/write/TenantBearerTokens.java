package nl.rugzak.platform.api.write;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.identity.RealmSpec;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Checks a bearer token against the realm of the host it is used at, and nothing else: the realm comes from the
 * host (the tenant the request resolved to), never from the token. A token counts when
 * <ul>
 *   <li>it is signed with RS256 by a key from that realm's own key set at the configured Keycloak (fetched from there
 *       only, kept per realm; an {@code alg: none}, HMAC or foreign-key token, or a {@code jku} header, gets nowhere);</li>
 *   <li>its {@code iss} is exactly that realm's issuer, so a token of municipality A is refused at B;</li>
 *   <li>its {@code aud} names the API client {@value RealmSpec#API_CLIENT_ID} and it is an access token
 *       ({@code typ: Bearer}; an ID token of the same client is no key to the API);</li>
 *   <li>it has not expired (by real time, with 30 seconds of leeway for clocks apart).</li>
 * </ul>
 */
@Component
public class TenantBearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    static final Duration LEEWAY = Duration.ofSeconds(30);

    private final TenantRealms realms;
    /**
     * Real time, as Keycloak's: not the application's clock, which tests move forward by days for other reasons.
     * Read at every check, so a test can set it once ({@link #checkTimesBy}).
     */
    private volatile Clock now = Clock.systemUTC();
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return now.getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return now.withZone(zone);
        }

        @Override
        public java.time.Instant instant() {
            return now.instant();
        }
    };
    private final Map<String, AuthenticationManager> byRealm = new ConcurrentHashMap<>();
    private final RestTemplate keyFetch;

    TenantBearerTokens(TenantRealms realms) {
        this.realms = realms;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        // A slow Keycloak makes writes fail fast, never hangs them.
        timeouts.setConnectTimeout(Duration.ofSeconds(3));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        this.keyFetch = new RestTemplate(timeouts);
    }

    /** The clock expiry is checked by; for tests that let a real token expire without waiting for it. */
    void checkTimesBy(Clock clock) {
        this.now = clock;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        Optional<String> realm = TenantContext.current().map(TenantRealms::realmOf);
        if (realm.isEmpty() || !realms.enabled()) {
            return authentication -> {
                throw new InvalidBearerTokenException("There is no participation API at this address; use a "
                        + "municipality's own site.");
            };
        }
        return byRealm.computeIfAbsent(realm.get(), this::managerFor);
    }

    private AuthenticationManager managerFor(String realm) {
        String issuer = realms.server().issuer(realm);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(keyFetch)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new RealmKeys(processor.getJWSKeySelector(), clock)))
                .build();
        decoder.setJwtValidator(validator(issuer, clock));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(ResidentToken::of);
        return provider::authenticate;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, Clock clock) {
        JwtTimestampValidator time = new JwtTimestampValidator(LEEWAY);
        time.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                time,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Object>("aud", TenantBearerTokens::namesTheApi),
                new JwtClaimValidator<Object>("typ", "Bearer"::equals));
    }

    private static boolean namesTheApi(Object audience) {
        if (audience instanceof Collection<?> names) {
            return names.stream().anyMatch(RealmSpec.API_CLIENT_ID::equals);
        }
        return RealmSpec.API_CLIENT_ID.equals(audience);
    }
}
