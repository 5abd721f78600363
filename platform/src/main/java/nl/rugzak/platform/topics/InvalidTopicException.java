package nl.rugzak.platform.topics;

import java.util.Map;

/** A topic that cannot be saved as given; the messages are per field, in Dutch. */
public class InvalidTopicException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidTopicException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
