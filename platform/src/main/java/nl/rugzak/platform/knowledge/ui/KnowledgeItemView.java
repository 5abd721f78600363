package nl.rugzak.platform.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.knowledge.Knowledge;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.time.Dates;

/** One article of the lab, its files, and the comments of staff from every municipality (under its name). */
@Route(value = "beheer/kennis/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "moderator", "tenant-admin"})
public class KnowledgeItemView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea comment = new TextArea();
    final Button send = new Button();
    final Feedback feedback = new Feedback();
    private final UnorderedList comments = new UnorderedList();
    private final Knowledge knowledge;
    private long id;
    private String title = "";

    public KnowledgeItemView(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        id = Long.parseLong(raw);
        removeAll();
        Knowledge.Item item;
        try {
            item = knowledge.read(id);
        } catch (NotFoundException gone) {
            title = getTranslation("knowledge.staff.not-found");
            add(new H1(title), new RouterLink(getTranslation("knowledge.staff.back"), KnowledgeListView.class));
            return;
        }
        title = item.title();
        add(new RouterLink(getTranslation("knowledge.staff.back"), KnowledgeListView.class), new H1(item.title()),
                new Paragraph(getTranslation("knowledge.staff.published", Dates.day(item.publishedAt(), getLocale()))),
                MarkdownText.ofSanitised(item.bodyHtml()));
        if (!item.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            item.attachments().forEach(file -> files.add(new ListItem(Attachments.link(knowledge, file))));
            add(new Section(new H2(getTranslation("knowledge.attachments")), files));
        }
        comment.setLabel(getTranslation("knowledge.comment.label"));
        comment.setHelperText(getTranslation("knowledge.comment.help"));
        comment.setMaxLength(Knowledge.MAX_COMMENT);
        comment.setWidthFull();
        send.setText(getTranslation("knowledge.comment.send"));
        send.addClickListener(click -> {
            if (feedback.attempt(() -> knowledge.comment(id, comment.getValue()), getTranslation("knowledge.comment.sent"))) {
                comment.clear();
                showComments(knowledge.read(id));
            }
        });
        add(new Section(new H2(getTranslation("knowledge.comments")), comments, comment, send, feedback));
        showComments(item);
    }

    private void showComments(Knowledge.Item item) {
        comments.removeAll();
        if (item.comments().isEmpty()) {
            comments.add(new ListItem(getTranslation("knowledge.comments.none")));
        }
        for (Knowledge.Comment shown : item.comments()) {
            comments.add(new ListItem(new Span(getTranslation("knowledge.comment.by", shown.municipality(),
                    Dates.moment(shown.at(), getLocale()))), MarkdownText.ofSanitised(shown.bodyHtml())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
