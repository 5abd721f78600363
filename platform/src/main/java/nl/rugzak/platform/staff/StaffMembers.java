package nl.rugzak.platform.staff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.tenantadmin.identity.AdminInvitations;
import nl.rugzak.tenantadmin.identity.RealmUsers;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The municipality's own staff, for its tenant admin: who has a staff role in the realm, and inviting someone new
 * (Keycloak mails them: set a password, verify the address, in the municipality's language). The realm is always the
 * request's own municipality, never one the caller names, so an admin of one municipality cannot see or invite into
 * another's. Everything is checked before Keycloak is asked anything, so a refused invitation creates nobody.
 */
@Service
@PreAuthorize("hasRole('tenant-admin')")
public class StaffMembers {

    private static final Logger LOG = LoggerFactory.getLogger(StaffMembers.class);

    /** Keycloak keeps names up to 255 characters; a person's name is never this long. */
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;

    /** Someone on the staff list; {@code roles} are staff roles only, in {@link TenantRealms#STAFF_ROLES} order. */
    public record StaffMember(String firstName, String lastName, String email, List<String> roles) {

        public String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** What the admin fills in; {@code roles} from {@link TenantRealms#STAFF_ROLES}. */
    public record Invitation(String firstName, String lastName, String email, Set<String> roles) {
    }

    private final TenantRealms realms;
    private final AdminInvitations invitations;
    private final TenantRegistry registry;
    private final TenantWriteGuard writeGuard;

    public StaffMembers(TenantRealms realms, AdminInvitations invitations, TenantRegistry registry,
                        TenantWriteGuard writeGuard) {
        this.realms = realms;
        this.invitations = invitations;
        this.registry = registry;
        this.writeGuard = writeGuard;
    }

    /** The roles an admin can hand out, in the order forms show them. */
    public List<String> roles() {
        return TenantRealms.STAFF_ROLES;
    }

    /** Everyone with a staff role at this municipality, by name. */
    public List<StaffMember> all() {
        String realm = TenantRealms.realmOf(TenantContext.require());
        return realms.users().withAnyRole(realm, TenantRealms.STAFF_ROLES).stream()
                .map(StaffMembers::member)
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Creates the staff member in this municipality's realm and has Keycloak mail the invitation.
     *
     * @throws InvalidInvitationException with a problem per field; nothing is created in Keycloak then
     */
    public void invite(Invitation invitation) {
        writeGuard.requireWritable();
        Tenant tenant = registry.find(TenantContext.require()).orElseThrow();
        String realm = TenantRealms.realmOf(tenant.id());
        String first = strip(invitation.firstName());
        String last = strip(invitation.lastName());
        String email = strip(invitation.email()).toLowerCase(Locale.ROOT);
        Set<String> chosen = invitation.roles() == null ? Set.of() : invitation.roles();
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        name(first, "firstName", "staff.invite.first-name-empty", problems);
        name(last, "lastName", "staff.invite.last-name-empty", problems);
        if (!isAddress(email)) {
            problems.put("email", FieldProblem.textKey("staff.invite.email-invalid"));
        }
        if (chosen.isEmpty() || !TenantRealms.STAFF_ROLES.containsAll(chosen)) {
            problems.put("roles", FieldProblem.textKey("staff.invite.roles-empty"));
        }
        if (!problems.containsKey("email") && realms.users().addressTaken(realm, email)) {
            problems.put("email", FieldProblem.textKey("staff.invite.email-taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInvitationException(problems);
        }
        if (!realms.canMail()) {
            throw new UserFacingException("staff.invite.no-mail");
        }
        List<String> roles = TenantRealms.STAFF_ROLES.stream().filter(chosen::contains).toList();
        invitations.inviteStaff(tenant, first, last, email, roles);
        LOG.info("Staff member invited at {} with roles {}", tenant.id().slug(), roles);
    }

    private static void name(String value, String field, String emptyKey, Map<String, FieldProblem> problems) {
        if (value.isEmpty()) {
            problems.put(field, FieldProblem.textKey(emptyKey));
        } else if (value.length() > MAX_NAME) {
            problems.put(field, FieldProblem.textKey("staff.invite.name-too-long", MAX_NAME));
        } else if (value.chars().anyMatch(Character::isISOControl) || value.matches(".*[<>\"].*")) {
            // The name is put into Keycloak's mail and page headings; keep markup and line breaks out.
            problems.put(field, FieldProblem.textKey("staff.invite.name-invalid"));
        }
    }

    private static boolean isAddress(String email) {
        return !email.isEmpty() && email.length() <= MAX_EMAIL
                && email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static StaffMember member(RealmUsers.Member member) {
        return new StaffMember(member.firstName(), member.lastName(), member.email(),
                TenantRealms.STAFF_ROLES.stream().filter(member.roles()::contains).toList());
    }
}
