package nl.rugzak.platform.participation.budgets;

import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** A budget, project or ballot that cannot be saved as given, with what is wrong per field. Nothing is stored. */
public class InvalidBudgetException extends InvalidFieldsException {

    public InvalidBudgetException(Map<String, FieldProblem> problems) {
        super("budgets.invalid", problems);
    }

    /** A problem with the whole step rather than one field. */
    public InvalidBudgetException(String key, Object... args) {
        this(Map.of("form", FieldProblem.textKey(key, args)));
    }
}
