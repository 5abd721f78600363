package nl.rugzak.platform.participation.consultations;

import java.util.Map;
import java.util.function.Supplier;

import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.FieldProblem;
import nl.rugzak.platform.content.InvalidFieldsException;

/** A consultation, document, reaction or step that cannot be taken as given, with what is wrong per field. */
public class InvalidConsultationException extends InvalidFieldsException {

    public InvalidConsultationException(Map<String, FieldProblem> problems) {
        super("consultations.invalid", problems);
    }

    /** A problem with one field. */
    public static InvalidConsultationException at(String field, String key, Object... args) {
        return new InvalidConsultationException(Map.of(field, FieldProblem.textKey(key, args)));
    }

    /** Runs a shared check (length limits, safe content) and files its refusal under the field. */
    static <T> T checked(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (ContentRejectedException refused) {
            throw new InvalidConsultationException(Map.of(field, FieldProblem.of(refused)));
        }
    }
}
