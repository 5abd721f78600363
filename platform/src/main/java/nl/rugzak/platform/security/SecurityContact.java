package nl.rugzak.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where security researchers report a vulnerability, as {@code /.well-known/security.txt} tells them on every host.
 *
 * @param contact      {@code rugzak.security.contact}: a {@code mailto:} or {@code https:} URI (a bare e-mail address
 *                     is taken as {@code mailto:}). The default is a placeholder the lab must replace with its real
 *                     address before going live.
 * @param policy       {@code rugzak.security.policy}: where the published disclosure policy (SECURITY.md) can be read;
 *                     left out of security.txt while empty
 * @param expiresAfter {@code rugzak.security.expires-after}: how far ahead of each request the file's Expires lies.
 *                     RFC 9116 recommends less than a year, so readers come back for fresh contact details.
 */
@ConfigurationProperties("rugzak.security")
public record SecurityContact(String contact, String policy, Duration expiresAfter) {

    public static final String PLACEHOLDER_CONTACT = "mailto:security@rugzak.example";

    public SecurityContact {
        contact = contact == null || contact.isBlank() ? PLACEHOLDER_CONTACT : contact.strip();
        if (!contact.contains(":")) {
            contact = "mailto:" + contact;
        }
        policy = policy == null ? "" : policy.strip();
        expiresAfter = expiresAfter == null ? Duration.ofDays(180) : expiresAfter;
        if (expiresAfter.isNegative() || expiresAfter.isZero()) {
            throw new IllegalArgumentException("rugzak.security.expires-after must be positive");
        }
    }
}
