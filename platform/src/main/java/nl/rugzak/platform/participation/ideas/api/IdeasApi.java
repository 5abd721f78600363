package nl.rugzak.platform.participation.ideas.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.ideas.IdeaCard;
import nl.rugzak.platform.participation.ideas.IdeaDetail;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import org.springframework.stereotype.Component;

/**
 * Ideas in the read API: visible ideas (not hidden by a moderator, not waiting for a check) in public projects. No
 * author names.
 */
@Component
public class IdeasApi implements ApiResource {

    /** The newest this many ideas are in the list and the downloads. */
    static final int MOST = 1000;

    private final Ideas ideas;

    IdeasApi(Ideas ideas) {
        this.ideas = ideas;
    }

    @Override
    public String module() {
        return IdeasModule.ID;
    }

    @Override
    public String name() {
        return "ideas";
    }

    @Override
    public String description() {
        return "Ideas (ideeën) residents brought into a project's phase, with their category, status and support "
                + "(at most the newest " + MOST + ").";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the idea at this municipality."),
                new Field("projectId", Type.INTEGER, "The project it belongs to."),
                new Field("title", Type.STRING, "Title."),
                new Field("description", Type.STRING, "Description."),
                new Field("place", Type.STRING, "Where, in words, or null."),
                new Field("category", Type.STRING, "green, traffic, play, safety, meeting, culture or other."),
                new Field("status", Type.STRING, "open, under_review, selected, not_feasible or merged."),
                new Field("supports", Type.INTEGER, "How many residents support it."),
                new Field("thresholdReached", Type.BOOLEAN, "Whether it reached the support the phase asks for."),
                new Field("imageUrl", Type.STRING, "Its picture on the site, or null."),
                new Field("at", Type.DATE_TIME, "When it was submitted."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(
                new Field("statusReason", Type.STRING, "Why the municipality gave it this status, or null."),
                new Field("mergedIntoId", Type.INTEGER, "The idea it was merged into, or null."));
    }

    @Override
    public List<String> filters() {
        return List.of("projectId", "category", "status");
    }

    @Override
    public List<String> sorts() {
        return List.of("at", "supports", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-at";
    }

    @Override
    public List<Map<String, Object>> list() {
        return ideas.newest(MOST).stream().filter(card -> !card.hidden() && !card.waiting()).map(IdeasApi::summary)
                .toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        IdeaDetail idea;
        try {
            idea = ideas.view(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (idea.hidden() || idea.waiting()) {
            return Optional.empty();
        }
        return Optional.of(item("id", idea.id(), "projectId", idea.phase().projectId(), "title", idea.title(),
                "description", idea.description(), "place", idea.place(), "category", lower(idea.category()),
                "status", lower(idea.status()), "supports", idea.supports(), "thresholdReached", idea.thresholdReached(),
                "imageUrl", idea.imageUrl(), "at", idea.at(), "link", idea.link(), "statusReason", idea.statusReason(),
                "mergedIntoId", idea.mergedIntoId()));
    }

    private static Map<String, Object> summary(IdeaCard card) {
        return item("id", card.id(), "projectId", card.projectId(), "title", card.title(),
                "description", card.description(), "place", card.place(), "category", lower(card.category()),
                "status", lower(card.status()), "supports", card.supports(), "thresholdReached", card.thresholdReached(),
                "imageUrl", card.imageUrl(), "at", card.at(), "link", card.link());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
