package nl.rugzak.platform.comments.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * The conversation under an item: threads with one level of replies, and posting, replying, editing, deleting,
 * supporting and reporting. Names and plain texts are set as text (escaped); only {@code SafeMarkdown} output is
 * put in as HTML. Create it with {@link CommentSections#create}.
 */
public class CommentSection extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    static final int THREADS_PER_PAGE = 30;

    private final ContentRef target;
    private final Comments comments;
    private final Reports reports;
    private final Optional<Actor> viewer;

    private final H2 heading = new H2();
    /** Messages about the last action (errors and confirmations), read out by screen readers. */
    private final Div message = new Div();
    private final Div threads = new Div();
    private final TextArea newComment = new TextArea("Uw reactie");
    private final Button more = new Button("", click -> showMore());
    private List<CommentThread> loaded = List.of();
    private int shown;

    CommentSection(ContentRef target, Comments comments, Reports reports, Actors actors) {
        this.target = target;
        this.comments = comments;
        this.reports = reports;
        this.viewer = actors.current();
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
        heading.setText(count == 1 ? "1 reactie" : count + " reacties");
        threads.removeAll();
        if (loaded.isEmpty()) {
            threads.add(new Paragraph("Er zijn nog geen reacties."));
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
            more.setText("Meer reacties tonen (nog " + (loaded.size() - shown) + ")");
            threads.add(more);
        }
    }

    private Component form() {
        if (viewer.isEmpty()) {
            Anchor login = new Anchor("/inloggen", "Log in om te reageren");
            login.setRouterIgnore(true);
            return new Paragraph(login);
        }
        newComment.setMaxLength(Comments.MAX_LENGTH);
        newComment.setWidthFull();
        newComment.setHelperText("Hoogstens " + Comments.MAX_LENGTH + " tekens. U kunt Markdown gebruiken, zoals **vet** en [links](https://…).");
        Button post = new Button("Plaatsen", click -> attempt(() -> {
            CommentView posted = comments.post(target, newComment.getValue());
            newComment.clear();
            return posted.visibility() == Visibility.PENDING
                    ? "Uw reactie is ontvangen. Een moderator bekijkt hem voordat anderen hem zien."
                    : "Uw reactie is geplaatst.";
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
        author.addClassName("rugzak-comment-author");
        meta.add(author);
        if (comment.byMunicipality()) {
            Span badge = new Span("namens de gemeente");
            badge.addClassName("rugzak-comment-municipality");
            meta.add(badge);
        }
        meta.add(new Span(WHEN.format(comment.createdAt())));
        if (comment.edited()) {
            Span edited = new Span("bewerkt");
            edited.addClassName("rugzak-comment-edited");
            meta.add(edited);
        }
        box.add(meta);

        if (comment.visibility() == Visibility.PENDING) {
            box.add(notice("Wacht op goedkeuring door een moderator. Alleen u en de moderatoren zien deze reactie."));
        } else if (comment.visibility() == Visibility.HIDDEN) {
            box.add(notice("Verborgen door een moderator" + (comment.moderationReason() == null ? "."
                    : ". Reden: " + comment.moderationReason())));
        }
        Div body = new Div();
        body.addClassName("rugzak-comment-body");
        if (comment.deleted()) {
            body.setText("Deze reactie is verwijderd door de schrijver.");
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
        String supports = comment.supports() == 1 ? "1 steunbetuiging" : comment.supports() + " steunbetuigingen";
        if (viewer.isPresent() && open && !comment.mine()) {
            Button support = new Button(comment.supportedByViewer() ? "Gesteund (" + comment.supports() + ")"
                    : "Steunen (" + comment.supports() + ")", click -> attempt(() -> {
                comments.support(comment.id());
                return "U steunt deze reactie.";
            }));
            support.setEnabled(!comment.supportedByViewer());
            support.getElement().setAttribute("aria-label", "Steun de reactie van " + comment.authorName());
            actions.add(support);
        } else {
            actions.add(new Span(supports));
        }
        if (viewer.isPresent() && open && !reply) {
            actions.add(new Button("Reageren", click -> box.add(replyForm(comment))));
        }
        if (comment.editable()) {
            actions.add(new Button("Bewerken", click -> {
                body.removeAll();
                body.add(editForm(comment));
            }));
        }
        if (comment.mine()) {
            Button delete = new Button("Verwijderen", click -> attempt(() -> {
                comments.delete(comment.id());
                return "Uw reactie is verwijderd.";
            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        if (viewer.isPresent() && open && !comment.mine()) {
            actions.add(new Button("Melden", click -> new ReportDialog(reports, comment.ref()).open()));
        }
        return actions;
    }

    private Component replyForm(CommentView parent) {
        TextArea text = new TextArea("Uw antwoord aan " + parent.authorName());
        text.setMaxLength(Comments.MAX_LENGTH);
        text.setWidthFull();
        Button send = new Button("Antwoord plaatsen", click -> attempt(() -> {
            CommentView posted = comments.reply(parent.id(), text.getValue());
            return posted.visibility() == Visibility.PENDING
                    ? "Uw antwoord is ontvangen. Een moderator bekijkt het voordat anderen het zien."
                    : "Uw antwoord is geplaatst.";
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(text, send);
        form.addClassName("rugzak-comment-reply-form");
        return form;
    }

    private Component editForm(CommentView comment) {
        TextArea text = new TextArea("Reactie bewerken");
        text.setMaxLength(Comments.MAX_LENGTH);
        text.setWidthFull();
        text.setValue(comment.text());
        Button save = new Button("Opslaan", click -> attempt(() -> {
            comments.edit(comment.id(), text.getValue());
            return "Uw reactie is bewerkt.";
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(text, save, new Button("Annuleren", click -> refresh()));
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("rugzak-comment-notice");
        return notice;
    }

    private interface Action {
        String run();
    }

    /** Runs an action; its Dutch refusal (too long, blocked, rate limited, ...) is shown and nothing changes. */
    private void attempt(Action action) {
        try {
            String done = action.run();
            refresh();
            message.setText(done);
            message.removeClassName("rugzak-comments-error");
        } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
            showError(e.getMessage());
        } catch (NotFoundException e) {
            showError("Deze reactie of dit bericht bestaat niet meer.");
            refresh();
        } catch (AccessDeniedException e) {
            showError("Log eerst in.");
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("rugzak-comments-error");
    }
}
