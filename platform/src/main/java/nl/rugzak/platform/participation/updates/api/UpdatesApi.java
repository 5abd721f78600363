package nl.rugzak.platform.participation.updates.api;

import static nl.rugzak.platform.participation.ApiResource.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.participation.ApiResource;
import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.UpdateTarget;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;
import org.springframework.stereotype.Component;

/**
 * News updates in the read API: only public ones (published, their time has come, not hidden or waiting for
 * moderation, about something public), as the news module defines it. No author names: residents write updates on
 * their initiatives, and a name is theirs to show on the site, not to hand out in bulk.
 */
@Component
public class UpdatesApi implements ApiResource {

    /** More than a municipality's news page ever lists; the newest this many are in the API. */
    static final int MOST = 1000;

    private final Updates updates;

    UpdatesApi(Updates updates) {
        this.updates = updates;
    }

    @Override
    public String module() {
        return UpdatesModule.ID;
    }

    @Override
    public String name() {
        return "news";
    }

    @Override
    public String description() {
        return "News updates from the municipality and from residents' initiatives: public ones only, newest first "
                + "(at most the newest " + MOST + ").";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("id", Type.INTEGER, "Stable id of the update at this municipality."),
                new Field("title", Type.STRING, "Title."),
                new Field("about", Type.STRING, "What it is about: site, topic or initiative."),
                new Field("aboutId", Type.INTEGER, "The id of the topic or initiative it is about, or null."),
                new Field("aboutTitle", Type.STRING, "The title of what it is about, or null."),
                new Field("byStaff", Type.BOOLEAN, "Whether the municipality wrote it."),
                new Field("publishedAt", Type.DATE_TIME, "When it was published."),
                new Field("updatedAt", Type.DATE_TIME, "When it last changed."),
                new Field("imageUrl", Type.STRING, "Its picture's path on the site, or null."));
    }

    @Override
    public List<Field> detailFields() {
        return List.of(new Field("body", Type.STRING, "The text (Markdown)."),
                new Field("imageAlt", Type.STRING, "The picture's text alternative, or null."));
    }

    @Override
    public List<String> filters() {
        return List.of("about", "aboutId", "byStaff");
    }

    @Override
    public List<String> sorts() {
        return List.of("publishedAt", "updatedAt", "title", "id");
    }

    @Override
    public String defaultSort() {
        return "-publishedAt";
    }

    @Override
    public List<Map<String, Object>> list() {
        return updates.published(UpdateTarget.SITE, MOST).stream().map(UpdatesApi::summary).toList();
    }

    @Override
    public Optional<Map<String, Object>> find(long id) {
        try {
            NewsUpdate update = updates.read(id);
            if (update.state() != NewsUpdate.State.PUBLISHED) {
                return Optional.empty();
            }
            Map<String, Object> item = summary(update);
            item.put("body", update.body());
            item.put("imageAlt", update.imageAlt());
            return Optional.of(item);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> summary(NewsUpdate update) {
        return item("id", update.id(), "title", update.title(),
                "about", update.target().kind().name().toLowerCase(Locale.ROOT), "aboutId", update.target().id(),
                "aboutTitle", update.targetTitle(), "byStaff", update.byStaff(), "publishedAt", update.publishAt(),
                "updatedAt", update.updatedAt(), "imageUrl", update.imageUrl(), "link", update.link());
    }
}
