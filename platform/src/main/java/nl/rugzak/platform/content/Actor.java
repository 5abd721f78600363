package nl.rugzak.platform.content;

import java.util.Set;

/**
 * The logged-in person doing something: their subject in the tenant's realm, the name others see, and their realm
 * roles at this moment.
 */
public record Actor(String subject, String displayName, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** Editors, moderators and tenant admins speak for the municipality. */
    public boolean isStaff() {
        return roles.contains("editor") || roles.contains("moderator") || roles.contains("tenant-admin");
    }

    /** May see and act on hidden and pending content. */
    public boolean isModerator() {
        return roles.contains("moderator") || roles.contains("tenant-admin");
    }
}
