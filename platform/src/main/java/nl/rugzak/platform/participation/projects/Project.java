package nl.rugzak.platform.participation.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.rugzak.platform.places.MapPoint;

import nl.rugzak.platform.participation.PublicItems;

/**
 * A project as a page shows it: its phases in order, the current one (pinned by staff or by today's date), and the
 * items each phase holds, already resolved through their modules' public items (items that are gone or hidden are
 * left out).
 */
public record Project(long id, String title, String summary, String description, String area, String contact,
                      ProjectStatus status, List<Topic> topics, List<Phase> phases, Long currentPhaseId,
                      boolean currentPinned, String finalAccount, Image image, Instant publishedAt, MapPoint point) {

    public record Topic(long id, String title, String link) {
    }

    public record Image(String url, String alt, int width, int height) {
    }

    /** {@code items} are the resolved public items; {@code placed} every placement, also unresolved (staff see it). */
    public record Phase(long id, int position, String title, LocalDate startsOn, LocalDate endsOn, String whatNow,
                        boolean localOnly, List<PublicItems.Item> items, List<Placement> placed) {
    }

    public record Placement(String module, long itemId) {
    }

    public Optional<Phase> currentPhase() {
        return phases.stream().filter(phase -> currentPhaseId != null && phase.id() == currentPhaseId).findFirst();
    }

    /** Phases before the current one (all of them once the project is closed or the last phase has ended). */
    public List<Phase> pastPhases() {
        var current = currentPhase();
        if (current.isEmpty()) {
            return status == ProjectStatus.CLOSED ? phases : List.of();
        }
        return phases.stream().filter(phase -> phase.position() < current.get().position()).toList();
    }

    public String link() {
        return "/projecten/" + id;
    }
}
