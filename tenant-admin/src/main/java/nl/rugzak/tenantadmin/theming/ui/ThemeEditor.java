package nl.rugzak.tenantadmin.theming.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.rugzak.tenantadmin.media.SafeImage;
import nl.rugzak.tenantadmin.media.UnsafeImageException;
import nl.rugzak.tenantadmin.media.ui.SingleFileUpload;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeAssetKind;
import nl.rugzak.tenantadmin.theming.ThemeDraft;
import nl.rugzak.tenantadmin.theming.ThemeException;
import nl.rugzak.tenantadmin.theming.ThemeTexts;
import nl.rugzak.tenantadmin.theming.ThemeVersion;
import nl.rugzak.tenantadmin.theming.TenantThemes;
import nl.rugzak.themes.contrast.ContrastFailure;
import nl.rugzak.themes.contrast.ContrastRules;
import nl.rugzak.themes.dtcg.DesignTokenImport;
import nl.rugzak.themes.dtcg.ImportReport;
import nl.rugzak.themes.dtcg.TokenFileException;
import nl.rugzak.themes.tokens.Colour;
import nl.rugzak.themes.tokens.ColourToken;
import nl.rugzak.themes.tokens.FontChoice;
import nl.rugzak.themes.tokens.ThemeTokens;
import nl.rugzak.themes.tokens.TokenException;

/**
 * The theme editor, used by lab staff (control plane) and by a tenant's own admin (its back-office): controls on
 * one side, a live preview of the resident home page, a form, a button and a link on the other. Saving makes a
 * draft; publishing checks contrast first; any earlier published version can be put back.
 */
public class ThemeEditor extends Div {


    private final TenantThemes themes;
    private final TenantId tenant;
    private final String tenantName;
    private final Map<ColourToken, TextField> colours = new EnumMap<>(ColourToken.class);
    private final Select<FontChoice> font = new Select<>();
    private final IntegerField baseSize = new IntegerField();
    private final IntegerField radius = new IntegerField();
    private final Map<ThemeAssetKind, String> assets = new EnumMap<>(ThemeAssetKind.class);
    /** Images chosen since the last save: checked, shown in the preview, stored only with the draft. */
    private final Map<ThemeAssetKind, SafeImage> pending = new EnumMap<>(ThemeAssetKind.class);
    private final Div preview = new Div();
    final Paragraph message = new Paragraph();
    final Div contrast = new Div();
    final Div importReport = new Div();
    private final Div brandChoice = new Div();
    private final Div versions = new Div();
    private ThemeTokens tokens = ThemeTokens.DEFAULT;

