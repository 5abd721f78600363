package nl.rugzak.platform.comments.ui;

import nl.rugzak.tenantadmin.text.UserText;

import nl.rugzak.tenantadmin.time.Dates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.comments.CommentThread;
import nl.rugzak.platform.comments.CommentView;
import nl.rugzak.platform.comments.Comments;
import nl.rugzak.platform.content.Actor;
import nl.rugzak.platform.content.Actors;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.Visibility;
import nl.rugzak.platform.moderation.ui.ReportDialog;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.security.access.AccessDeniedException;

/**
 * The conversation under an item: threads with one level of replies, and posting, replying, editing, deleting,
 * supporting and reporting. Names and plain texts are set as text (escaped); only {@code SafeMarkdown} output is
 * put in as HTML. Create it with {@link CommentSections#create}.
 */
public class CommentSection extends Section {


    static final int THREADS_PER_PAGE = 30;

    private final ContentRef target;
    private final Comments comments;
    private final Reports reports;
    private final Optional<Actor> viewer;

    private final H2 heading = new H2();
    /** Messages about the last action (errors and confirmations), read out by screen readers. */
    private final Div message = new Div();
    private final Div threads = new Div();
    private final TextArea newComment = new TextArea();
    private final Button more = new Button("", click -> showMore());
    private List<CommentThread> loaded = List.of();
    private int shown;

    CommentSection(ContentRef target, Comments comments, Reports reports, Actors actors) {
        this.target = target;
        this.comments = comments;
        this.reports = reports;
        this.viewer = actors.current();
        newComment.setLabel(getTranslation("comments.section.your-comment"));
        addClassName("rugzak-comments");
        setId("reacties");
        message.addClassName("rugzak-comments-message");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        add(heading, message, form(), threads);
        refresh();
    }

    /** The text of the last message shown (empty when none). */
    public String message() {
        return message.getText();
    }

    /** Reloads the threads from the server. */
    public void refresh() {
        loaded = comments.threadFor(target);
        long count = loaded.stream().mapToLong(t -> 1 + t.replies().size()).sum();
        heading.setText(Texts.count(getLocale(), "comments.section.count", count));
        threads.removeAll();
        if (loaded.isEmpty()) {
            threads.add(new Paragraph(getTranslation("comments.section.none")));
        }
        shown = 0;
        showMore();
    }

    // A long conversation is built a page of threads at a time: components for hundreds of comments are slow to
    // build and to send, and few readers scroll that far.
    private void showMore() {
        threads.getChildren().filter(c -> c == more).findFirst().ifPresent(threads::remove);
        int until = Math.min(loaded.size(), shown + THREADS_PER_PAGE);
        for (CommentThread thread : loaded.subList(shown, until)) {
            Div box = new Div(comment(thread.comment(), false));
            box.addClassName("rugzak-comment-thread");
            thread.replies().forEach(reply -> box.add(comment(reply, true)));
            threads.add(box);
        }
        shown = until;
        if (shown < loaded.size()) {
            more.setText(getTranslation("comments.section.more", loaded.size() - shown));
            threads.add(more);
        }
    }

    private Component form() {
        if (viewer.isEmpty()) {
            Anchor login = new Anchor("/inloggen", getTranslation("comments.section.log-in"));
            login.setRouterIgnore(true);
            return new Paragraph(login);
        }
        newComment.setMaxLength(Comments.MAX_LENGTH);
        newComment.setWidthFull();
        newComment.setHelperText(getTranslation("comments.section.helper", String.valueOf(Comments.MAX_LENGTH)));
        Button post = new Button(getTranslation("comments.section.post"), click -> attempt(() -> {
            CommentView posted = comments.post(target, newComment.getValue());
            newComment.clear();
            return posted.visibility() == Visibility.PENDING
                    ? getTranslation("comments.section.posted-pending")
                    : getTranslation("comments.section.posted");
        }));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(newComment, post);
    }

