package nl.rugzak.platform.topics;

/** Where the municipality is with a topic, in words a resident understands. */
public enum TopicStatus {
    EXPLORING("We verkennen het onderwerp"),
    PREPARING("We maken een plan"),
    DECIDING("De gemeenteraad besluit"),
    CARRYING_OUT("We voeren het uit"),
    DONE("Afgerond");

    private final String dutch;

    TopicStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
