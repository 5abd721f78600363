package nl.rugzak.platform.staff;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** An invitation that cannot be sent as given, with what is wrong per field (firstName, lastName, email, roles). */
public class InvalidInvitationException extends InvalidFieldsException {

    public InvalidInvitationException(Map<String, FieldProblem> problems) {
        super("staff.invite.invalid", problems);
    }
}
