package nl.rugzak.platform.participation.budgets;

/** Whether a resident may vote in a budget, and if not, the bundle key that says why (in their language). */
public record Eligibility(boolean eligible, String reasonKey) {

    public static Eligibility yes() {
        return new Eligibility(true, null);
    }

    public static Eligibility no(String reasonKey) {
        return new Eligibility(false, reasonKey);
    }
}
