package nl.rugzak.platform.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.time.Dates;
import org.springframework.stereotype.Component;

/**
 * A municipality's accessibility statement, drafted from the template with this build's automated results (the
 * browser tests' gate). The municipality completes it (what a computer cannot judge, its status) and may refill it
 * with newer results at any time. The statement is content, in Dutch, like the rest of the site's pages. A latest
 * run that found errors is shown as such, with its errors: an earlier pass is never presented as the current state.
 */
@Component
public class AccessibilityStatement {

    public static final String PAGE_KEY = "toegankelijkheid";
    private static final String TEMPLATE = "accessibility/statement-template.md";
    /** Enough to show what kind of errors there are; the full list is in the build's report. */
    private static final int FINDINGS_SHOWN = 20;

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

    String draft(String municipality, Optional<AutomatedCheck> latest) {
        return draft(municipality, latest, Texts.DUTCH);
    }

    String draft(String municipality, Optional<AutomatedCheck> latest, Locale language) {
        String results = latest.filter(check -> !check.checkedOn().isBlank())
                .map(check -> results(check, language))
                .orElse(Texts.get(language, "accessibility.results.none"));
        return template().replace("{resultaten}", results).replace("{gemeente}", municipality)
                .replace("{vandaag}", Dates.day(Dates.today(clock), language));
    }

    static String results(AutomatedCheck check, Locale language) {
        List<String> lines = new ArrayList<>();
        if (check.failures() == 0) {
            lines.add(Texts.get(language, "accessibility.results.last-check", day(check.checkedOn(), language)));
        } else {
            lines.add(Texts.get(language, "accessibility.results.last-check-failed", day(check.lastRun(), language)));
        }
        lines.add(Texts.get(language, "accessibility.results.tool", check.engine(), check.standard()));
        lines.add(Texts.get(language, "accessibility.results.pages", check.pagesChecked()));
        lines.add(Texts.get(language, "accessibility.results.keyboard", check.keyboardPasses()));
        if (check.failures() == 0) {
            lines.add(Texts.get(language, "accessibility.results.no-failures"));
        } else {
            lines.add(Texts.get(language, "accessibility.results.failures", check.failures()));
            check.findings().stream().limit(FINDINGS_SHOWN).forEach(finding -> lines.add("  "
                    + Texts.get(language, "accessibility.results.finding", finding.page(), finding.text())));
            if (check.findings().size() > FINDINGS_SHOWN) {
                lines.add("  " + Texts.get(language, "accessibility.results.more", check.findings().size() - FINDINGS_SHOWN));
            }
        }
        return String.join("\n", lines);
    }

    private static String day(String isoDate, Locale language) {
        return Dates.day(LocalDate.parse(isoDate), language);
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
