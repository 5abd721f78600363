package nl.rugzak.platform.sharing;

/** The words a page without its own description falls back on. */
public final class SiteDescriptions {

    private SiteDescriptions() {
    }

    public static String generic(String tenantName) {
        return "De participatiesite van " + tenantName + ": initiatieven, inspraak en nieuws uit de buurt.";
    }
}
