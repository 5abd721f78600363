package nl.rugzak.platform.participation.initiatives;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** An initiative or a step that cannot be taken as given, with what is wrong per field. */
public class InvalidInitiativeException extends InvalidFieldsException {

    public InvalidInitiativeException(Map<String, FieldProblem> problems) {
        super("initiatives.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidInitiativeException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
