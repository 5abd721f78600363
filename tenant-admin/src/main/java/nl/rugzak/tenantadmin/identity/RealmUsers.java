package nl.rugzak.tenantadmin.identity;

import java.util.List;

import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** People in a realm: demo accounts and, later, a tenant's first admin. Existing users are left as they are. */
public class RealmUsers {

    public record Person(String username, String email, String firstName, String lastName, String password,
                         List<String> roles) {
    }

    private final KeycloakServer server;

    public RealmUsers(KeycloakServer server) {
        this.server = server;
    }

    /** Sets a user's password; Keycloak checks it against the realm's password policy. */
    public void setPassword(String realmName, String userId, String password) {
        server.admin().realm(realmName).users().get(userId).resetPassword(password(password));
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

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(value);
        password.setTemporary(false);
        return password;
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
            if (person.password() != null) {
                user.setCredentials(List.of(password(person.password())));
            }
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused user " + person.username() + ": HTTP "
                            + response.getStatus());
                }
            }
            id = realm.users().searchByUsername(person.username(), true).getFirst().getId();
        } else {
            id = found.getFirst().getId();
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
