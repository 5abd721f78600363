package nl.rugzak.platform.participation.topics;

import com.vaadin.flow.component.Component;

/** A part another module adds to a topic's page (e.g. its news); topics never depend on those modules. */
public interface TopicPageSection {

    /** The section for this topic; the topic exists and the visitor may read it. */
    Component create(long topicId);
}
