package nl.rugzak.platform.participation;

import java.util.Objects;

import nl.rugzak.platform.mydata.PersonalDataHolder;

/**
 * What a module keeps about residents. A module must choose: a holder that exports and erases it, or an explicit
 * statement that it stores none, with the reason. {@code ModuleManifestsTest} fails a module whose tables hold
 * resident ids or names while it says it stores nothing.
 */
public sealed interface PersonalData {

    static PersonalData heldBy(PersonalDataHolder holder) {
        return new Held(holder);
    }

    static PersonalData none(String reason) {
        return new None(reason);
    }

    record Held(PersonalDataHolder holder) implements PersonalData {
        public Held {
            Objects.requireNonNull(holder, "holder");
        }
    }

    record None(String reason) implements PersonalData {
        public None {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Say why the module stores no personal data");
            }
        }
    }
}
