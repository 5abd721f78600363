package nl.rugzak.platform.site.ui;

import com.vaadin.flow.component.Component;

/**
 * A block a module adds to the home page (open polls, upcoming events, active projects), shown while the module is
 * on, in the municipality's module order. Implemented by a module's {@code ui} package as a Spring bean; it builds a
 * new component for each visit and says nothing when it has nothing to show.
 */
public interface HomeSection {

    /** The module's catalogue id. */
    String module();

    /** A new component for this visit, or empty when there is nothing to show (no heading without content). */
    java.util.Optional<Component> create();
}
