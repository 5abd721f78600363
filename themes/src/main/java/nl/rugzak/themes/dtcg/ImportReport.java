package nl.rugzak.themes.dtcg;

import java.util.List;

import nl.rugzak.themes.text.TextKey;
import nl.rugzak.themes.tokens.ThemeTokens;

/**
 * What an import did: the tokens it produced (the starting theme with every mapped value applied), which source
 * tokens were mapped to which Rugzak token, and which were ignored and why.
 */
public record ImportReport(ThemeTokens tokens, List<Mapped> mapped, List<Ignored> ignored) {

    public record Mapped(String source, String rugzakToken, String value) {
    }

    public record Ignored(String source, TextKey reason) {
    }

    private static final TextKey ALREADY_SET = new TextKey("themes.import.ignored.already-set");

    public ImportReport {
        mapped = List.copyOf(mapped);
        ignored = List.copyOf(ignored);
    }

    /** Tokens Rugzak knows, but another token in the file already set the same value. */
    public List<Ignored> overridden() {
        return ignored.stream().filter(i -> i.reason().equals(ALREADY_SET)).toList();
    }

    /** Tokens Rugzak does not use, or whose value it could not take over (the reason says which). */
    public List<Ignored> unused() {
        return ignored.stream().filter(i -> !i.reason().equals(ALREADY_SET)).toList();
    }
}
