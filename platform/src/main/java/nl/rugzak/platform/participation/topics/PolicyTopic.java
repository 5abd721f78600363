package nl.rugzak.platform.participation.topics;

import java.time.Instant;

/** A beleidsthema: what the municipality is working on, its plans and its questions to residents. */
public record PolicyTopic(long id, String title, String summary, String plans, String questions, TopicStatus status,
                          String contactName, String contactEmail, Instant createdAt, Instant updatedAt) {

    public String link() {
        return "/themas/" + id;
    }
}
