package nl.rugzak.platform.comments.ui;

import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Reports;
import org.springframework.stereotype.Component;

/** Makes a {@link CommentSection} for a page: {@code add(commentSections.create(new ContentRef("initiatives", id)))}. */
@Component
public class CommentSections {

    private final Comments comments;
    private final Reports reports;
    private final Actors actors;

    public CommentSections(Comments comments, Reports reports, Actors actors) {
        this.comments = comments;
        this.reports = reports;
        this.actors = actors;
    }

    /**
     * @throws nl.rugzak.platform.content.NotFoundException when the item does not exist or is not visible to the viewer
     */
    public CommentSection create(ContentRef target) {
        return new CommentSection(target, comments, reports, actors);
    }
}
