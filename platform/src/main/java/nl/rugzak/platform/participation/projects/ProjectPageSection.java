package nl.rugzak.platform.participation.projects;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to a project's page below its own content (news: the project's news items); projects
 * never depend on those modules. A Spring bean in the module's {@code ui} package, a new component per visit.
 */
public interface ProjectPageSection {

    /** The section for this project; residents may see it (published or closed). */
    Component create(long projectId);
}
