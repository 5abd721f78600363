package nl.rugzak.tenantadmin.identity;

/** The platform's confidential client in one realm, as the login needs it. */
public record ProvisionedClient(String realm, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ProvisionedClient[realm=" + realm + ", clientId=" + clientId + "]";
    }
}
