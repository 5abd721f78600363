package nl.rugzak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The policy earns its keep in a real browser: what an attacker slips into a page (a {@code <script>} element, an
 * {@code onerror=} attribute) does not run, while the page's own scripts do. The other journeys prove the reverse
 * (nothing of the page's own is refused: {@link BrowserJourney} fails on any refusal in the console).
 */
class ContentSecurityPolicyBrowserIT extends BrowserJourney {

    @Test
    void anInjectedInlineScriptIsRefusedWhileThePagesOwnScriptsRun() {
        startAnonymous("content-security-policy");
        browser.open(siteUrl("voorbeeld") + "/initiatieven");
        waitUntil(() -> browser.text().contains("Inloggen"), "the page to render (Vaadin's own scripts ran)");

        browser.script("""
                window.rugzakRefused = [];
                document.addEventListener('securitypolicyviolation', e => window.rugzakRefused.push(e.effectiveDirective));
                window.rugzakInjected = 'no';
                const script = document.createElement('script');
                script.textContent = "window.rugzakInjected = 'script'";
                document.head.appendChild(script);
                document.body.insertAdjacentHTML('beforeend',
                    '<img alt="" src="data:," onerror="window.rugzakInjected = \\'attribute\\'">');
                """);
        waitUntil(() -> refused().containsAll(List.of("script-src-elem", "script-src-attr")),
                "the browser to refuse both injected scripts");

        assertThat(browser.script("return window.rugzakInjected")).isEqualTo("no");
        // The console says so too: the journeys' check for refusals reads exactly these lines.
        assertThat(browser.console()).anySatisfy(line -> assertThat(line).contains("Content Security Policy"));
        // The page's own client engine still runs and talks to the server.
        assertThat(browser.script("return Object.keys(window.Vaadin.Flow.clients).length")).isNotEqualTo(0L);
    }

    @SuppressWarnings("unchecked")
    private List<String> refused() {
        return (List<String>) browser.script("return window.rugzakRefused");
    }
}
