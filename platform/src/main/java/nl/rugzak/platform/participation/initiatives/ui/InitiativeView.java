package nl.rugzak.platform.participation.initiatives.ui;

import nl.rugzak.platform.participation.initiatives.InitiativePageSection;
import nl.rugzak.tenantadmin.time.Dates;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.comments.ui.CommentSections;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.participation.initiatives.HelpOffer;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail;
import nl.rugzak.platform.participation.initiatives.InitiativeDetail.LinkState;
import nl.rugzak.platform.participation.initiatives.InitiativeStatus;
import nl.rugzak.platform.participation.initiatives.Initiatives;
import nl.rugzak.platform.participation.initiatives.InitiativesModule;
import nl.rugzak.platform.participation.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.modules.ModuleSettings;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.ui.ReportDialog;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlaceMap;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.participation.topics.PolicyTopic;
import nl.rugzak.platform.participation.topics.PolicyTopics;
import nl.rugzak.platform.participation.topics.TopicsModule;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * One initiative: what it is, where it stands and why, the municipality's response, and what this visitor can do
 * (support, follow, help, report; the owner edits and submits; editors respond and move it on).
 */
@Route(value = "initiatieven/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(InitiativesModule.ID)
public class InitiativeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Initiatives initiatives;
    private final SafeMarkdown markdown;
    private final PolicyTopics topics;
    private final EnabledModules modules;
    private final ModuleSettings settings;
    private final Moderation moderation;
    private final CommentSections comments;
    private final Reports reports;
    private final ShareButtons share;
    private final List<InitiativePageSection> sections;
    private final MapSettings mapSettings;
    final Feedback feedback = new Feedback();
    InitiativeDetail detail;
    private long id;

    public InitiativeView(Initiatives initiatives, SafeMarkdown markdown, PolicyTopics topics, EnabledModules modules,
                          ModuleSettings settings, Moderation moderation, CommentSections comments,
                          Reports reports, ShareButtons share, List<InitiativePageSection> sections,
                          MapSettings mapSettings) {
        this.sections = sections;
        this.mapSettings = mapSettings;
        this.initiatives = initiatives;
        this.share = share;
        this.markdown = markdown;
        this.topics = topics;
        this.modules = modules;
        this.settings = settings;
        this.moderation = moderation;
        this.comments = comments;
        this.reports = reports;
        addClassName("rugzak-initiative");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(raw);
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        detail = initiatives.view(id);
        removeAll();
        add(new H1(detail.title()), new StatusBadge(detail.status()), feedback);
        var viewer = detail.viewer();
        if (detail.hidden()) {
            Paragraph hidden = new Paragraph(detail.hiddenReason() == null
                    ? getTranslation("initiatives.page.hidden")
                    : getTranslation("initiatives.page.hidden-because", detail.hiddenReason()));
            hidden.addClassName("rugzak-notice");
            add(hidden);
        }
        if (detail.statusReason() != null && (viewer.owner() || viewer.staff())) {
            Paragraph why = new Paragraph(getTranslation("initiatives.page.status-reason", detail.statusReason()));
            why.addClassName("rugzak-notice");
            add(why);
        }
        Paragraph summary = new Paragraph(detail.summary());
        summary.addClassName("rugzak-lead");
        add(summary, facts());
        if (detail.status().isPublic() && !detail.hidden()) {
            add(share.of(detail.title(), detail.link()));
        }
        if (!detail.images().isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("rugzak-gallery");
            detail.images().forEach(image -> {
                Image picture = new Image(image.url(), image.altText());
                picture.getElement().setAttribute("loading", "lazy");
                picture.getElement().setAttribute("width", String.valueOf(image.width()));
                picture.getElement().setAttribute("height", String.valueOf(image.height()));
                gallery.add(picture);
            });
            add(gallery);
        }
        if (!detail.description().isBlank()) {
            add(new Section(new H2(getTranslation("initiatives.page.about")), MarkdownText.of(markdown, detail.description())));
        }
        if (detail.point() != null) {
            add(new PlaceMap(detail.title(), detail.place(), detail.point(), mapSettings));
        }
        if (!detail.helpWanted().isBlank()) {
            add(new Section(new H2(getTranslation("initiatives.page.help-wanted")), new Paragraph(detail.helpWanted())));
        }
        add(residentActions());
        if (viewer.owner()) {
            add(ownerActions());
        }
        if (viewer.owner() || viewer.staff()) {
            add(helpOffers());
        }
        add(topicLinks());
        add(responses());
        if (viewer.editor()) {
            add(editorActions());
        }
        if (viewer.moderator()) {
            add(moderatorActions());
        }
        add(history());
        sections.forEach(section -> add(section.create(id)));
        if (detail.status().isPublic() && !detail.hidden()) {
            add(comments.create(new ContentRef(InitiativesModule.ID, id)));
        }
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        if (!detail.place().isBlank()) {
            facts.add(new ListItem(getTranslation("initiatives.page.place", detail.place())));
        }
        if (detail.category() != null) {
            facts.add(new ListItem(getTranslation("initiatives.page.category", detail.category())));
        }
        facts.add(new ListItem(getTranslation("initiatives.page.started-by", detail.owner().displayName())));
        if (detail.owner().email() != null) {
            facts.add(new ListItem(new Span(getTranslation("initiatives.page.contact") + " "), new Anchor("mailto:" + detail.owner().email(), detail.owner().email())));
        }
        if (detail.publishedAt() != null) {
            facts.add(new ListItem(getTranslation("initiatives.page.published-on", Dates.day(detail.publishedAt(), getLocale()))));
        }
        facts.add(new ListItem(Texts.count(getLocale(), "initiatives.page.supporters", detail.supporters())));
        return facts;
    }

    private Component residentActions() {
        Section section = new Section(new H2(getTranslation("initiatives.page.take-part")));
        var viewer = detail.viewer();
        if (!detail.status().isPublic() || detail.hidden()) {
            section.add(new Paragraph(getTranslation("initiatives.page.not-yet-visible")));
            return section;
        }
        if (!viewer.loggedIn()) {
            Anchor login = new Anchor("/inloggen", getTranslation("initiatives.page.log-in-to-take-part"));
            login.setRouterIgnore(true);
            section.add(login);
            return section;
        }
        Div buttons = new Div();
        buttons.addClassName("rugzak-actions");
        if (settings.isOn(InitiativesModule.ID, InitiativesModule.SUPPORTS)) {
            Button support = viewer.supported()
                    ? new Button(getTranslation("initiatives.page.withdraw-support"),
                            click -> act(() -> initiatives.withdrawSupport(id), getTranslation("initiatives.page.support-withdrawn")))
                    : new Button(getTranslation("initiatives.page.support"),
                            click -> act(() -> initiatives.support(id), getTranslation("initiatives.page.supported")));
            if (!viewer.supported()) {
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(support);
        }
        buttons.add(new Button(getTranslation(viewer.following() ? "initiatives.page.unfollow" : "initiatives.page.follow"),
                click -> act(() -> initiatives.follow(id, !viewer.following()), getTranslation(viewer.following()
                        ? "initiatives.page.unfollowed" : "initiatives.page.followed"))));
        buttons.add(new Button(getTranslation("initiatives.page.report"), click -> new ReportDialog(reports, new ContentRef(InitiativesModule.ID, id)).open()));
        section.add(buttons);
        if (settings.isOn(InitiativesModule.ID, InitiativesModule.HELP_OFFERS) && !viewer.owner()) {
            TextArea offer = new TextArea(getTranslation("initiatives.page.help-offer-label"));
            offer.setMaxLength(Initiatives.MAX_HELP_OFFER);
            offer.setWidthFull();
            Button send = new Button(getTranslation("initiatives.page.offer-help"), click -> {
                try {
                    initiatives.offerHelp(id, offer.getValue());
                    offer.clear();
                    offer.setInvalid(false);
                    feedback.setText(getTranslation("initiatives.page.help-offer-sent"));
                } catch (InvalidInitiativeException e) {
                    offer.setInvalid(true);
                    offer.setErrorMessage(e.messageIn(getLocale()));
                } catch (RuntimeException e) {
                    feedback.attempt(() -> {
                        throw e;
                    }, "");
                }
            });
            section.add(offer, send);
        }
        return section;
    }

    private Component ownerActions() {
        Section section = new Section(new H2(getTranslation("initiatives.page.yours")));
        Div buttons = new Div();
        buttons.addClassName("rugzak-actions");
        if (detail.status() != InitiativeStatus.ARCHIVED) {
            Anchor edit = new Anchor("/initiatieven/" + id + "/bewerken", getTranslation("initiatives.page.edit"));
            edit.addClassName("rugzak-button-link");
            buttons.add(edit);
        }
        if (detail.status() == InitiativeStatus.DRAFT) {
            Button submit = new Button(getTranslation("initiatives.page.submit"), click -> act(() -> initiatives.submit(id),
                    getTranslation("initiatives.page.submitted")));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button delete = new Button(getTranslation("initiatives.page.delete-draft"), click -> {
                if (act(() -> initiatives.deleteDraft(id), getTranslation("initiatives.page.draft-deleted"), false)) {
                    getUI().ifPresent(ui -> ui.navigate("initiatieven/mijn"));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(submit, delete);
        }
        section.add(buttons);
        if (modules.isEnabled(TopicsModule.ID)) {
            section.add(topicChooser(getTranslation("initiatives.page.propose-topic"),
                    getTranslation("initiatives.page.propose"), getTranslation("initiatives.page.proposal-sent")));
        }
        return section;
    }

    private Component topicChooser(String label, String action, String done) {
        Select<PolicyTopic> topic = new Select<>();
        topic.setLabel(label);
        List<Long> linked = detail.topics().stream().filter(t -> t.state() != LinkState.DECLINED)
                .map(InitiativeDetail.TopicLink::topicId).toList();
        topic.setItems(topics.all().stream().filter(t -> !linked.contains(t.id())).toList());
        topic.setItemLabelGenerator(t -> t == null ? "" : t.title());
        Button go = new Button(action, click -> {
            if (topic.getValue() == null) {
                topic.setInvalid(true);
                topic.setErrorMessage(getTranslation("initiatives.page.choose-topic"));
                return;
            }
            act(() -> initiatives.linkTopic(id, topic.getValue().id()), done);
        });
        return new Div(topic, go);
    }

    private Component helpOffers() {
        Section section = new Section(new H2(getTranslation("initiatives.page.help-offers")));
        List<HelpOffer> offers = initiatives.helpOffers(id);
        if (offers.isEmpty()) {
            section.add(new Paragraph(getTranslation("initiatives.page.no-help-offers")));
        } else {
            UnorderedList list = new UnorderedList();
            offers.forEach(offer -> list.add(new ListItem(new Span(getTranslation("initiatives.page.help-offer-by",
                    offer.residentName(), Dates.day(offer.at(), getLocale())) + " "), new Span(offer.message()))));
            section.add(list);
        }
        return section;
    }

    private Component topicLinks() {
        Section section = new Section(new H2(getTranslation("initiatives.page.topics")));
        if (detail.topics().isEmpty()) {
            section.add(new Paragraph(getTranslation("initiatives.page.no-topics")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        detail.topics().forEach(link -> {
            ListItem item = new ListItem(new Anchor("/themas/" + link.topicId(), link.topicTitle()));
            if (link.state() != LinkState.ACCEPTED) {
                item.add(new Span(" – " + (link.reason() == null ? getTranslation(link.state().key())
                        : getTranslation("initiatives.page.link-state-because", getTranslation(link.state().key()), link.reason()))));
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private Component responses() {
        Section section = new Section(new H2(getTranslation("initiatives.page.responses")));
        if (detail.responses().isEmpty()) {
            section.add(new Paragraph(getTranslation("initiatives.page.no-responses")));
        }
        detail.responses().forEach(response -> {
            Div item = new Div(new Paragraph(response.body()));
            Span by = new Span(getTranslation("initiatives.page.response-by", response.authorName(),
                    Dates.day(response.at(), getLocale())));
            by.addClassName("rugzak-meta");
            item.add(by);
            item.addClassName("rugzak-official");
            section.add(item);
        });
        return section;
    }

    private Component editorActions() {
        Section section = new Section(new H2(getTranslation("initiatives.page.for-staff")));
        Select<InitiativeStatus> next = new Select<>();
        next.setLabel(getTranslation("initiatives.page.new-status"));
        next.setItems(detail.status().staffMoves());
        next.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.key()));
        TextArea reason = new TextArea(getTranslation("initiatives.page.reason"));
        reason.setMaxLength(Initiatives.MAX_REASON);
        reason.setWidthFull();
        Button move = new Button(getTranslation("initiatives.page.change-status"), click -> {
            try {
                initiatives.changeStatus(id, next.getValue(), reason.getValue());
                render();
                feedback.setText(getTranslation("initiatives.page.status-changed"));
            } catch (InvalidInitiativeException e) {
                var problems = e.problemsIn(getLocale());
                next.setInvalid(problems.containsKey("status"));
                next.setErrorMessage(problems.get("status"));
                reason.setInvalid(problems.containsKey("reason"));
                reason.setErrorMessage(problems.get("reason"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        TextArea response = new TextArea(getTranslation("initiatives.page.response"));
        response.setMaxLength(Initiatives.MAX_RESPONSE);
        response.setWidthFull();
        Button respond = new Button(getTranslation("initiatives.page.post-response"),
                click -> act(() -> initiatives.respond(id, response.getValue()), getTranslation("initiatives.page.response-posted")));
        section.add(next, reason, move, response, respond);
        if (modules.isEnabled(TopicsModule.ID)) {
            section.add(topicChooser(getTranslation("initiatives.page.link-topic"), getTranslation("initiatives.page.link"),
                    getTranslation("initiatives.page.linked")));
        }
        return section;
    }

    private Component moderatorActions() {
        Section section = new Section(new H2(getTranslation("initiatives.page.moderation")));
        TextArea reason = new TextArea(getTranslation("initiatives.page.reason"));
        reason.setMaxLength(Initiatives.MAX_REASON);
        reason.setWidthFull();
        ContentRef ref = new ContentRef(InitiativesModule.ID, id);
        Button change = detail.hidden()
                ? new Button(getTranslation("initiatives.page.restore"), click -> act(() -> moderation.restore(ref, reason.getValue()),
                getTranslation("initiatives.page.restored")))
                : new Button(getTranslation("initiatives.page.hide"), click -> act(() -> moderation.hide(ref, reason.getValue()),
                getTranslation("initiatives.page.hidden-done")));
        section.add(reason, change);
        return section;
    }

    private Component history() {
        Section section = new Section(new H2(getTranslation("initiatives.page.history")));
        UnorderedList list = new UnorderedList();
        boolean insider = detail.viewer().owner() || detail.viewer().staff();
        detail.history().forEach(change -> {
            String reason = !insider ? null
                    : change.byModeration() ? getTranslation("initiatives.page.history.approved-by-moderation") : change.reason();
            list.add(new ListItem(Dates.day(change.at(), getLocale()) + ": " + getTranslation(change.to().key())
                    + (reason != null ? " – " + reason : "")));
        });
        section.add(list);
        return section;
    }

    private void act(Runnable action, String done) {
        act(action, done, true);
    }

    private boolean act(Runnable action, String done, boolean rerender) {
        try {
            if (feedback.attempt(action, done) && rerender) {
                String message = feedback.getText();
                render();
                feedback.setText(message);
            }
            return !feedback.hasClassName("rugzak-error");
        } catch (InvalidInitiativeException e) {
            feedback.show(e.messageIn(getLocale()));
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("initiatives.page.title") : detail.title();
    }
}
