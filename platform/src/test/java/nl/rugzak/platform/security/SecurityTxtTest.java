package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SecurityTxtTest {

    private static final Instant NOW = Instant.parse("2026-12-02T21:30:15.123456Z");

    @Test
    void writesTheRfc9116FieldsWithExpiresAheadOfNowInWholeSeconds() {
        String text = SecurityTxt.render(new SecurityContact("security@gemeente.example", "", Duration.ofDays(180)),
                NOW, List.of("https://a.example/.well-known/security.txt", "https://b.example/.well-known/security.txt"));

        assertThat(text.lines()).contains(
                "Contact: mailto:security@gemeente.example",
                "Expires: 2027-05-31T21:30:15Z",
                "Preferred-Languages: nl, en",
                "Canonical: https://a.example/.well-known/security.txt",
                "Canonical: https://b.example/.well-known/security.txt");
        assertThat(text).doesNotContain("Policy:").doesNotContain("\r");
    }

    @Test
    void linksThePolicyOnlyWhenOneIsPublished() {
        String text = SecurityTxt.render(new SecurityContact("https://lab.example/melden", "https://lab.example/SECURITY.md",
                null), NOW, List.of());

        assertThat(text.lines()).contains("Contact: https://lab.example/melden", "Policy: https://lab.example/SECURITY.md");
    }

    @Test
    void fallsBackToThePlaceholderContactAndRefusesAnExpiryInThePast() {
        assertThat(new SecurityContact(null, null, null).contact()).isEqualTo(SecurityContact.PLACEHOLDER_CONTACT);
        assertThatThrownBy(() -> new SecurityContact("x@y.example", "", Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
