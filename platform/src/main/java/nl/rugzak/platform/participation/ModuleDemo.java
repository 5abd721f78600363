package nl.rugzak.platform.participation;

/**
 * Seeds a module's demo content into one demo municipality of the embedded default, so a newcomer sees a living
 * site. Called in that tenant's context, inside a transaction, after the demo accounts and the shared demo content
 * exist. It must seed nothing twice: a restart calls it again.
 */
public interface ModuleDemo {

    void seed(DemoSeed seed);

    /**
     * @param tenantSlug the demo municipality, {@code voorbeeld} or {@code oosterhaven}
     * @param residentId the demo resident's ({@code bewoner}) profile id in that tenant
     */
    record DemoSeed(String tenantSlug, long residentId) {

        public boolean voorbeeld() {
            return tenantSlug.equals("voorbeeld");
        }
    }
}
