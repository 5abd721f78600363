package nl.rugzak.platform.participation.consultations.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Block;
import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.ConsultationPhase;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.DocumentVersion;
import nl.rugzak.platform.participation.consultations.InvalidConsultationException;
import nl.rugzak.platform.participation.consultations.Reaction;
import nl.rugzak.platform.participation.consultations.ReactionDraft;
import nl.rugzak.platform.participation.consultations.Reactions;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.SiteLayout;
import nl.rugzak.platform.site.ui.parts.PhaseTimeline;

/**
 * A consultation's page: where it stands, the document with an anchor per block, reactions next to the block they
 * are about (open reactions only), and a form to react on the whole document or one block. After the report: the
 * report's downloads and what changed in the new version.
 */
@Route(value = "inspraak/:id", layout = SiteLayout.class)
@AnonymousAllowed
@ModulePage(ConsultationsModule.ID)
public class ConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Consultations consultations;
    private final Reactions reactions;
    private final SafeMarkdown markdown;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Feedback feedback = new Feedback();
    private final Section form = new Section();
    private Consultation consultation;
    private DocumentVersion version;
    private String title;

    public ConsultationView(Consultations consultations, Reactions reactions, SafeMarkdown markdown,
                            CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.consultations = consultations;
        this.reactions = reactions;
        this.markdown = markdown;
        this.currentUser = currentUser;
        addClassName("rugzak-consultation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("\\d{1,18}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            consultation = consultations.view(Long.parseLong(raw));
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = consultation.title();
        render();
    }

    private void render() {
        removeAll();
        consultation = consultations.view(consultation.id());
        version = consultations.currentVersion(consultation.id()).orElse(null);
        List<Reaction> visible = reactions.visible(consultation.id());
        Paragraph intro = new Paragraph(consultation.introduction());
        intro.addClassName("rugzak-lead");
        add(new H1(consultation.title()), ConsultationTexts.badge(consultation.phase(),
                getTranslation(consultation.phase().key())), intro);
        add(timeline(), facts());
        if (consultation.reportPublishedAt() != null) {
            add(report());
        }
        if (consultation.formal()) {
            add(new Paragraph(getTranslation("consultations.page.formal-explained")));
        }
        if (version != null) {
            add(document(visible));
            if (version.number() > 1) {
                add(changes());
            }
        }
        Section whole = new Section(new H2(getTranslation("consultations.page.whole-document")));
        List<Reaction> general = visible.stream().filter(r -> r.anchor() == null).toList();
        if (!consultation.formal()) {
            whole.add(reactionList(general, null));
        } else {
            whole.add(reactionList(visible.stream().filter(Reaction::mine).filter(r -> r.anchor() == null).toList(), null));
        }
        if (consultation.open()) {
            Button react = new Button(getTranslation("consultations.page.react-whole"), click -> openForm(null, null));
            whole.add(react);
        }
        add(whole, form, feedback);
    }

    /**
     * The phases with their dates, as far as they are known: the report's and the closing's steps appear once they
     * happened (their dates are staff's decisions, not planned).
     */
    private Component timeline() {
        ZoneId zone = Dates.ZONE;
        LocalDate opens = LocalDate.ofInstant(consultation.opensAt(), zone);
        LocalDate closes = LocalDate.ofInstant(consultation.closesAt(), zone);
        List<PhaseTimeline.Phase> phases = new ArrayList<>();
        phases.add(new PhaseTimeline.Phase(getTranslation(ConsultationPhase.ANNOUNCED.key()), opens.minusDays(1).isBefore(
                LocalDate.ofInstant(clock.instant(), zone)) ? opens.minusDays(1) : LocalDate.ofInstant(clock.instant(), zone),
                opens.minusDays(1)));
        phases.add(new PhaseTimeline.Phase(getTranslation(ConsultationPhase.OPEN.key()), opens, closes));
        LocalDate report = consultation.reportPublishedAt() == null ? null
                : LocalDate.ofInstant(consultation.reportPublishedAt(), zone);
        phases.add(new PhaseTimeline.Phase(getTranslation(ConsultationPhase.PROCESSING.key()), closes, report));
        if (report != null) {
            phases.add(new PhaseTimeline.Phase(getTranslation(ConsultationPhase.REPORT_PUBLISHED.key()), report, null));
        }
        int current = switch (consultation.phase()) {
            case DRAFT -> -1;
            case ANNOUNCED -> 0;
            case OPEN -> 1;
            case PROCESSING -> 2;
            case REPORT_PUBLISHED -> 3;
            case CLOSED -> phases.size();
        };
        Section section = new Section(new H2(getTranslation("consultations.page.phases")), new PhaseTimeline(phases, current));
        section.addClassName("rugzak-consultation-phases");
        return section;
    }

    private Component facts() {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("rugzak-facts");
        facts.add(new ListItem(getTranslation("consultations.page.period", Dates.moment(consultation.opensAt(), getLocale()),
                Dates.moment(consultation.closesAt(), getLocale()))));
        facts.add(new ListItem(getTranslation(consultation.kind().key())));
        facts.add(new ListItem(getTranslation("consultations.page.count", consultation.reactions())));
        ListItem contact = new ListItem(getTranslation("consultations.page.contact", consultation.contactName()) + " ");
        contact.add(new Anchor("mailto:" + consultation.contactEmail(), consultation.contactEmail()));
        facts.add(contact);
        return facts;
    }

    private Component report() {
        Section section = new Section(new H2(getTranslation("consultations.page.report")));
        section.add(new Paragraph(getTranslation("consultations.page.report-intro")));
        UnorderedList links = new UnorderedList(
                new ListItem(link("/inspraak/" + consultation.id() + "/reactienota.pdf", getTranslation("consultations.page.report-pdf"))),
                new ListItem(link("/inspraak/" + consultation.id() + "/reactienota.docx", getTranslation("consultations.page.report-docx"))));
        section.add(links);
        return section;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private Component document(List<Reaction> visible) {
        Section section = new Section(new H2(getTranslation("consultations.page.document", version.number())));
        section.addClassName("rugzak-consultation-document");
        Map<String, List<Reaction>> byBlock = new HashMap<>();
        visible.stream().filter(r -> r.anchor() != null)
                .filter(r -> !consultation.formal() || r.mine())
                .forEach(r -> byBlock.computeIfAbsent(r.anchor(), a -> new java.util.ArrayList<>()).add(r));
        for (Block block : version.blocks()) {
            Article article = new Article();
            article.setId(block.htmlId());
            article.addClassName("rugzak-consultation-block");
            String name = blockName(block);
            Span number = new Span(name);
            number.addClassName("rugzak-meta");
            Div text = new Div();
            if (block.kind() == BlockKind.HEADING) {
                Component heading = block.level() <= 1 ? new H3(block.body()) : new com.vaadin.flow.component.html.H4(block.body());
                text.add(number, heading);
            } else {
                text.add(number, ConsultationTexts.content(markdown, block));
            }
            article.add(text);
            List<Reaction> here = byBlock.getOrDefault(block.anchor(), List.of());
            // Not an <aside>: a complementary landmark per alinea would clutter the landmark list.
            Div aside = new Div();
            aside.addClassName("rugzak-consultation-aside");
            if (!here.isEmpty()) {
                Component list = reactionList(here, block);
                list.getElement().setAttribute("aria-label", getTranslation("consultations.page.reactions-on", name));
                aside.add(list);
            }
            if (consultation.open()) {
                Button react = new Button(getTranslation("consultations.page.react-on", name.toLowerCase(getLocale())),
                        click -> openForm(block, null));
                react.addClassName("rugzak-consultation-react");
                aside.add(react);
            }
            if (aside.getChildren().findAny().isPresent()) {
                article.add(aside);
            }
            section.add(article);
        }
        return section;
    }

    /** "Alinea 3" for text, "§2.1" for a section heading. */
    private String blockName(Block block) {
        return block.number().startsWith("§") ? block.number() : getTranslation("consultations.page.alinea", block.number());
    }

    private Component changes() {
        Section section = new Section(new H2(getTranslation("consultations.page.changes", 1, version.number())));
        var changes = consultations.changes(consultation.id(), 1, version.number());
        if (changes.isEmpty()) {
            section.add(new Paragraph(getTranslation("consultations.report.no-changes")));
        }
        for (var change : changes) {
            String number = change.after() != null ? change.after().number() : change.before().number();
            section.add(new H3(getTranslation(ConsultationTexts.changeKey(change.kind()), number)));
            section.add(ConsultationTexts.trackedChange(change.parts(), getTranslation("consultations.page.deleted"),
                    getTranslation("consultations.page.inserted")));
        }
        return section;
    }

    private Component reactionList(List<Reaction> list, Block block) {
        UnorderedList items = new UnorderedList();
        items.addClassName("rugzak-consultation-reactions");
        for (Reaction reaction : list) {
            ListItem item = new ListItem();
            item.setId("reactie-" + reaction.id());
            String who = reaction.authorName() == null ? getTranslation("consultations.page.your-view")
                    : reaction.mine() ? getTranslation("consultations.page.you", reaction.authorName()) : reaction.authorName();
            Paragraph head = new Paragraph(getTranslation("consultations.page.reaction-by", reaction.number(), who,
                    Dates.day(reaction.createdAt(), getLocale())));
            head.addClassName("rugzak-meta");
            item.add(head, MarkdownText.of(markdown, reaction.body()));
            if (reaction.proposedText() != null && block != null) {
                item.add(new Paragraph(getTranslation("consultations.page.proposal")));
                item.add(ConsultationTexts.trackedChange(TrackedChange.between(block.plainText(), reaction.proposedText()),
                        getTranslation("consultations.page.deleted"), getTranslation("consultations.page.inserted")));
            }
            if (reaction.hasAttachment()) {
                item.add(new Paragraph(link("/inspraak/bijlage/" + reaction.id(),
                        getTranslation("consultations.page.attachment", reaction.attachmentName()))));
            }
            if (!consultation.formal()) {
                item.add(new Paragraph(getTranslation("consultations.page.supporters", reaction.supporters())));
            }
            boolean loggedIn = currentUser.visitor().isPresent();
            if (consultation.open() && reaction.mine()) {
                item.add(new Button(getTranslation("consultations.page.edit", reaction.number()),
                        click -> openForm(block, reaction)));
            } else if (consultation.open() && loggedIn && !consultation.formal() && !reaction.supportedByMe()) {
                item.add(new Button(getTranslation("consultations.page.support", reaction.number()), click -> {
                    if (feedback.attempt(() -> reactions.support(reaction.id()), getTranslation("consultations.page.supported"))) {
                        render();
                    }
                }));
            }
            items.add(item);
        }
        return items;
    }

    /** The reaction form, for a block or the whole document; for editing, filled with the reaction. */
    private void openForm(Block block, Reaction editing) {
        form.removeAll();
        if (currentUser.visitor().isEmpty()) {
            Anchor login = new Anchor("/inloggen", getTranslation("consultations.page.login"));
            login.getElement().setAttribute("router-ignore", true);
            form.add(new H2(getTranslation("consultations.page.login-title")), new Paragraph(login));
            login.getElement().callJsFunction("focus");
            return;
        }
        form.setId("reageren");
        H2 heading = new H2(block == null ? getTranslation("consultations.form.title-whole")
                : getTranslation("consultations.form.title-block", blockName(block).toLowerCase(getLocale())));
        heading.getElement().setAttribute("tabindex", "-1");
        form.add(heading);
        if (block != null && block.kind() != BlockKind.HEADING) {
            Paragraph quoted = new Paragraph(block.plainText());
            quoted.addClassName("rugzak-quote");
            form.add(quoted);
        }
        TextArea body = new TextArea(getTranslation("consultations.form.body"));
        body.setMaxLength(Reactions.MAX_BODY);
        body.setWidthFull();
        body.setRequiredIndicatorVisible(true);
        form.add(body);
        TextArea proposal = new TextArea(getTranslation("consultations.form.proposal"));
        proposal.setHelperText(getTranslation("consultations.form.proposal-help"));
        proposal.setMaxLength(Reactions.MAX_BODY);
        proposal.setWidthFull();
        if (block != null && block.kind() != BlockKind.HEADING) {
            form.add(proposal);
        }
        TextField fullName = new TextField(getTranslation("consultations.form.full-name"));
        TextField address = new TextField(getTranslation("consultations.form.address"));
        if (consultation.formal()) {
            fullName.setRequiredIndicatorVisible(true);
            address.setRequiredIndicatorVisible(true);
            fullName.setWidthFull();
            address.setWidthFull();
            form.add(new Paragraph(getTranslation("consultations.form.formal-privacy")), fullName, address);
        }
        if (editing != null) {
            body.setValue(editing.body());
            proposal.setValue(Optional.ofNullable(editing.proposedText()).orElse(""));
        }
        Button send = new Button(getTranslation(editing == null ? "consultations.form.send" : "consultations.form.save"));
        send.addClickListener(click -> {
            Map<String, HasValidation> fields = Map.of("body", body, "proposedText", proposal, "fullName", fullName,
                    "address", address);
            fields.values().forEach(field -> field.setInvalid(false));
            ReactionDraft draft = new ReactionDraft(block == null ? null : block.anchor(), body.getValue(),
                    proposal.getValue(), fullName.getValue(), address.getValue());
            try {
                long id;
                if (editing == null) {
                    id = reactions.react(consultation.id(), draft);
                } else {
                    reactions.edit(editing.id(), draft);
                    id = editing.id();
                }
                render();
                attachmentStep(id);
                feedback.setText(getTranslation("consultations.form.sent"));
                feedback.removeClassName("rugzak-error");
            } catch (InvalidConsultationException e) {
                e.problemsIn(getLocale()).forEach((field, message) -> {
                    HasValidation target = fields.get(field);
                    if (target != null) {
                        target.setInvalid(true);
                        target.setErrorMessage(message);
                    }
                });
                feedback.show(e.messageIn(getLocale()) + " " + String.join(" ", e.problemsIn(getLocale()).values()));
            } catch (RuntimeException e) {
                feedback.attempt(() -> {
                    throw e;
                }, "");
            }
        });
        Button cancel = new Button(getTranslation("consultations.form.cancel"), click -> form.removeAll());
        form.add(new Div(send, cancel));
        body.focus();
    }

    /** After sending: optionally a supporting file (PDF or photo). */
    private void attachmentStep(long reactionId) {
        form.removeAll();
        form.setId("reageren");
        H2 heading = new H2(getTranslation("consultations.form.attachment-title"));
        form.add(heading, new Paragraph(getTranslation("consultations.form.attachment-help", Reactions.MAX_ATTACHMENT_BYTES / (1024 * 1024))));
        SingleFileUpload upload = new SingleFileUpload(Reactions.MAX_ATTACHMENT_BYTES, (fileName, bytes) -> {
            try {
                reactions.attach(reactionId, fileName, new java.io.ByteArrayInputStream(bytes));
                feedback.setText(getTranslation("consultations.form.attachment-added"));
                feedback.removeClassName("rugzak-error");
                render();
            } catch (InvalidConsultationException e) {
                feedback.show(String.join(" ", e.problemsIn(getLocale()).values()));
            }
        }, feedback::show);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg");
        upload.addFileRejectedListener(rejected -> feedback.show(getTranslation("consultations.attachment.too-large",
                Reactions.MAX_ATTACHMENT_BYTES / (1024 * 1024))));
        Button done = new Button(getTranslation("consultations.form.done"), click -> form.removeAll());
        form.add(upload, done);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("consultations.list.title") : title;
    }
}
