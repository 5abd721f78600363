package nl.rugzak.platform.participation.consultations.ui;

import nl.rugzak.tenantadmin.text.UserText;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.consultations.Block;
import nl.rugzak.platform.participation.consultations.Consultation;
import nl.rugzak.platform.participation.consultations.ConsultationPhase;
import nl.rugzak.platform.participation.consultations.Consultations;
import nl.rugzak.platform.participation.consultations.ConsultationsModule;
import nl.rugzak.platform.participation.consultations.DocumentVersion;
import nl.rugzak.platform.participation.consultations.InvalidConsultationException;
import nl.rugzak.platform.participation.consultations.Outcome;
import nl.rugzak.platform.participation.consultations.Processing;
import nl.rugzak.platform.participation.consultations.ResponseReports;
import nl.rugzak.platform.participation.consultations.StaffReaction;
import nl.rugzak.platform.participation.consultations.Theme;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.media.ui.Uploads;

/**
 * One consultation in the back office: publish it, write or upload the document, group and answer the reactions,
 * preview and publish the response report.
 */
@Route(value = "beheer/inspraak/:id", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(ConsultationsModule.ID)
public class ConsultationManageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;

    private final Consultations consultations;
    private final Processing processing;
    private final ResponseReports reports;
    private final Feedback feedback = new Feedback();
    private Consultation consultation;
    private int shown = PAGE;

    public ConsultationManageView(Consultations consultations, Processing processing, ResponseReports reports) {
        this.consultations = consultations;
        this.processing = processing;
        this.reports = reports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            consultation = consultations.view(Long.parseLong(raw));
        } catch (NumberFormatException | nl.rugzak.platform.content.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        consultation = consultations.view(consultation.id());
        Optional<DocumentVersion> version = consultations.currentVersion(consultation.id());
        add(new H1(consultation.title()), ConsultationTexts.badge(consultation.phase(),
                getTranslation(consultation.phase().key())), feedback);
        Anchor page = new Anchor("inspraak/" + consultation.id(), getTranslation("consultations.admin.view-page"));
        add(new Paragraph(page));
        if (consultation.phase() == ConsultationPhase.DRAFT) {
            add(new Button(getTranslation("consultations.admin.publish"), click -> act(() -> consultations.publish(consultation.id()),
                    "consultations.admin.published")));
        }
        if (consultation.phase() == ConsultationPhase.REPORT_PUBLISHED) {
            add(new Button(getTranslation("consultations.admin.close"), click -> act(() -> consultations.close(consultation.id()),
                    "consultations.admin.closed")));
        }
        add(document(version.orElse(null)));
        if (version.isPresent() && consultation.phase() != ConsultationPhase.DRAFT) {
            List<Theme> themes = processing.themes(consultation.id());
            add(themes(themes, version.get()), reactions(themes, version.get()), report());
        }
    }

    private Component document(DocumentVersion version) {
        Section section = new Section(new H2(version == null ? getTranslation("consultations.admin.document")
                : getTranslation("consultations.page.document", version.number())));
        if (version != null && (version.imagesLeftOut() > 0 || version.commentsLeftOut() > 0)) {
            section.add(new Paragraph(getTranslation("consultations.admin.left-out", version.imagesLeftOut(),
                    version.commentsLeftOut())));
        }
        TextArea source = new TextArea(getTranslation("consultations.admin.markdown"));
        source.setHelperText(getTranslation("consultations.admin.markdown-help"));
        source.setWidthFull();
        source.setMaxLength(Consultations.MAX_DOCUMENT);
        source.setValue(version == null ? "" : version.source());
        Button save = new Button(getTranslation("consultations.admin.save-version"), click -> {
            source.setInvalid(false);
            try {
                consultations.saveDocument(consultation.id(), source.getValue());
                feedback.setText(getTranslation("consultations.admin.version-saved"));
                render();
            } catch (InvalidConsultationException e) {
                source.setInvalid(true);
                source.setErrorMessage(String.join(" ", e.problemsIn(getLocale()).values()));
                feedback.show(e.messageIn(getLocale()));
            }
        });
        Upload upload = Uploads.prepare(new Upload(new DocxUpload()), Consultations.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".odt", "application/vnd.oasis.opendocument.text");
        upload.addFileRejectedListener(rejected -> feedback.show(getTranslation("consultations.upload.too-large",
                Consultations.MAX_UPLOAD_BYTES / (1024 * 1024))));
        section.add(source, save, new H3(getTranslation("consultations.admin.upload")),
                new Paragraph(getTranslation("consultations.admin.upload-help")), upload);
        return section;
    }

    /**
     * Streams the upload to the service, which reads at most the limit: a huge file is refused without being held in
     * memory (the servlet's own limit stops it too). Runs in the upload's request, with the tenant and login.
     */
    private final class DocxUpload implements UploadHandler {

        /** A request declaring more than the limit (and a multipart envelope) is refused before it is read. */
        @Override
        public long getRequestSizeMax() {
            return Consultations.MAX_UPLOAD_BYTES + 64 * 1024;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            String message;
            boolean ok;
            try {
                if (event.getFileSize() > Consultations.MAX_UPLOAD_BYTES) {
                    throw InvalidConsultationException.at("file", "consultations.upload.too-large",
                            Consultations.MAX_UPLOAD_BYTES / (1024 * 1024));
                }
                consultations.uploadDocument(consultation.id(), event.getFileName(), event.getInputStream());
                message = getTranslation("consultations.admin.version-saved");
                ok = true;
            } catch (InvalidConsultationException e) {
                message = String.join(" ", e.problemsIn(ui.getLocale()).values());
                ok = false;
            }
            String text = message;
            boolean saved = ok;
            ui.access(() -> {
                if (saved) {
                    render();
                    feedback.setText(text);
                } else {
                    feedback.show(text);
                }
            });
        }

        @Override
        public long getFileSizeMax() {
            return Consultations.MAX_UPLOAD_BYTES;
        }
    }

    private Component themes(List<Theme> themes, DocumentVersion version) {
        Section section = new Section(new H2(getTranslation("consultations.admin.themes")));
        TextField name = new TextField(getTranslation("consultations.admin.theme-name"));
        Button add = new Button(getTranslation("consultations.admin.theme-add"), click -> {
            name.setInvalid(false);
            try {
                processing.createTheme(consultation.id(), name.getValue());
                render();
            } catch (InvalidConsultationException e) {
                name.setInvalid(true);
                name.setErrorMessage(String.join(" ", e.problemsIn(getLocale()).values()));
            }
        });
        section.add(new Div(name, add));
        for (Theme theme : themes) {
            Div box = new Div(new H3(getTranslation("consultations.admin.theme-heading", theme.name(), theme.reactions())));
            box.add(answerForm(theme.answer(), theme.outcome(), theme.changedAnchor(), version,
                    (answer, outcome, anchor) -> processing.answerTheme(theme.id(), answer, outcome, anchor)));
            section.add(box);
        }
        return section;
    }

    private Component reactions(List<Theme> themes, DocumentVersion version) {
        Section section = new Section(new H2(getTranslation("consultations.admin.reactions")));
        List<StaffReaction> all = processing.reactions(consultation.id());
        long open = all.stream().filter(r -> !r.hidden() && !r.answered()).count();
        section.add(new Paragraph(getTranslation("consultations.admin.reaction-counts", all.size(), open)));
        UnorderedList list = new UnorderedList();
        for (StaffReaction reaction : all.stream().limit(shown).toList()) {
            ListItem item = new ListItem();
            item.setId("reactie-" + reaction.id());
            String where = reaction.anchor() == null ? getTranslation("consultations.report.whole-document")
                    : version.block(reaction.anchor()).map(b -> getTranslation("consultations.report.paragraph", b.number()))
                    .orElse(getTranslation("consultations.admin.old-paragraph"));
            String who = reaction.fullName() != null
                    ? getTranslation("consultations.admin.formal-author", UserText.isolate(reaction.fullName()),
                            UserText.isolate(reaction.address()))
                    : Optional.ofNullable(reaction.displayName()).orElse(getTranslation("consultations.admin.erased"));
            item.add(new H3(getTranslation("consultations.report.reaction", reaction.number()) + " · " + where),
                    new Paragraph(who), new Paragraph(reaction.body()));
            if (reaction.proposedText() != null) {
                item.add(new Paragraph(getTranslation("consultations.report.proposal") + ": " + reaction.proposedText()));
            }
            if (reaction.hidden()) {
                item.add(new Paragraph(getTranslation("consultations.admin.hidden")));
            }
            Select<Theme> theme = new Select<>();
            theme.setLabel(getTranslation("consultations.admin.theme"));
            theme.setItems(themes);
            theme.setEmptySelectionAllowed(true);
            theme.setEmptySelectionCaption(getTranslation("consultations.admin.no-theme"));
            theme.setItemLabelGenerator(t -> t == null ? getTranslation("consultations.admin.no-theme") : t.name());
            themes.stream().filter(t -> reaction.themeId() != null && t.id() == reaction.themeId()).findFirst()
                    .ifPresent(theme::setValue);
            theme.addValueChangeListener(change -> act(() -> processing.assignTheme(reaction.id(),
                    change.getValue() == null ? null : change.getValue().id()), "consultations.admin.saved"));
            item.add(theme);
            if (reaction.themeAnswer() != null) {
                item.add(new Paragraph(getTranslation("consultations.admin.theme-answer", reaction.themeAnswer())));
            }
            item.add(answerForm(reaction.answer(), reaction.outcome(), reaction.changedAnchor(), version,
                    (answer, outcome, anchor) -> processing.answerReaction(reaction.id(), answer, outcome, anchor)));
            list.add(item);
        }
        section.add(list);
        if (all.size() > shown) {
            section.add(new Button(getTranslation("consultations.admin.more", all.size() - shown), click -> {
                shown += PAGE;
                render();
            }));
        }
        return section;
    }

    private interface AnswerAction {
        void save(String answer, Outcome outcome, String anchor);
    }

    private Component answerForm(String answer, Outcome outcome, String anchor, DocumentVersion version, AnswerAction action) {
        TextArea text = new TextArea(getTranslation("consultations.admin.answer"));
        text.setWidthFull();
        text.setMaxLength(Processing.MAX_ANSWER);
        text.setValue(answer == null ? "" : answer);
        Select<Outcome> result = new Select<>();
        result.setLabel(getTranslation("consultations.admin.outcome"));
        result.setItems(Outcome.values());
        result.setItemLabelGenerator(o -> getTranslation(o.key()));
        result.setValue(outcome);
        Select<Block> changed = new Select<>();
        changed.setLabel(getTranslation("consultations.admin.changed-paragraph"));
        changed.setItems(version.blocks());
        changed.setItemLabelGenerator(b -> b == null ? getTranslation("consultations.admin.no-paragraph")
                : b.number() + " " + abbreviated(b.plainText()));
        changed.setEmptySelectionAllowed(true);
        changed.setEmptySelectionCaption(getTranslation("consultations.admin.no-paragraph"));
        version.block(anchor == null ? "" : anchor).ifPresent(changed::setValue);
        Button save = new Button(getTranslation("consultations.admin.save-answer"), click -> {
            Map<String, HasValidation> fields = Map.of("answer", text, "outcome", result, "changedAnchor", changed);
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                action.save(text.getValue(), result.getValue(), changed.getValue() == null ? null : changed.getValue().anchor());
                feedback.setText(getTranslation("consultations.admin.saved"));
                feedback.removeClassName("rugzak-error");
            } catch (InvalidConsultationException e) {
                e.problemsIn(getLocale()).forEach((field, message) -> {
                    HasValidation target = fields.get(field);
                    if (target != null) {
                        target.setInvalid(true);
                        target.setErrorMessage(message);
                    }
                });
                feedback.show(e.messageIn(getLocale()));
            }
        });
        return new Div(text, new Div(result, changed), save);
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private Component report() {
        Section section = new Section(new H2(getTranslation("consultations.admin.report")));
        TextArea summary = new TextArea(getTranslation("consultations.report.summary"));
        summary.setWidthFull();
        summary.setMaxLength(ResponseReports.MAX_SUMMARY);
        summary.setValue(reports.summary(consultation.id()));
        Button save = new Button(getTranslation("consultations.admin.save-summary"),
                click -> act(() -> reports.saveSummary(consultation.id(), summary.getValue()), "consultations.admin.saved"));
        long id = consultation.id();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.previewPdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "reactienota-concept.pdf", "application/pdf", bytes.length);
        }), getTranslation("consultations.admin.preview-pdf"));
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.previewDocx(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "reactienota-concept.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
        }), getTranslation("consultations.admin.preview-docx"));
        Button publish = new Button(getTranslation("consultations.admin.publish-report"),
                click -> act(() -> reports.publish(id), "consultations.admin.report-published"));
        section.add(summary, save, new UnorderedList(new ListItem(pdf), new ListItem(docx)), publish);
        return section;
    }

    private void act(Runnable action, String doneKey) {
        if (feedback.attempt(action, getTranslation(doneKey))) {
            String done = feedback.getText();
            render();
            feedback.setText(done);
        }
    }

    @Override
    public String getPageTitle() {
        return consultation == null ? getTranslation("consultations.admin.title") : consultation.title();
    }
}
