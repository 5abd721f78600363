package nl.rugzak.platform.participation.projects;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * What a module living inside a phase adds to that phase on the project page beyond its placed items (ideas: the
 * ideas collected and a way to share one). A Spring bean in the module's own {@code ui} package; it builds a new
 * component per visit and says nothing when the phase is none of its business.
 */
public interface PhaseSection {

    Optional<Component> create(Project project, Project.Phase phase, boolean current);

    /** What staff set for this module in the phase on the project's back-office page (ideas: threshold, deadline). */
    default Optional<Component> forStaff(Project project, Project.Phase phase) {
        return Optional.empty();
    }
}
