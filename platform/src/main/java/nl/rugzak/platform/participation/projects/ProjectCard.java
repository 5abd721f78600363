package nl.rugzak.platform.participation.projects;

import java.time.Instant;

/** A project in a list: enough for a card with its image, status and current phase. */
public record ProjectCard(long id, String title, String summary, ProjectStatus status, String currentPhase,
                          String imageUrl, String imageAlt, Instant at) {

    public String link() {
        return "/projecten/" + id;
    }
}
