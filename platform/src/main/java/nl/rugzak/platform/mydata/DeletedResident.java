package nl.rugzak.platform.mydata;

/**
 * The placeholder profile that anonymised comments point to (a comment needs an author row). Its subject can never
 * be a Keycloak subject (those are UUIDs), so nobody ever logs in as it.
 */
public final class DeletedResident {

    public static final String SUBJECT = "~verwijderde-deelnemer";
    public static final String NAME = "verwijderde deelnemer";

    private DeletedResident() {
    }
}
