package nl.rugzak.tenantadmin.identity;

import java.util.List;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** People in a realm: demo accounts and, later, a tenant's first admin. Existing users are left as they are. */
public class RealmUsers {

    /**
     * @param totpSecret a known base32 secret for the authenticator app (demo accounts only), or null: staff then set
     *                   up their own app at their first login
     */
    public record Person(String username, String email, String firstName, String lastName, String password,
                         List<String> roles, String totpSecret) {

        public Person(String username, String email, String firstName, String lastName, String password,
                      List<String> roles) {
            this(username, email, firstName, lastName, password, roles, null);
        }
    }

    /** Someone in a realm as the municipality's staff list shows them, with the roles asked about that they hold. */
    public record Member(String id, String firstName, String lastName, String email, List<String> roles) {
    }

    /** Keycloak pages role members; no municipality has this many staff. */
    private static final int MAX_MEMBERS = 1000;

    /** Keycloak's credential type of authenticator-app secrets. */
    private static final String OTP = "otp";

    private final KeycloakServer server;

    public RealmUsers(KeycloakServer server) {
        this.server = server;
    }

    /** Sets a user's password; Keycloak checks it against the realm's password policy. */
    public void setPassword(String realmName, String userId, String password) {
        server.admin().realm(realmName).users().get(userId).resetPassword(password(password));
    }

    /**
     * Has Keycloak mail the user a link to do these actions (e.g. set a password, verify the address) in the given
     * language. A user who never had a password counts as unverified until the link is used. After the actions the
     * page offers the way back to the client's site.
     */
    public void sendInvitation(String realmName, String userId, String locale, String clientId, int validSeconds,
                               List<String> actions) {
        var user = server.admin().realm(realmName).users().get(userId);
        UserRepresentation change = user.toRepresentation();
        java.util.Map<String, List<String>> attributes = change.getAttributes() == null
                ? new java.util.HashMap<>() : new java.util.HashMap<>(change.getAttributes());
        attributes.put("locale", List.of(locale));
        change.setAttributes(attributes);
        if (user.credentials().stream().noneMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))) {
            change.setEmailVerified(false);
        }
        user.update(change);
        user.executeActionsEmail(clientId, null, validSeconds, actions);
    }

    /**
     * Deletes a user (a resident erasing their account). A user that is already gone counts as deleted, so a retry
     * after a failed commit succeeds; any other refusal throws.
     */
    public void delete(String realmName, String userId) {
        try (Response response = server.admin().realm(realmName).users().delete(userId)) {
            int status = response.getStatus();
            if (status != 204 && status != 404) {
                throw new IllegalStateException("Keycloak refused to delete user " + userId + " in realm " + realmName
                        + ": HTTP " + status);
            }
        }
    }

    /** Everyone in the realm holding at least one of these roles, once each, with the ones they hold (in the order asked). */
    public List<Member> withAnyRole(String realmName, List<String> roles) {
        RealmResource realm = server.admin().realm(realmName);
        java.util.Map<String, UserRepresentation> users = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> held = new java.util.HashMap<>();
        for (String role : roles) {
            for (UserRepresentation user : realm.roles().get(role).getUserMembers(true, 0, MAX_MEMBERS)) {
                users.putIfAbsent(user.getId(), user);
                held.computeIfAbsent(user.getId(), id -> new java.util.ArrayList<>()).add(role);
            }
        }
        return users.values().stream().map(user -> new Member(user.getId(), user.getFirstName(), user.getLastName(),
                user.getEmail(), List.copyOf(held.get(user.getId())))).toList();
    }

    /** Whether someone in the realm already has this address, as e-mail address or as user name. */
    public boolean addressTaken(String realmName, String address) {
        RealmResource realm = server.admin().realm(realmName);
        return !realm.users().searchByEmail(address, true).isEmpty()
                || !realm.users().searchByUsername(address, true).isEmpty();
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(value);
        password.setTemporary(false);
        return password;
    }

    /**
     * An app secret Keycloak takes as it is (base32, as people type it into their app): RFC 6238, SHA-1, 6 digits,
     * 30 seconds, as the realms' policy says.
     */
    private static CredentialRepresentation totp(String base32Secret) {
        CredentialRepresentation totp = new CredentialRepresentation();
        totp.setType(OTP);
        totp.setUserLabel("Demo");
        totp.setSecretData("{\"value\":\"" + base32Secret + "\"}");
        totp.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                + "\"algorithm\":\"HmacSHA1\",\"secretEncoding\":\"BASE32\"}");
        return totp;
    }

    /** A known app secret given to an account made before it had one (e.g. a demo account from an older run). */
    private static void ensureTotp(RealmResource realm, String id, Person person) {
        if (person.totpSecret() == null) {
            return;
        }
        var user = realm.users().get(id);
        if (user.credentials().stream().noneMatch(c -> OTP.equals(c.getType()))) {
            UserRepresentation change = new UserRepresentation();
            change.setCredentials(List.of(totp(person.totpSecret())));
            user.update(change);
        }
    }

    /** Creates the user if absent (without a password when none is given); an existing user keeps its password, and gets any roles it lacks. */
    public String ensure(String realmName, Person person) {
        RealmResource realm = server.admin().realm(realmName);
        List<UserRepresentation> found = realm.users().searchByUsername(person.username(), true);
        String id;
        if (found.isEmpty()) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(person.username());
            // Keycloak 26's user profile blocks login until email and both names are filled in.
            user.setEmail(person.email());
            user.setEmailVerified(true);
            user.setFirstName(person.firstName());
            user.setLastName(person.lastName());
            user.setEnabled(true);
            List<CredentialRepresentation> credentials = new java.util.ArrayList<>();
            if (person.password() != null) {
                credentials.add(password(person.password()));
            }
            if (person.totpSecret() != null) {
                credentials.add(totp(person.totpSecret()));
            }
            user.setCredentials(credentials);
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused user " + person.username() + ": HTTP "
                            + response.getStatus());
                }
            }
            id = realm.users().searchByUsername(person.username(), true).getFirst().getId();
        } else {
            id = found.getFirst().getId();
            ensureTotp(realm, id, person);
        }
        var assigned = realm.users().get(id).roles().realmLevel();
        var missing = person.roles().stream()
                .filter(role -> assigned.listAll().stream().noneMatch(r -> r.getName().equals(role)))
                .map(role -> realm.roles().get(role).toRepresentation())
                .toList();
        if (!missing.isEmpty()) {
            assigned.add(missing);
        }
        return id;
    }
}
