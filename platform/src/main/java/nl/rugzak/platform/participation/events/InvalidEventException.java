package nl.rugzak.platform.participation.events;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** An event, report or registration that cannot be saved as given, with what is wrong per field. */
public class InvalidEventException extends InvalidFieldsException {

    public InvalidEventException(Map<String, FieldProblem> problems) {
        super("events.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidEventException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
