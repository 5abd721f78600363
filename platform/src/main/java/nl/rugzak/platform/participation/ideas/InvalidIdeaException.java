package nl.rugzak.platform.participation.ideas;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** An idea or a step that cannot be taken as given, with what is wrong per field. */
public class InvalidIdeaException extends InvalidFieldsException {

    public InvalidIdeaException(Map<String, FieldProblem> problems) {
        super("ideas.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidIdeaException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