    public ThemeEditor(TenantThemes themes, TenantId tenant, String tenantName) {
        this.themes = themes;
        this.tenant = tenant;
        this.tenantName = tenantName;
        addClassName("rugzak-theme-editor");
        message.getElement().setAttribute("role", "status");
        contrast.getElement().setAttribute("aria-live", "polite");

        Section controls = new Section(new H2(getTranslation("theming.editor.heading")));
        controls.addClassName("rugzak-theme-controls");
        for (ColourToken token : ColourToken.values()) {
            TextField field = new TextField(ThemeTexts.get(getLocale(), token.label()));
            field.setHelperText(getTranslation("theming.editor.colour-helper"));
            field.setMaxLength(7);
            field.addValueChangeListener(event -> { if (event.isFromClient()) { changed(); } });
            colours.put(token, field);
            controls.add(field);
        }
        font.setLabel(getTranslation("theming.editor.font"));
        font.setItems(FontChoice.values());
        font.setItemLabelGenerator(choice -> ThemeTexts.get(getLocale(), choice.label()));
        font.addValueChangeListener(event -> { if (event.isFromClient()) { changed(); } });
        baseSize.setLabel(getTranslation("theming.editor.base-size"));
        radius.setLabel(getTranslation("theming.editor.radius"));
        baseSize.setMin(ThemeTokens.MIN_SIZE);
        baseSize.setMax(ThemeTokens.MAX_SIZE);
        baseSize.setStepButtonsVisible(true);
        baseSize.addValueChangeListener(event -> { if (event.isFromClient()) { changed(); } });
        radius.setMin(0);
        radius.setMax(ThemeTokens.MAX_RADIUS);
        radius.setStepButtonsVisible(true);
        radius.addValueChangeListener(event -> { if (event.isFromClient()) { changed(); } });
        controls.add(font, baseSize, radius);
        for (ThemeAssetKind kind : ThemeAssetKind.values()) {
            controls.add(imageUpload(kind));
        }
        controls.add(tokenFileUpload(), importReport);

        Button save = new Button(getTranslation("theming.editor.save-draft"), click -> saveDraft());
        Button publish = new Button(getTranslation("theming.editor.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("theming.editor.discard"), click -> confirmDiscard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, publish, discard);
        actions.addClassName("rugzak-theme-actions");

        preview.addClassName("rugzak-theme-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("theming.editor.preview-label"));
        Section previewSection = new Section(new H2(getTranslation("theming.editor.preview")), preview);
        Div columns = new Div(controls, previewSection);
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "2rem").set("align-items", "flex-start");
        controls.getStyle().set("flex", "1 1 20rem").set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        previewSection.getStyle().set("flex", "2 1 28rem").set("position", "sticky").set("top", "1rem");

        add(columns, actions, message, contrast, new H2(getTranslation("theming.versions.heading")), versions);
        load();
    }

    /** Reads the stored state: the draft, else the published version, else Rugzak's default. */
    final void load() {
        TenantThemes.EditorState state = themes.editorState(tenant);
        pending.clear();
        assets.clear();
        assets.putAll(state.draft().assets());
        show(state.draft().tokens());
        versions.removeAll();
        if (state.versions().isEmpty()) {
            versions.add(new Paragraph(getTranslation("theming.versions.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(getTranslation("theming.versions.date-pattern"), getLocale())
                .withZone(Dates.ZONE);
        UnorderedList list = new UnorderedList();
        for (ThemeVersion version : state.versions()) {
            boolean current = state.publishedNumber() != null && state.publishedNumber() == version.number();
            String key = !version.published() ? "theming.versions.draft"
                    : current ? "theming.versions.published-current" : "theming.versions.published";
            String text = getTranslation(key, version.number(), when.format(version.savedAt()), version.savedBy(),
                    version.published() ? when.format(version.publishedAt()) : "");
            ListItem item = new ListItem(new Span(text));
            if (version.published() && !current) {
                Button revert = new Button(getTranslation("theming.versions.revert"), click -> revert(version.number()));
                revert.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(revert);
            }
            list.add(item);
        }
        versions.add(list);
    }

    private void show(ThemeTokens value) {
        tokens = value;
        colours.forEach((token, field) -> {
            field.setValue(token.of(value).css());
            field.setInvalid(false);
        });
        font.setValue(value.font());
        baseSize.setValue(value.baseSizePx());
        radius.setValue(value.radiusPx());
        renderPreview();
        showContrast(ContrastRules.check(value));
    }

    /** Reads the controls; a bad value marks its field and keeps the last good tokens. */
    final void changed() {
        ThemeTokens next = tokens;
        boolean valid = true;
        for (var entry : colours.entrySet()) {
            TextField field = entry.getValue();
            try {
                next = next.with(entry.getKey(), Colour.parse(field.getValue()));
                field.setInvalid(false);
            } catch (TokenException e) {
                field.setErrorMessage(ThemeTexts.get(getLocale(), e.text()));
                field.setInvalid(true);
                valid = false;
            }
        }
        try {
            if (font.getValue() != null) {
                next = next.withFont(font.getValue());
            }
            next = next.withBaseSize(baseSize.getValue() == null ? -1 : baseSize.getValue());
            baseSize.setInvalid(false);
        } catch (TokenException e) {
            baseSize.setErrorMessage(ThemeTexts.get(getLocale(), e.text()));
            baseSize.setInvalid(true);
            valid = false;
        }
        try {
            next = next.withRadius(radius.getValue() == null ? -1 : radius.getValue());
            radius.setInvalid(false);
        } catch (TokenException e) {
            radius.setErrorMessage(ThemeTexts.get(getLocale(), e.text()));
            radius.setInvalid(true);
            valid = false;
        }
        tokens = next;
        renderPreview();
        showContrast(ContrastRules.check(tokens));
        message.setText(valid ? "" : getTranslation("theming.editor.fix-fields"));
    }

    final boolean saveDraft() {
        changed();
        if (colours.values().stream().anyMatch(TextField::isInvalid) || baseSize.isInvalid() || radius.isInvalid()) {
            return false;
        }
        try {
            int number = themes.saveDraft(tenant, new ThemeDraft(tokens, assets), pending.values());
            message.setText(getTranslation("theming.editor.saved", number));
            load();
            return true;
        } catch (ThemeException e) {
            message.setText(e.messageIn(getLocale()));
            return false;
        }
    }

    final void publish() {
        if (!saveDraft()) {
            return;
        }
        try {
            int number = themes.publishDraft(tenant);
            message.setText(getTranslation("theming.editor.published", number));
            load();
        } catch (ThemeException e) {
            message.setText(e.messageIn(getLocale()));
            if (!e.contrastFailures().isEmpty()) {
                showContrast(e.contrastFailures());
            }
        }
    }

    /** Asks first: a discarded draft cannot be brought back. */
    private void confirmDiscard() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("theming.editor.discard.header"));
        dialog.setText(getTranslation("theming.editor.discard.text"));
        dialog.setConfirmText(getTranslation("theming.editor.discard.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("theming.editor.discard.cancel"));
        dialog.addConfirmListener(confirmed -> discardDraft());
        dialog.open();
    }

    /** Throws away the stored draft (if any) and the changes not yet saved; shows the published theme again. */
    final void discardDraft() {
        try {
            if (themes.editorState(tenant).draftNumber() != null) {
                themes.discardDraft(tenant);
            } else if (pending.isEmpty()) {
                message.setText(getTranslation("theming.no-draft-to-discard"));
                load();
                return;
            }
            load();
            importReport.removeAll();
            message.setText(getTranslation("theming.editor.discarded"));
        } catch (ThemeException e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    final void revert(int number) {
        try {
            themes.revert(tenant, number);
            message.setText(getTranslation("theming.editor.reverted", number));
            load();
        } catch (ThemeException e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    private void showContrast(List<ContrastFailure> failures) {
        contrast.removeAll();
        if (failures.isEmpty()) {
            contrast.add(new Paragraph(getTranslation("theming.contrast.all-pass")));
            return;
        }
        contrast.add(new H3(getTranslation("theming.contrast.too-low-heading")));
        UnorderedList list = new UnorderedList();
        for (ContrastFailure failure : failures) {
            ListItem item = new ListItem(new Span(ThemeTexts.get(getLocale(), failure.describe(getLocale()))));
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "1em").set("height", "1em")
                    .set("margin-inline", "0.5em").set("border", "1px solid #000") // not-ui-text: CSS border
                    .set("background", failure.suggestion().css());
            Button use = new Button(getTranslation("theming.contrast.use-suggestion", failure.suggestion().css()), click -> {
                colours.get(failure.foreground()).setValue(failure.suggestion().css());
                changed();
            });
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(swatch, use);
            list.add(item);
        }
        contrast.add(list);
    }

    private void renderPreview() {
        var style = preview.getStyle();
        for (ColourToken token : ColourToken.values()) {
            style.set(token.cssProperty(), token.of(tokens).css());
        }
        // Lumo reads its own properties; they were resolved on <html>, so set them again for the preview.
        style.set("--lumo-primary-color", tokens.primary().css())
                .set("--lumo-primary-text-color", tokens.link().css())
                .set("--lumo-primary-contrast-color", tokens.primaryContrast().css())
                .set("--lumo-base-color", tokens.background().css())
                .set("--lumo-body-text-color", tokens.text().css())
                .set("--lumo-error-text-color", tokens.error().css())
                .set("--lumo-font-family", tokens.font().cssStack())
                .set("--lumo-border-radius-m", tokens.radiusPx() + "px")
                .set("--rugzak-font-family", tokens.font().cssStack())
                .set("--rugzak-radius", tokens.radiusPx() + "px")
                .set("background", tokens.background().css())
                .set("color", tokens.text().css())
                .set("font-family", tokens.font().cssStack())
                .set("font-size", tokens.baseSizePx() + "px")
                .set("border", "1px solid " + tokens.surface().css()) // not-ui-text: CSS border
                .set("border-radius", tokens.radiusPx() + "px")
                .set("overflow", "hidden");
        preview.removeAll();

        Div header = new Div();
        header.addClassName("rugzak-header");
        String logo = assets.get(ThemeAssetKind.LOGO);
        if (logo != null) {
            Image image = new Image(assetDownload(logo), getTranslation("theming.preview.logo-alt", tenantName));
            image.setMaxHeight("2.5rem");
            header.add(image);
        }
        Span name = new Span(tenantName);
        name.addClassName("rugzak-header-home");
        Span login = new Span(getTranslation("theming.preview.login"));
        login.getStyle().set("text-decoration", "underline");
        header.add(name, login);

        Div page = new Div();
        page.getStyle().set("padding", "1rem");
        String hero = assets.get(ThemeAssetKind.HERO);
        if (hero != null) {
            Image image = new Image(assetDownload(hero), "");
            image.setWidthFull();
            image.getStyle().set("max-height", "10rem").set("object-fit", "cover").set("border-radius", tokens.radiusPx() + "px");
            page.add(image);
        }
        Div h = new Div(getTranslation("theming.preview.heading", tenantName));
        h.getStyle().set("font-size", "1.6em").set("font-weight", "700").set("margin", "0.5rem 0");
        Paragraph intro = new Paragraph(getTranslation("theming.preview.intro") + " ");
        Anchor link = new Anchor("#", getTranslation("theming.preview.read-more"));
        link.getStyle().set("color", tokens.link().css());
        intro.add(link);
        Div card = new Div(new Paragraph(getTranslation("theming.preview.surface")));
        card.getStyle().set("background", tokens.surface().css()).set("padding", "0.75rem").set("border-radius", tokens.radiusPx() + "px");
        TextField sample = new TextField(getTranslation("theming.preview.idea-label"));
        sample.setWidthFull();
        sample.setPlaceholder(getTranslation("theming.preview.idea-placeholder"));
        Span error = new Span(getTranslation("theming.preview.error"));
        error.getStyle().set("color", tokens.error().css()).set("display", "block");
        Span success = new Span(getTranslation("theming.preview.success"));
        success.getStyle().set("color", tokens.success().css()).set("display", "block");
        Button button = new Button(getTranslation("theming.preview.submit"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span focus = new Span(getTranslation("theming.preview.focus"));
        focus.getStyle().set("outline", "3px solid " + tokens.focus().css()).set("outline-offset", "2px")
                .set("display", "inline-block").set("margin", "0.75rem 0.5rem");
        Span accent = new Span(getTranslation("theming.preview.accent"));
        accent.getStyle().set("border-bottom", "4px solid " + tokens.accent().css()).set("margin-inline-start", "1rem");
        page.add(h, intro, card, sample, error, success, new Div(button, focus, accent));
        preview.add(header, page);
    }

    private DownloadHandler assetDownload(String sha) {
        SafeImage chosen = pending.values().stream().filter(image -> PublishedTheme.sha256(image.bytes()).equals(sha))
                .findFirst().orElse(null);
        if (chosen != null) {
            byte[] bytes = chosen.bytes();
            return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                    "afbeelding", chosen.contentType(), bytes.length)); // not-ui-text: a file name
        }
        return DownloadHandler.fromInputStream(event -> themes.asset(tenant, sha)
                .map(asset -> new DownloadResponse(new ByteArrayInputStream(asset.bytes()), "afbeelding", asset.contentType(), asset.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    private Div imageUpload(ThemeAssetKind kind) {
        SingleFileUpload upload = new SingleFileUpload(kind.maxBytes(), (fileName, bytes) -> useImage(kind, bytes),
                refusal -> message.setText(getTranslation(kind.labelKey()) + ": " + refusal));
        upload.setAcceptedFileTypes(kind.svgAllowed() ? new String[] {"image/svg+xml", "image/png", "image/jpeg", ".svg", ".png", ".jpg"}
                : new String[] {"image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif"});
        Button remove = new Button(getTranslation("theming.editor.image.remove"), click -> {
            assets.remove(kind);
            pending.remove(kind);
            renderPreview();
            message.setText(getTranslation("theming.editor.image.removed", getTranslation(kind.labelKey())));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        String limit = kind.maxBytes() >= 1024 * 1024 ? (kind.maxBytes() / (1024 * 1024)) + " MB" : (kind.maxBytes() / 1024) + " kB";
        Div box = new Div(new Span(getTranslation(kind.svgAllowed() ? "theming.editor.image.svg-png-jpeg" : "theming.editor.image.png-jpeg",
                getTranslation(kind.labelKey()), limit)), upload, remove);
        box.getStyle().set("margin-top", "0.5rem");
        return box;
    }

    /** Checks an uploaded image and puts it in the preview; it is stored only when the draft is saved. */
    final void useImage(ThemeAssetKind kind, byte[] bytes) {
        try {
            SafeImage image = themes.checkImage(tenant, kind, bytes);
            pending.put(kind, image);
            assets.put(kind, PublishedTheme.sha256(image.bytes()));
            renderPreview();
            message.setText(getTranslation("theming.editor.image.checked", getTranslation(kind.labelKey())));
        } catch (UnsafeImageException | ThemeException e) {
            message.setText(getTranslation(kind.labelKey()) + ": " + e.messageIn(getLocale()));
        }
    }

    private Div tokenFileUpload() {
        SingleFileUpload upload = new SingleFileUpload(DesignTokenImport.MAX_BYTES, (fileName, bytes) -> importFile(bytes),
                message::setText);
        upload.setAcceptedFileTypes("application/json", ".json");
        Div box = new Div(new H3(getTranslation("theming.import.heading")),
                new Paragraph(getTranslation("theming.import.explanation")), upload, brandChoice);
        box.getStyle().set("margin-top", "1rem");
        return box;
    }

    /**
     * Reads a design-token file. A file with several brands (themes) first asks which one; the others are
     * mapped onto the current values at once. Saving stays a separate step.
     */
    final void importFile(byte[] bytes) {
        importReport.removeAll();
        brandChoice.removeAll();
        try {
            List<String> brands = themes.tokenBrands(tenant, bytes);
            if (brands.isEmpty()) {
                importBrand(bytes, null);
                return;
            }
            Select<String> brand = new Select<>();
            brand.setLabel(getTranslation("theming.import.brand"));
            brand.setHelperText(getTranslation("theming.import.brand-help", brands.size()));
            brand.setItems(brands);
            Button take = new Button(getTranslation("theming.import.brand-import"), click -> {
                if (brand.getValue() == null) {
                    message.setText(getTranslation("theming.import.brand-missing"));
                    return;
                }
                importBrand(bytes, brand.getValue());
            });
            brandChoice.add(brand, take);
            message.setText(getTranslation("theming.import.brand-help", brands.size()));
        } catch (TokenFileException e) {
            message.setText(ThemeTexts.get(getLocale(), e.text()));
        }
    }

    private void importBrand(byte[] bytes, String brand) {
        importReport.removeAll();
        try {
            ImportReport report = themes.importTokens(tenant, bytes, brand, tokens);
            show(report.tokens());
            importReport.add(group(getTranslation("theming.import.mapped", report.mapped().size()), true,
                    report.mapped().stream().map(m -> new Line(m.source(), m.source() + " → " + m.rugzakToken() + " = " + m.value())).toList()));
            importReport.add(group(getTranslation("theming.import.overridden", report.overridden().size()), false,
                    report.overridden().stream().map(this::line).toList()));
            importReport.add(group(getTranslation("theming.import.unused", report.unused().size()), false,
                    report.unused().stream().map(this::line).toList()));
            message.setText(getTranslation("theming.import.done"));
        } catch (TokenFileException e) {
            message.setText(ThemeTexts.get(getLocale(), e.text()));
        }
    }

    private record Line(String source, String text) {
    }

    private Line line(ImportReport.Ignored ignored) {
        return new Line(ignored.source(), ignored.source() + ": " + ThemeTexts.get(getLocale(), ignored.reason()));
    }

    /** Above this many lines a group is split by the tokens' first two name parts, each opened on demand. */
    private static final int LINES_IN_ONE_LIST = 40;

    /**
     * One part of the report, collapsible, with its count in the summary. A long part (thousands of unused tokens
     * in a real file) lists sub-groups by name prefix with their counts; their lines are only built when opened.
     */
    private Details group(String summary, boolean opened, List<Line> lines) {
        Details details = new Details(summary);
        details.setOpened(opened && !lines.isEmpty());
        if (lines.size() <= LINES_IN_ONE_LIST) {
            details.add(list(lines));
            return details;
        }
        Map<String, List<Line>> byPrefix = new java.util.TreeMap<>();
        lines.forEach(line -> byPrefix.computeIfAbsent(prefix(line.source()), key -> new java.util.ArrayList<>()).add(line));
        Div groups = new Div();
        byPrefix.forEach((prefix, members) -> {
            Details sub = new Details(getTranslation("theming.import.group", prefix, members.size()));
            sub.addOpenedChangeListener(event -> {
                if (event.isOpened() && sub.getContent().findAny().isEmpty()) {
                    sub.add(list(members));
                }
            });
            groups.add(sub);
        });
        details.add(groups);
        return details;
    }

    private static UnorderedList list(List<Line> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line.text())));
        return list;
    }

    private static String prefix(String source) {
        String[] parts = source.split("\\.");
        return parts.length <= 2 ? parts[0] : parts[0] + "." + parts[1];
    }
}
