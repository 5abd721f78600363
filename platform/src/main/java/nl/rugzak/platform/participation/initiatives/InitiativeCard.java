package nl.rugzak.platform.participation.initiatives;

import java.time.Instant;

/** An initiative as a list shows it. */
public record InitiativeCard(long id, String title, String summary, String place, String category,
                             InitiativeStatus status, int supporters, Instant publishedAt, boolean hidden) {

    public String link() {
        return "/initiatieven/" + id;
    }
}
