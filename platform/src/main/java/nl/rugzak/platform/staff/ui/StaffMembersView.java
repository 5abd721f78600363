package nl.rugzak.platform.staff.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.platform.staff.InvalidInvitationException;
import nl.rugzak.platform.staff.StaffMembers;

/**
 * The municipality's staff for its admin: who has which role, and a form to invite someone new. Keycloak mails the
 * invitation; the new staff member sets a password and confirms the address from that mail.
 */
@Route(value = "beheer/medewerkers", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class StaffMembersView extends Div implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button invite = new Button();
    final Feedback feedback = new Feedback();
    private final StaffMembers staff;

    public StaffMembersView(StaffMembers staff) {
        this.staff = staff;
        list.addClassName("rugzak-staff-members");
        Section members = new Section(new H2(getTranslation("staff.members.list")), list);

        firstName.setLabel(getTranslation("staff.invite.first-name"));
        lastName.setLabel(getTranslation("staff.invite.last-name"));
        email.setLabel(getTranslation("staff.invite.email"));
        List.of(firstName, lastName).forEach(field -> field.setMaxLength(StaffMembers.MAX_NAME));
        email.setMaxLength(StaffMembers.MAX_EMAIL);
        // The service judges the input; the fields' own checks would otherwise clear its messages on the next change.
        List.of(firstName, lastName).forEach(field -> field.setManualValidation(true));
        email.setManualValidation(true);
        roles.setManualValidation(true);
        roles.setLabel(getTranslation("staff.invite.roles"));
        roles.setItems(staff.roles());
        roles.setItemLabelGenerator(this::roleName);
        invite.setText(getTranslation("staff.invite.send"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> send());
        Section form = new Section(new H2(getTranslation("staff.invite.heading")),
                new Paragraph(getTranslation("staff.invite.intro")), firstName, lastName, email, roles, invite, feedback);

        add(new H1(getTranslation("staff.members.title")), new Paragraph(getTranslation("staff.members.intro")),
                members, form);
        show();
    }

    private void send() {
        String address = email.getValue().strip();
        clearMarks();
        boolean sent = feedback.attempt(() -> {
            try {
                staff.invite(new StaffMembers.Invitation(firstName.getValue(), lastName.getValue(), email.getValue(),
                        roles.getValue()));
            } catch (InvalidInvitationException e) {
                // The feedback line says it all at once; each problem also stands at its own field.
                Map<String, String> problems = e.problemsIn(getLocale());
                mark(firstName, problems.get("firstName"));
                mark(lastName, problems.get("lastName"));
                mark(email, problems.get("email"));
                mark(roles, problems.get("roles"));
                throw e;
            }
        }, getTranslation("staff.invite.sent", address));
        if (sent) {
            firstName.clear();
            lastName.clear();
            email.clear();
            roles.clear();
            show();
        }
    }

    private void show() {
        list.removeAll();
        List<StaffMembers.StaffMember> all = staff.all();
        if (all.isEmpty()) {
            list.add(new ListItem(new EmptyState(getTranslation("staff.members.empty"))));
            return;
        }
        for (StaffMembers.StaffMember member : all) {
            list.add(new ListItem(getTranslation("staff.members.row", member.name(),
                    member.email() == null ? "–" : member.email(),
                    member.roles().stream().map(this::roleName).collect(Collectors.joining(", ")))));
        }
    }

    private String roleName(String role) {
        return getTranslation(switch (role) {
            case "editor" -> "staff.role.editor";
            case "moderator" -> "staff.role.moderator";
            case "tenant-admin" -> "staff.role.tenant-admin";
            default -> throw new IllegalStateException("Not a staff role: " + role);
        });
    }

    private void clearMarks() {
        List.<HasValidation>of(firstName, lastName, email, roles).forEach(field -> mark(field, null));
    }

    private static void mark(HasValidation field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.members.title");
    }
}
