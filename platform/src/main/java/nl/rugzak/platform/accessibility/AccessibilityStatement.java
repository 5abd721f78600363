package nl.rugzak.platform.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * A municipality's accessibility statement, drafted from the template with this build's automated results (the
 * browser tests' gate). The municipality completes it (what a computer cannot judge, its status) and may refill it
 * with newer results at any time. The statement is content, in Dutch, like the rest of the site's pages.
 */
@Component
public class AccessibilityStatement {

    public static final String PAGE_KEY = "toegankelijkheid";
    private static final String TEMPLATE = "accessibility/statement-template.md";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final Clock clock;

    AccessibilityStatement(Clock clock) {
        this.clock = clock;
    }

    public String title() {
        return "Toegankelijkheidsverklaring";
    }

    public String draft(String municipality) {
        return draft(municipality, AutomatedCheck.latest());
    }

    String draft(String municipality, java.util.Optional<AutomatedCheck> latest) {
        String results = latest.filter(check -> !check.checkedOn().isBlank())
                .map(AccessibilityStatement::results)
                .orElse("Deze versie van de site is nog niet automatisch gecontroleerd.");
        return template().replace("{resultaten}", results).replace("{gemeente}", municipality)
                .replace("{vandaag}", DAY.format(LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")))));
    }

    private static String results(AutomatedCheck check) {
        String day = DAY.format(LocalDate.parse(check.checkedOn()));
        return "- Laatste controle: " + day + "\n"
                + "- Gecontroleerd met: " + check.engine() + " in Chromium, volgens " + check.standard() + "\n"
                + "- Aantal gecontroleerde pagina's en situaties: " + check.pagesChecked() + "\n"
                + "- Pagina's helemaal met het toetsenbord doorlopen: " + check.keyboardPasses() + "\n"
                + "- Gevonden fouten: " + check.failures()
                + (check.failures() == 0 ? " (een versie met fouten komt niet online)" : "");
    }

    private static String template() {
        try (InputStream in = AccessibilityStatement.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
