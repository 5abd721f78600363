package nl.rugzak.platform.participation.polls;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** A poll, survey or step that cannot be taken as given, with what is wrong per field. Nothing was stored. */
public class InvalidPollException extends InvalidFieldsException {

    public InvalidPollException(Map<String, FieldProblem> problems) {
        super("polls.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidPollException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
