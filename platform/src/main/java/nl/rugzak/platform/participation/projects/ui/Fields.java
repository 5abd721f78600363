package nl.rugzak.platform.participation.projects.ui;

import com.vaadin.flow.component.HasValidation;

/** Shows a service's refusal at its field, and clears the field when it has none. */
final class Fields {

    private Fields() {
    }

    static void mark(HasValidation field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }
}
