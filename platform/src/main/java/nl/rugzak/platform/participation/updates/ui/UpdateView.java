package nl.rugzak.platform.participation.updates.ui;

import nl.rugzak.tenantadmin.time.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

import nl.rugzak.platform.comments.ui.CommentSections;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.ui.ReportDialog;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.updates.NewsUpdate;
import nl.rugzak.platform.participation.updates.UpdatePageSection;
import nl.rugzak.platform.participation.updates.Updates;
import nl.rugzak.platform.participation.updates.UpdatesModule;

/** One update: the text, its image, what it is about, and the residents' comments once it is public. */
@Route(value = "nieuws/:id(\\d{1,18})", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(UpdatesModule.ID)
public class UpdateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Updates updates;
    private final SafeMarkdown markdown;
    private final CommentSections comments;
    private final Reports reports;
    private final CurrentUser currentUser;
    private final List<UpdatePageSection> sections;
    final Feedback feedback = new Feedback();
    private String title;
    private long id;

    public UpdateView(Updates updates, SafeMarkdown markdown, CommentSections comments, Reports reports,
                      CurrentUser currentUser, List<UpdatePageSection> sections) {
        this.sections = sections;
        this.updates = updates;
        this.markdown = markdown;
        this.comments = comments;
        this.reports = reports;
        this.currentUser = currentUser;
        addClassName("rugzak-update");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        NewsUpdate update = updates.read(id);
        title = update.title();
        removeAll();
        add(new H1(update.title()), feedback);
        StringBuilder meta = new StringBuilder();
        if (update.publishAt() != null) {
            meta.append(Dates.moment(update.publishAt(), getLocale())).append(" · ");
        }
        meta.append(update.authorName());
        Span line = new Span(meta.toString());
        line.addClassName("rugzak-meta");
        add(new Div(line));
        if (update.targetLink() != null) {
            add(new Paragraph(new Span(getTranslation("updates.view.about") + " "), new Anchor(update.targetLink(), update.targetTitle())));
        }
        boolean isPublic = update.state() == NewsUpdate.State.PUBLISHED;
        if (!isPublic) {
            String stateName = getTranslation(update.state().key()).toLowerCase(getLocale());
            Paragraph state = new Paragraph(update.state() == NewsUpdate.State.SCHEDULED && update.publishAt() != null
                    ? getTranslation("updates.view.scheduled", stateName, Dates.moment(update.publishAt(), getLocale()))
                    : getTranslation("updates.view.not-public", stateName));
            state.addClassName("rugzak-notice");
            add(state);
        }
        if (update.hasImage()) {
            Image image = new Image(update.imageUrl(), update.imageAlt());
            if (update.imageWidth() != null) {
                image.getElement().setAttribute("width", String.valueOf(update.imageWidth()));
                image.getElement().setAttribute("height", String.valueOf(update.imageHeight()));
            }
            image.addClassName("rugzak-update-image");
            add(image);
        }
        add(MarkdownText.of(markdown, update.body()));
        if (isPublic) {
            sections.forEach(section -> add(section.create(id)));
        }
        Div actions = new Div();
        if (updates.mayManage(update)) {
            if (update.state() == NewsUpdate.State.DRAFT || update.state() == NewsUpdate.State.SCHEDULED) {
                actions.add(new Button(getTranslation("updates.publish-now"), click -> {
                    if (feedback.attempt(() -> updates.publishNow(id), getTranslation("updates.published"))) {
                        render();
                    }
                }));
            }
            actions.add(new Button(getTranslation("updates.delete"), click -> {
                if (feedback.attempt(() -> updates.delete(id), getTranslation("updates.deleted"))) {
                    UI.getCurrent().navigate("/nieuws");
                }
            }));
        }
        if (isPublic && currentUser.visitor().isPresent()) {
            actions.add(new Button(getTranslation("updates.view.report"), click -> new ReportDialog(reports, new ContentRef(UpdatesModule.ID, id)).open()));
        }
        add(actions);
        if (isPublic) {
            try {
                add(comments.create(new ContentRef(UpdatesModule.ID, id)));
            } catch (nl.rugzak.platform.content.NotFoundException e) {
                // Published, but what it is about is not public (e.g. a hidden initiative): staff read it, nobody reacts.
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("updates.list.title") : title;
    }
}
