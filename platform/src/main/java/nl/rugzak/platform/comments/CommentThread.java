package nl.rugzak.platform.comments;

import java.util.List;

/** A top-level comment with its replies (one level), oldest first. */
public record CommentThread(CommentView comment, List<CommentView> replies) {
}
