package nl.rugzak.platform.initiatives.ui;

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
import nl.rugzak.platform.initiatives.HelpOffer;
import nl.rugzak.platform.initiatives.InitiativeDetail;
import nl.rugzak.platform.initiatives.InitiativeDetail.LinkState;
import nl.rugzak.platform.initiatives.InitiativeStatus;
import nl.rugzak.platform.initiatives.Initiatives;
import nl.rugzak.platform.initiatives.InitiativesModule;
import nl.rugzak.platform.initiatives.InvalidInitiativeException;
import nl.rugzak.platform.modules.EnabledModules;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.modules.ModuleSettings;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.ui.ReportDialog;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.platform.site.ui.DutchDates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.topics.PolicyTopic;
import nl.rugzak.platform.topics.PolicyTopics;
import nl.rugzak.platform.topics.TopicsModule;

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
    final Feedback feedback = new Feedback();
    InitiativeDetail detail;
    private long id;

    public InitiativeView(Initiatives initiatives, SafeMarkdown markdown, PolicyTopics topics, EnabledModules modules,
                          ModuleSettings settings, Moderation moderation, CommentSections comments,
                          Reports reports, ShareButtons share, List<InitiativePageSection> sections) {
        this.sections = sections;
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
            Paragraph hidden = new Paragraph("Dit initiatief is verborgen door de moderatie"
                    + (detail.hiddenReason() == null ? "." : ": " + detail.hiddenReason()));
            hidden.addClassName("rugzak-notice");
            add(hidden);
        }
        if (detail.statusReason() != null && (viewer.owner() || viewer.staff())) {
            Paragraph why = new Paragraph("Toelichting bij de status: " + detail.statusReason());
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
            add(new Section(new H2("Over dit initiatief"), MarkdownText.of(markdown, detail.description())));
        }
        if (!detail.helpWanted().isBlank()) {
            add(new Section(new H2("Hulp gezocht"), new Paragraph(detail.helpWanted())));
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
            facts.add(new ListItem("Buurt of plek: " + detail.place()));
        }
        if (detail.category() != null) {
            facts.add(new ListItem("Categorie: " + detail.category()));
        }
        facts.add(new ListItem("Gestart door: " + detail.owner().displayName()));
        if (detail.owner().email() != null) {
            facts.add(new ListItem(new Span("Contact: "), new Anchor("mailto:" + detail.owner().email(), detail.owner().email())));
        }
        if (detail.publishedAt() != null) {
            facts.add(new ListItem("Gepubliceerd op " + DutchDates.day(detail.publishedAt())));
        }
        facts.add(new ListItem(detail.supporters() + (detail.supporters() == 1 ? " bewoner steunt" : " bewoners steunen")
                + " dit initiatief"));
        return facts;
    }

    private Component residentActions() {
        Section section = new Section(new H2("Doe mee"));
        var viewer = detail.viewer();
        if (!detail.status().isPublic() || detail.hidden()) {
            section.add(new Paragraph("Steunen, volgen en reageren kan zodra het initiatief zichtbaar is."));
            return section;
        }
        if (!viewer.loggedIn()) {
            Anchor login = new Anchor("/inloggen", "Log in om te steunen, te volgen of te helpen");
            login.setRouterIgnore(true);
            section.add(login);
            return section;
        }
        Div buttons = new Div();
        buttons.addClassName("rugzak-actions");
        if (settings.isOn(InitiativesModule.ID, InitiativesModule.SUPPORTS)) {
            Button support = viewer.supported()
                    ? new Button("Steun intrekken", click -> act(() -> initiatives.withdrawSupport(id), "Uw steun is ingetrokken."))
                    : new Button("Steun dit initiatief", click -> act(() -> initiatives.support(id), "Bedankt voor uw steun!"));
            if (!viewer.supported()) {
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(support);
        }
        buttons.add(new Button(viewer.following() ? "Niet meer volgen" : "Volgen",
                click -> act(() -> initiatives.follow(id, !viewer.following()),
                        viewer.following() ? "U volgt dit initiatief niet meer." : "U volgt dit initiatief.")));
        buttons.add(new Button("Melden", click -> new ReportDialog(reports, new ContentRef(InitiativesModule.ID, id)).open()));
        section.add(buttons);
        if (settings.isOn(InitiativesModule.ID, InitiativesModule.HELP_OFFERS) && !viewer.owner()) {
            TextArea offer = new TextArea("Hulp aanbieden (alleen de indiener en de gemeente lezen dit)");
            offer.setMaxLength(Initiatives.MAX_HELP_OFFER);
            offer.setWidthFull();
            Button send = new Button("Hulp aanbieden", click -> {
                try {
                    initiatives.offerHelp(id, offer.getValue());
                    offer.clear();
                    offer.setInvalid(false);
                    feedback.setText("Uw aanbod is verstuurd naar de indiener.");
                } catch (InvalidInitiativeException e) {
                    offer.setInvalid(true);
                    offer.setErrorMessage(e.getMessage());
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
        Section section = new Section(new H2("Uw initiatief"));
        Div buttons = new Div();
        buttons.addClassName("rugzak-actions");
        if (detail.status() != InitiativeStatus.ARCHIVED) {
            Anchor edit = new Anchor("/initiatieven/" + id + "/bewerken", "Wijzigen en foto's");
            edit.addClassName("rugzak-button-link");
            buttons.add(edit);
        }
        if (detail.status() == InitiativeStatus.DRAFT) {
            Button submit = new Button("Indienen", click -> act(() -> initiatives.submit(id),
                    "Uw initiatief is ingediend."));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button delete = new Button("Concept verwijderen", click -> {
                if (act(() -> initiatives.deleteDraft(id), "Het concept is verwijderd.", false)) {
                    getUI().ifPresent(ui -> ui.navigate("initiatieven/mijn"));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(submit, delete);
        }
        section.add(buttons);
        if (modules.isEnabled(TopicsModule.ID)) {
            section.add(topicChooser("Koppeling met een beleidsthema voorstellen", "Voorstellen",
                    "Uw voorstel is naar de gemeente gestuurd."));
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
                topic.setErrorMessage("Kies een thema.");
                return;
            }
            act(() -> initiatives.linkTopic(id, topic.getValue().id()), done);
        });
        return new Div(topic, go);
    }

    private Component helpOffers() {
        Section section = new Section(new H2("Hulpaanbiedingen"));
        List<HelpOffer> offers = initiatives.helpOffers(id);
        if (offers.isEmpty()) {
            section.add(new Paragraph("Nog niemand heeft hulp aangeboden."));
        } else {
            UnorderedList list = new UnorderedList();
            offers.forEach(offer -> list.add(new ListItem(new Span(offer.residentName() + " (" + DutchDates.day(offer.at())
                    + "): "), new Span(offer.message()))));
            section.add(list);
        }
        return section;
    }

    private Component topicLinks() {
        Section section = new Section(new H2("Beleidsthema's"));
        if (detail.topics().isEmpty()) {
            section.add(new Paragraph("Dit initiatief is nog niet aan een beleidsthema van de gemeente gekoppeld."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        detail.topics().forEach(link -> {
            ListItem item = new ListItem(new Anchor("/themas/" + link.topicId(), link.topicTitle()));
            if (link.state() != LinkState.ACCEPTED) {
                item.add(new Span(" – " + link.state().dutch() + (link.reason() == null ? "" : ": " + link.reason())));
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private Component responses() {
        Section section = new Section(new H2("Reactie van de gemeente"));
        if (detail.responses().isEmpty()) {
            section.add(new Paragraph("De gemeente heeft nog niet gereageerd."));
        }
        detail.responses().forEach(response -> {
            Div item = new Div(new Paragraph(response.body()));
            Span by = new Span(response.authorName() + " namens de gemeente, " + DutchDates.day(response.at()));
            by.addClassName("rugzak-meta");
            item.add(by);
            item.addClassName("rugzak-official");
            section.add(item);
        });
        return section;
    }

    private Component editorActions() {
        Section section = new Section(new H2("Voor de gemeente"));
        Select<InitiativeStatus> next = new Select<>();
        next.setLabel("Nieuwe status");
        next.setItems(detail.status().staffMoves());
        next.setItemLabelGenerator(s -> s == null ? "" : s.dutch());
        TextArea reason = new TextArea("Reden (de indiener leest dit)");
        reason.setMaxLength(Initiatives.MAX_REASON);
        reason.setWidthFull();
        Button move = new Button("Status wijzigen", click -> {
            try {
                initiatives.changeStatus(id, next.getValue(), reason.getValue());
                render();
                feedback.setText("De status is gewijzigd.");
            } catch (InvalidInitiativeException e) {
                next.setInvalid(e.problems().containsKey("status"));
                next.setErrorMessage(e.problems().get("status"));
                reason.setInvalid(e.problems().containsKey("reason"));
                reason.setErrorMessage(e.problems().get("reason"));
                feedback.show(e.getMessage());
            }
        });
        TextArea response = new TextArea("Reactie van de gemeente");
        response.setMaxLength(Initiatives.MAX_RESPONSE);
        response.setWidthFull();
        Button respond = new Button("Reactie plaatsen", click -> act(() -> initiatives.respond(id, response.getValue()),
                "De reactie is geplaatst."));
        section.add(next, reason, move, response, respond);
        if (modules.isEnabled(TopicsModule.ID)) {
            section.add(topicChooser("Koppelen aan beleidsthema", "Koppelen", "Het initiatief is gekoppeld."));
        }
        return section;
    }

    private Component moderatorActions() {
        Section section = new Section(new H2("Moderatie"));
        TextArea reason = new TextArea("Reden (de indiener leest dit)");
        reason.setMaxLength(Initiatives.MAX_REASON);
        reason.setWidthFull();
        ContentRef ref = new ContentRef(InitiativesModule.ID, id);
        Button change = detail.hidden()
                ? new Button("Weer zichtbaar maken", click -> act(() -> moderation.restore(ref, reason.getValue()),
                "Het initiatief is weer zichtbaar."))
                : new Button("Verbergen", click -> act(() -> moderation.hide(ref, reason.getValue()),
                "Het initiatief is verborgen."));
        section.add(reason, change);
        return section;
    }

    private Component history() {
        Section section = new Section(new H2("Verloop"));
        UnorderedList list = new UnorderedList();
        boolean insider = detail.viewer().owner() || detail.viewer().staff();
        detail.history().forEach(change -> list.add(new ListItem(DutchDates.day(change.at()) + ": " + change.to().dutch()
                + (insider && change.reason() != null ? " – " + change.reason() : ""))));
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
            feedback.show(e.getMessage());
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null ? "Initiatief" : detail.title();
    }
}
