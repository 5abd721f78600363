package nl.rugzak.platform.participation.updates;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to a published news item's page, below its text (e.g. a poll placed on it); news never
 * depends on those modules.
 */
public interface UpdatePageSection {

    /** The section for this news item; it is published and the visitor may read it. */
    Component create(long updateId);
}
