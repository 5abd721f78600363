package nl.rugzak.platform.initiatives;

import java.util.Map;

/** An initiative or a step that cannot be taken as given; the messages are per field, in Dutch. */
public class InvalidInitiativeException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInitiativeException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public InvalidInitiativeException(String message) {
        this(Map.of("form", message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