    private Component comment(CommentView comment, boolean reply) {
        Div box = new Div();
        box.setId("reactie-" + comment.id());
        box.addClassName(reply ? "rugzak-comment-reply" : "rugzak-comment");

        Div meta = new Div();
        meta.addClassName("rugzak-comment-meta");
        Span author = new Span(comment.authorName());
        author.addClassNames("rugzak-comment-author", "rugzak-user-text");
        meta.add(author);
        if (comment.byMunicipality()) {
            Span badge = new Span(getTranslation("comments.comment.municipality"));
            badge.addClassName("rugzak-comment-municipality");
            meta.add(badge);
        }
        meta.add(new Span(when(comment.createdAt())));
        if (comment.edited()) {
            Span edited = new Span(getTranslation("comments.comment.edited"));
            edited.addClassName("rugzak-comment-edited");
            meta.add(edited);
        }
        box.add(meta);

        if (comment.visibility() == Visibility.PENDING) {
            box.add(notice(getTranslation("comments.comment.pending")));
        } else if (comment.visibility() == Visibility.HIDDEN) {
            box.add(notice(comment.moderationReason() == null ? getTranslation("comments.comment.hidden")
                    : getTranslation("comments.comment.hidden-because", comment.moderationReason())));
        }
        Div body = new Div();
        body.addClassName("rugzak-comment-body");
        if (comment.deleted()) {
            body.setText(getTranslation("comments.comment.deleted"));
        } else {
            body.add(MarkdownText.ofSanitised(comment.html()));
        }
        box.add(body, actions(comment, reply, box, body));
        return box;
    }

    private Component actions(CommentView comment, boolean reply, Div box, Div body) {
        Div actions = new Div();
        actions.addClassName("rugzak-comment-actions");
        if (comment.deleted()) {
            return actions;
        }
        boolean open = comment.visibility() == Visibility.VISIBLE;
        String supports = Texts.count(getLocale(), "comments.comment.supports", comment.supports());
        if (viewer.isPresent() && open && !comment.mine()) {
            Button support = new Button(getTranslation(comment.supportedByViewer() ? "comments.comment.supported"
                    : "comments.comment.support", comment.supports()), click -> attempt(() -> {
                comments.support(comment.id());
                return getTranslation("comments.comment.support-done");
            }));
            support.setEnabled(!comment.supportedByViewer());
            support.getElement().setAttribute("aria-label", getTranslation("comments.comment.support-label", UserText.isolate(comment.authorName())));
            actions.add(support);
        } else {
            actions.add(new Span(supports));
        }
        if (viewer.isPresent() && open && !reply) {
            actions.add(new Button(getTranslation("comments.comment.reply"), click -> box.add(replyForm(comment))));
        }
        if (comment.editable()) {
            actions.add(new Button(getTranslation("comments.comment.edit"), click -> {
                body.removeAll();
                body.add(editForm(comment));
            }));
        }
        if (comment.mine()) {
            Button delete = new Button(getTranslation("comments.comment.delete"), click -> attempt(() -> {
                comments.delete(comment.id());
                return getTranslation("comments.comment.deleted-done");
            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        if (viewer.isPresent() && open && !comment.mine()) {
            actions.add(new Button(getTranslation("comments.comment.report"), click -> new ReportDialog(reports, comment.ref()).open()));
        }
        return actions;
    }

    private Component replyForm(CommentView parent) {
        TextArea text = new TextArea(getTranslation("comments.reply.label", UserText.isolate(parent.authorName())));
        text.setMaxLength(Comments.MAX_LENGTH);
        text.setWidthFull();
        Button send = new Button(getTranslation("comments.reply.post"), click -> attempt(() -> {
            CommentView posted = comments.reply(parent.id(), text.getValue());
            return posted.visibility() == Visibility.PENDING
                    ? getTranslation("comments.reply.posted-pending")
                    : getTranslation("comments.reply.posted");
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(text, send);
        form.addClassName("rugzak-comment-reply-form");
        return form;
    }

    private Component editForm(CommentView comment) {
        TextArea text = new TextArea(getTranslation("comments.edit.label"));
        text.setMaxLength(Comments.MAX_LENGTH);
        text.setWidthFull();
        text.setValue(comment.text());
        Button save = new Button(getTranslation("comments.edit.save"), click -> attempt(() -> {
            comments.edit(comment.id(), text.getValue());
            return getTranslation("comments.edit.saved");
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(text, save, new Button(getTranslation("comments.edit.cancel"), click -> refresh()));
    }

    private String when(Instant at) {
        return Dates.stamp(at, getLocale());
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("rugzak-comment-notice");
        return notice;
    }

    private interface Action {
        String run();
    }

    /** Runs an action; its refusal (too long, blocked, rate limited, ...) is shown and nothing changes. */
    private void attempt(Action action) {
        try {
            String done = action.run();
            refresh();
            message.setText(done);
            message.removeClassName("rugzak-comments-error");
        } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
            showError(e.messageIn(getLocale()));
        } catch (NotFoundException e) {
            showError(getTranslation("comments.section.gone"));
            refresh();
        } catch (AccessDeniedException e) {
            showError(getTranslation("comments.section.log-in-first"));
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("rugzak-comments-error");
    }
}
