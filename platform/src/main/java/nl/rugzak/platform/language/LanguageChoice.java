package nl.rugzak.platform.language;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visitor picks a language with a plain link (no script needed): the choice is kept in a cookie of this site for
 * a year and the visitor goes back to the page they were on. Only a path on this same site is a place to go back to.
 */
@RestController
class LanguageChoice {

    static final String PATH = "/taal";

    private final SiteLanguages languages;

    LanguageChoice(SiteLanguages languages) {
        this.languages = languages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> choose(@RequestParam(name = "kies", required = false) String tag,
                                  @RequestParam(name = "terug", required = false) String back,
                                  HttpServletRequest request) {
        Locale language = languages.offeredLanguage(tag).orElse(null);
        if (language == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .body(Texts.get(languages.resolve(request), "language.not-offered"));
        }
        ResponseCookie cookie = ResponseCookie.from(SiteLanguages.COOKIE, language.getLanguage())
                .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, samePlace(back))
                .build();
    }

    /**
     * Only a local path: "//evil.example" or "/\evil.example" would leave the site. Characters outside ASCII are
     * percent-encoded as UTF-8 (a header cannot carry them: Tomcat dropped the whole Location); what is no valid URI
     * reference at all goes home.
     */
    static String samePlace(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI local = new URI(back);
            return local.getScheme() == null && local.getRawAuthority() == null ? local.toASCIIString() : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
