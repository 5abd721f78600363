package nl.rugzak.platform.participation.initiatives;

import com.vaadin.flow.component.Component;

/** A part another module adds to an initiative's page (e.g. its news); initiatives never depend on those modules. */
public interface InitiativePageSection {

    /** The section for this initiative, which exists and which the visitor may read. */
    Component create(long initiativeId);
}
