package nl.rugzak.platform.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.knowledge.Knowledge;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.console.ui.LabLayout;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.media.ui.Uploads;
import nl.rugzak.tenantadmin.text.UserFacingException;
import nl.rugzak.tenantadmin.time.Dates;

/**
 * The lab writes an article (Markdown), publishes or withdraws it, adds files, and moderates the comments of
 * municipal staff (hide, show again). {@code nieuw} in the address starts a new article.
 */
@ControlPlaneView
@Route(value = "tenantbeheer/kennis/:id", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class LabKnowledgeItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Checkbox published = new Checkbox();
    final Button save = new Button();
    final Feedback feedback = new Feedback();
    final Feedback fileFeedback = new Feedback();
    private final Section files = new Section();
    private final Section comments = new Section();
    private final Knowledge knowledge;
    private Long id;

    public LabKnowledgeItemView(Knowledge knowledge) {
        this.knowledge = knowledge;
        setId("main-content");
        addClassName("rugzak-page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        id = raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
        if (id == null && !raw.equals(NEW) || id != null && knowledge.forLab(id).isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        title.setLabel(getTranslation("knowledge.field.title"));
        title.setMaxLength(Knowledge.MAX_TITLE);
        title.setWidthFull();
        body.setLabel(getTranslation("knowledge.field.body"));
        body.setHelperText(getTranslation("knowledge.field.body-help"));
        body.setMaxLength(Knowledge.MAX_BODY);
        body.setWidthFull();
        published.setLabel(getTranslation("knowledge.field.published"));
        save.setText(getTranslation("knowledge.save"));
        save.addClickListener(click -> {
            long[] saved = new long[1];
            if (feedback.attempt(() -> saved[0] = knowledge.write(id, title.getValue(), body.getValue(),
                    published.getValue()), getTranslation("knowledge.saved")) && id == null) {
                UI.getCurrent().navigate("tenantbeheer/kennis/" + saved[0]);
            }
        });
        add(new RouterLink(getTranslation("knowledge.lab.back"), LabKnowledgeView.class),
                new H1(getTranslation(id == null ? "knowledge.lab.new" : "knowledge.lab.edit")),
                title, body, published, save, feedback, files, comments);
        if (id != null) {
            Knowledge.Item item = knowledge.forLab(id).orElseThrow();
            title.setValue(item.title());
            body.setValue(item.body());
            published.setValue(item.publishedAt() != null);
            show(item);
        }
    }

    private void show(Knowledge.Item item) {
        files.removeAll();
        UnorderedList list = new UnorderedList();
        for (Knowledge.AttachmentInfo file : item.attachments()) {
            Button remove = new Button(getTranslation("knowledge.attachment.remove"), click -> {
                knowledge.removeAttachment(file.id());
                show(knowledge.forLab(id).orElseThrow());
            });
            remove.getElement().setAttribute("aria-label", getTranslation("knowledge.attachment.remove-named", file.fileName()));
            list.add(new ListItem(Attachments.link(knowledge, file), new Span(" "), remove));
        }
        // Vaadin runs this callback with the session locked, in the upload's own request (with the lab's login).
        Upload upload = Uploads.prepare(new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                knowledge.attach(id, metadata.fileName(), bytes);
                fileFeedback.setText(getTranslation("knowledge.attachment.added"));
                fileFeedback.removeClassName("rugzak-error");
                show(knowledge.forLab(id).orElseThrow());
            } catch (UserFacingException refused) {
                fileFeedback.show(refused.messageIn(getLocale()));
            }
        })), Knowledge.MAX_ATTACHMENT_BYTES);
        files.add(new H2(getTranslation("knowledge.attachments")), list, upload, fileFeedback);

        comments.removeAll();
        comments.add(new H2(getTranslation("knowledge.comments")));
        UnorderedList shown = new UnorderedList();
        if (item.comments().isEmpty()) {
            shown.add(new ListItem(getTranslation("knowledge.comments.none")));
        }
        for (Knowledge.Comment comment : item.comments()) {
            Button toggle = new Button(getTranslation(comment.hidden() ? "knowledge.moderation.show" : "knowledge.moderation.hide"),
                    click -> {
                        knowledge.hideComment(comment.id(), !comment.hidden());
                        show(knowledge.forLab(id).orElseThrow());
                    });
            String by = getTranslation("knowledge.comment.by", comment.municipality(), Dates.moment(comment.at(), getLocale()));
            shown.add(new ListItem(new Span(comment.hidden() ? getTranslation("knowledge.moderation.hidden", by) : by),
                    MarkdownText.ofSanitised(comment.bodyHtml()), toggle));
        }
        comments.add(shown);
        MarkdownText preview = MarkdownText.ofSanitised(item.bodyHtml());
        comments.add(new H2(getTranslation("knowledge.lab.preview")), preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "knowledge.lab.new" : "knowledge.lab.edit");
    }
}
