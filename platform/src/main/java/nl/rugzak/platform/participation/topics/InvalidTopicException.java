package nl.rugzak.platform.participation.topics;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** A topic that cannot be saved as given, with what is wrong per field. */
public class InvalidTopicException extends InvalidFieldsException {

    public InvalidTopicException(Map<String, FieldProblem> problems) {
        super("topics.invalid", problems);
    }
}
