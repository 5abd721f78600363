package nl.rugzak.platform.security;

import nl.rugzak.platform.tenancy.HealthProbes;
import nl.rugzak.platform.participation.ModuleManifest;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.rugzak.platform.billing.StripeWebhookController;
import nl.rugzak.platform.headers.BrowserProtections;
import nl.rugzak.platform.notifications.UnsubscribeLinks;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.platform.tenancy.PlainPages;
import nl.rugzak.platform.tenancy.SuspensionGate;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Views are denied unless they say otherwise (Vaadin's configurer); services repeat the role check (method
 * security). Login is OIDC against the realm of the request's host, with timeouts on every call to Keycloak.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    TenantClientRegistrations clientRegistrationRepository(TenantRealms realms) {
        return new TenantClientRegistrations(realms);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TenantClientRegistrations registrations,
                                            TenantRealms realms, ResidentProfiles profiles, TenantRegistry registry,
                                            SecurityContextHolderStrategy securityContext,
                                            java.util.List<ModuleManifest> modules) throws Exception {
        TenantOidcUserService users = new TenantOidcUserService(realms, profiles);
        RestTemplate userInfo = new RestTemplate(timeouts());
        userInfo.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        users.setOauth2UserService(userService(userInfo));

        // Answers anonymous visitors itself (401); everything else falls under Vaadin's deny-by-default.
        // Images decide per item who may see them (a hidden initiative's photo is not found).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/me").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/taal").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/beeld/**").permitAll()
                // Atom feeds carry public updates only; the controller answers per tenant and module.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/feeds/**").permitAll()
                // RFC 9116: whom to tell about a vulnerability, readable by anyone on every host.
                .requestMatchers(org.springframework.http.HttpMethod.GET, SecurityTxtController.PATH).permitAll()
                // Probes and Prometheus on the management port (Boot puts this chain in front of it too); the sites'
                // port has no such paths.
                .requestMatchers(org.springframework.http.HttpMethod.GET, HealthProbes.PATHS).permitAll());
        // Modules' own files and feeds outside Vaadin (calendars, reports, map markers), as their manifests declare;
        // each controller decides per tenant, module and item what a visitor gets.
        String[] modulePaths = modules.stream().flatMap(module -> module.publicPaths().stream()).toArray(String[]::new);
        if (modulePaths.length > 0) {
            http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, modulePaths).permitAll());
        }
        // The tenant's stylesheet and images are public on its own host (the controller checks the host's tenant).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/huisstijl/thema-*.css", "/huisstijl/bestand/*").permitAll());
        // Rugzak's base theme (themes module, META-INF/resources/rugzak): without it every page is unstyled.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(org.springframework.http.HttpMethod.GET, "/rugzak/*.css", "/rugzak/favicon.svg", "/rugzak/fonts/*.woff2").permitAll());
        // Stripe proves its webhook deliveries with a signature over the body, not with a session or CSRF token.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, StripeWebhookController.PATH).permitAll());
        // A mail's unsubscribe link works without a login (RFC 8058 one-click POST from the mail program): its HMAC
        // signature, not a session or CSRF token, says whose choice it changes.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(UnsubscribeLinks.PATH).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, StripeWebhookController.PATH),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, UnsubscribeLinks.PATH)));
        // Addresses without a view, and views a logged-in visitor may not see, reach Vaadin's error pages (404 and
        // 403 in the site's own frame and language) instead of a login redirect or a bare 403 here (#24 item 9).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(new PageAddresses(securityContext)).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(),
                // After logout Keycloak sends the visitor back to this site's home page (registered exactly, with the slash).
                vaadin -> vaadin.oauth2LoginPage(LoginEntryFilter.LOGIN_PATH, "{baseUrl}/"));
        http.oauth2Login(login -> login
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .tokenEndpoint(token -> token.accessTokenResponseClient(tokenClient()))
                .failureHandler((request, response, failure) -> loginFailed(response)));
        http.addFilterBefore(new LoginEntryFilter(realms), OAuth2AuthorizationRequestRedirectFilter.class);
        http.addFilterAfter(new SuspensionGate(registry, securityContext), AnonymousAuthenticationFilter.class);
        // One place for the browser protections of every answer of the sites and the admin host; modules name the
        // origins their pages show images from (map tiles).
        java.util.List<String> imageSources = modules.stream().flatMap(module -> module.imageSources().stream()).toList();
        http.headers(headers -> BrowserProtections.forPages(headers, imageSources));
        return http.build();
    }

    /** After the tenant is known, before Spring Security and Vaadin: malformed requests end here with a 4xx. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<MalformedRequests> malformedRequests() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new MalformedRequests());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService userService(
            RestTemplate restTemplate) {
        var service = new org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService();
        service.setRestOperations(restTemplate);
        return service;
    }

    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        RestClient restClient = RestClient.builder()
                .requestFactory(timeouts())
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(restClient);
        return client;
    }

    private static SimpleClientHttpRequestFactory timeouts() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(3_000);
        factory.setReadTimeout(10_000);
        return factory;
    }

    private static void loginFailed(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        PlainPages.write(response, 401, "Inloggen is niet gelukt", """
                <h1>Inloggen is niet gelukt</h1>
                <p>Het inloggen kon niet worden afgerond. Probeer het opnieuw.</p>
                <p><a href="/inloggen">Opnieuw inloggen</a> · <a href="/">Naar de startpagina</a></p>
                <p lang="en">Logging in could not be completed. Please try again.</p>""");
    }
}
