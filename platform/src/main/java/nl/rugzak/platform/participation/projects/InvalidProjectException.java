package nl.rugzak.platform.participation.projects;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** A project, phase or step that cannot be taken as given, with what is wrong per field. */
public class InvalidProjectException extends InvalidFieldsException {

    public InvalidProjectException(Map<String, FieldProblem> problems) {
        super("projects.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidProjectException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
