package nl.rugzak.platform.participation.budgets;

/**
 * Whether a resident may vote in a budget; if not, the bundle key that says why (in their language) and, when there
 * is one, the page where they can change that (a project page to confirm their postcode).
 */
public record Eligibility(boolean eligible, String reasonKey, String whereToAct) {

    public static Eligibility yes() {
        return new Eligibility(true, null, null);
    }

    public static Eligibility no(String reasonKey) {
        return new Eligibility(false, reasonKey, null);
    }

    public static Eligibility no(String reasonKey, String whereToAct) {
        return new Eligibility(false, reasonKey, whereToAct);
    }
}
