package nl.rugzak.platform.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The body of an RFC 9116 {@code security.txt}: one field a line, CRLF-free plain text. */
final class SecurityTxt {

    private SecurityTxt() {
    }

    /**
     * @param canonicalUrls every URL this same file is served at (each host of the site), so a reader can tell a copy
     *                      placed elsewhere from the real one
     */
    static String render(SecurityContact contact, Instant now, List<String> canonicalUrls) {
        StringBuilder text = new StringBuilder();
        text.append("# Rugzak: how to report a security vulnerability. Hoe u een kwetsbaarheid meldt.\n");
        text.append("Contact: ").append(contact.contact()).append('\n');
        text.append("Expires: ").append(DateTimeFormatter.ISO_INSTANT.format(
                now.plus(contact.expiresAfter()).truncatedTo(ChronoUnit.SECONDS))).append('\n');
        text.append("Preferred-Languages: nl, en\n");
        for (String url : canonicalUrls) {
            text.append("Canonical: ").append(url).append('\n');
        }
        if (!contact.policy().isEmpty()) {
            text.append("Policy: ").append(contact.policy()).append('\n');
        }
        return text.toString();
    }
}
