package nl.rugzak.platform.participation.ideas.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.comments.ui.CommentSections;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.platform.moderation.ui.ReportDialog;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.ideas.IdeaDetail;
import nl.rugzak.platform.participation.ideas.IdeaDraft;
import nl.rugzak.platform.participation.ideas.IdeaStatus;
import nl.rugzak.platform.participation.ideas.Ideas;
import nl.rugzak.platform.participation.ideas.IdeasModule;
import nl.rugzak.platform.participation.ideas.InvalidIdeaException;
import nl.rugzak.platform.places.AddressSearch;
import nl.rugzak.platform.places.MapSettings;
import nl.rugzak.platform.places.ui.PlaceMap;
import nl.rugzak.platform.places.ui.PlacePicker;
import nl.rugzak.platform.sharing.ui.ShareButtons;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * One idea: what it is, how many support it and what the municipality decided and why; residents support it,
 * comment and report; its author adds a photo and moves its place on the map until it is judged; editors give their
 * verdict.
 */
@Route(value = "projecten/:projectId/ideeen/:ideaId", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(IdeasModule.ID)
public class IdeaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Ideas ideas;
    private final CommentSections comments;
    private final Reports reports;
    private final ShareButtons share;
    final Feedback feedback = new Feedback();
    IdeaDetail idea;
    private long id;

    private final MapSettings mapSettings;
    private final AddressSearch addresses;

    public IdeaView(Ideas ideas, CommentSections comments, Reports reports, ShareButtons share, MapSettings mapSettings,
                    AddressSearch addresses) {
        this.ideas = ideas;
        this.mapSettings = mapSettings;
        this.addresses = addresses;
        this.comments = comments;
        this.reports = reports;
        this.share = share;
        addClassName("rugzak-idea");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String project = event.getRouteParameters().get("projectId").orElse("");
        String raw = event.getRouteParameters().get("ideaId").orElse("");
        if (!raw.matches("\\d{1,18}") || !project.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(raw);
        try {
            render();
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (idea.phase().projectId() != Long.parseLong(project)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void render() {
        idea = ideas.view(id);
        removeAll();
        add(new Paragraph(new Anchor(idea.phase().link(), getTranslation("ideas.page.back", idea.phase().phaseTitle()))));
        add(new H1(idea.title()), IdeaCards.badge(idea.status()), feedback);
        if (idea.hidden() || idea.waiting()) {
            Paragraph notice = new Paragraph(getTranslation(idea.hidden() ? "ideas.page.hidden" : "ideas.page.waiting"));
            notice.addClassName("rugzak-notice");
            add(notice);
        }
        if (idea.statusReason() != null) {
            Div verdict = new Div(new H2(getTranslation("ideas.page.verdict")),
                    new Paragraph(getTranslation("ideas.page.verdict-text", getTranslation(idea.status().key()), idea.statusReason())));
            if (idea.mergedIntoId() != null) {
                verdict.add(new Paragraph(new Anchor("/projecten/" + idea.phase().projectId() + "/ideeen/" + idea.mergedIntoId(),
                        getTranslation("ideas.page.merged-into", idea.mergedIntoTitle()))));
            }
            verdict.addClassName("rugzak-official");
            add(verdict);
        }
        if (idea.imageUrl() != null) {
            Image image = new Image(idea.imageUrl(), idea.imageAlt());
            image.addClassName("rugzak-idea-image");
            add(image);
        }
        add(new Paragraph(idea.description()), facts());
        if (idea.point() != null) {
            add(new PlaceMap(idea.title(), idea.place(), idea.point(), mapSettings));
        }
        add(takePart());
        if (idea.viewer().owner()) {
            add(owner());
        }
        if (idea.viewer().editor()) {
            add(judge());
        }
        if (!idea.hidden() && !idea.waiting()) {
            add(share.of(idea.title(), idea.link()));
            add(comments.create(new ContentRef(IdeasModule.ID, id)));
        }
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        facts.add(new ListItem(getTranslation("ideas.page.category", getTranslation(idea.category().key()))));
        if (!idea.place().isBlank()) {
            facts.add(new ListItem(getTranslation("ideas.page.place", idea.place())));
        }
        facts.add(new ListItem(getTranslation("ideas.page.by", idea.authorName() == null
                ? getTranslation("ideas.page.author-deleted") : idea.authorName(), Dates.day(idea.at(), getLocale()))));
        Integer threshold = idea.phase().supportThreshold();
        facts.add(new ListItem(threshold == null ? Texts.count(getLocale(), "ideas.page.supports", idea.supports())
                : Texts.count(getLocale(), "ideas.page.supports-of", idea.supports(), threshold)));
        if (idea.thresholdReached()) {
            facts.add(new ListItem(getTranslation("ideas.card.threshold-reached")));
        }
        return facts;
    }

    private Component takePart() {
        Section section = new Section(new H2(getTranslation("ideas.page.take-part")));
        var viewer = idea.viewer();
        if (!viewer.loggedIn()) {
            Anchor login = new Anchor("/inloggen", getTranslation("ideas.page.log-in"));
            login.setRouterIgnore(true);
            section.add(login);
            return section;
        }
        Div buttons = new Div();
        buttons.addClassName("rugzak-actions");
        boolean supportable = viewer.mayTakePart() && !idea.hidden() && !idea.waiting()
                && idea.status() != IdeaStatus.NOT_FEASIBLE && idea.status() != IdeaStatus.MERGED;
        if (supportable) {
            Button support = viewer.supported()
                    ? new Button(getTranslation("ideas.page.withdraw"), click -> act(() -> ideas.withdrawSupport(id),
                    getTranslation("ideas.page.withdrawn")))
                    : new Button(getTranslation("ideas.page.support"), click -> act(() -> ideas.support(id),
                    getTranslation("ideas.page.supported")));
            if (!viewer.supported()) {
                support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(support);
        } else {
            section.add(new Paragraph(getTranslation(viewer.supported() ? "ideas.page.you-supported-closed" : "ideas.page.support-closed")));
        }
        buttons.add(new Button(getTranslation("ideas.page.report"),
                click -> new ReportDialog(reports, new ContentRef(IdeasModule.ID, id)).open()));
        section.add(buttons);
        return section;
    }

    private Component owner() {
        Section section = new Section(new H2(getTranslation("ideas.page.yours")));
        if (!idea.viewer().mayTakePart()) {
            section.add(new Paragraph(getTranslation("ideas.page.phase-over")));
            return section;
        }
        TextField alt = new TextField(getTranslation("ideas.page.alt"));
        alt.setMaxLength(Ideas.MAX_ALT);
        alt.setHelperText(getTranslation("ideas.page.alt-help"));
        alt.setWidthFull();
        // Vaadin runs this callback with the session locked, in the upload's own request (tenant and login included).
        SingleFileUpload upload = new SingleFileUpload(Ideas.MAX_IMAGE_BYTES, (fileName, bytes) -> {
            try {
                ideas.setImage(id, bytes, alt.getValue());
                render();
                feedback.setText(getTranslation("ideas.page.photo-saved"));
            } catch (InvalidIdeaException e) {
                IdeaListView.mark(alt, e.problemsIn(getLocale()).get("alt"));
                feedback.show(e.messageIn(getLocale()));
            }
        }, feedback::show);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif");
        upload.addFileRejectedListener(rejected -> feedback.show(
                getTranslation("ideas.page.file-rejected", Ideas.MAX_IMAGE_BYTES / (1024 * 1024))));
        section.add(new Paragraph(getTranslation(idea.imageUrl() == null ? "ideas.page.add-photo" : "ideas.page.replace-photo")),
                alt, upload);
        if (idea.status() == IdeaStatus.OPEN) {
            section.add(pointMover());
        }
        return section;
    }

    /** The owner moves the idea's point (or takes it off the map), with its place in words, until it is judged. */
    private Component pointMover() {
        TextField place = new TextField(getTranslation("ideas.form.place"));
        place.setMaxLength(IdeaDraft.MAX_PLACE);
        place.setHelperText(getTranslation("ideas.form.place-help"));
        place.setWidthFull();
        place.setValue(idea.place());
        PlacePicker picker = new PlacePicker(place, addresses, mapSettings, true);
        if (idea.point() != null) {
            picker.setPoint(idea.point(), false);
        }
        Button save = new Button(getTranslation("ideas.page.save-point"), click -> {
            try {
                ideas.movePoint(id, place.getValue(), picker.value());
                render();
                feedback.setText(getTranslation("ideas.page.point-saved"));
            } catch (InvalidIdeaException e) {
                IdeaListView.mark(place, e.problemsIn(getLocale()).get("place"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        return new Div(new H3(getTranslation("ideas.page.point")), new Paragraph(getTranslation("ideas.page.point-intro")),
                place, picker, save);
    }

    private Component judge() {
        Section section = new Section(new H2(getTranslation("ideas.page.for-staff")));
        Select<IdeaStatus> status = new Select<>();
        status.setLabel(getTranslation("ideas.page.new-status"));
        status.setItems(Arrays.asList(IdeaStatus.values()));
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.key()));
        status.setValue(idea.status());
        TextArea reason = new TextArea(getTranslation("ideas.page.reason"));
        reason.setMaxLength(Ideas.MAX_REASON);
        reason.setWidthFull();
        IntegerField mergedInto = new IntegerField(getTranslation("ideas.page.merge-target"));
        mergedInto.setHelperText(getTranslation("ideas.page.merge-target-help"));
        mergedInto.setVisible(false);
        status.addValueChangeListener(change -> mergedInto.setVisible(change.getValue() == IdeaStatus.MERGED));
        Button save = new Button(getTranslation("ideas.page.judge"), click -> {
            try {
                ideas.judge(id, status.getValue(), reason.getValue(),
                        mergedInto.getValue() == null ? null : mergedInto.getValue().longValue());
                render();
                feedback.setText(getTranslation("ideas.page.judged"));
            } catch (InvalidIdeaException e) {
                var problems = e.problemsIn(getLocale());
                IdeaListView.mark(status, problems.get("status"));
                IdeaListView.mark(reason, problems.get("reason"));
                IdeaListView.mark(mergedInto, problems.get("mergedInto"));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        section.add(status, reason, mergedInto, save);
        return section;
    }

    private void act(Runnable action, String done) {
        try {
            if (feedback.attempt(action, done)) {
                render();
                feedback.setText(done);
            }
        } catch (InvalidIdeaException e) {
            feedback.show(e.messageIn(getLocale()));
        }
    }

    /** The idea shown. */
    public IdeaDetail idea() {
        return idea;
    }

    @Override
    public String getPageTitle() {
        return idea == null ? getTranslation("ideas.module.name") : idea.title();
    }
}
