package nl.rugzak.platform.library.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.rugzak.platform.library.Template;
import nl.rugzak.platform.library.TemplateLibrary;

/**
 * One template in the library: what it is, where it came from, its structure in words and where it was adopted.
 * Actions (adopt, share, approve) are added by the page that shows it.
 */
class TemplateCard extends Article {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    final Div actions = new Div();

    TemplateCard(Template template, TemplateLibrary library, boolean showStatus) {
        this(template, library, showStatus, null);
    }

    /** {@code caseSlug}: the municipality whose case page (in the lab) the template's experience links to, or null. */
    TemplateCard(Template template, TemplateLibrary library, boolean showStatus, String caseSlug) {
        addClassName("rugzak-library-template");
        add(new H3(template.title()));
        String kind = library.kind(template.kind()).map(k -> getTranslation(k.nameKey()))
                .orElse(template.kind());
        String origin = template.fromLab() ? getTranslation("library.card.from-lab")
                : getTranslation("library.card.from-tenant", template.ownerName());
        Paragraph meta = new Paragraph(getTranslation("library.card.meta", kind, origin, template.version(),
                DAY.format(template.updatedAt())));
        meta.addClassName("rugzak-meta");
        add(meta);
        if (showStatus) {
            Span status = new Span(getTranslation("library.card.status", getTranslation(template.status().labelKey())));
            status.addClassName("rugzak-status-badge");
            add(new Paragraph(status));
        }
        if (!template.description().isBlank()) {
            add(new Paragraph(template.description()));
        }
        if (!template.caseText().isBlank() || caseSlug != null) {
            add(new H4(getTranslation("library.card.case")));
            if (!template.caseText().isBlank()) {
                add(new Paragraph(template.caseText()));
            }
            if (caseSlug != null) {
                Anchor toCase = new Anchor("/tenantbeheer/cases/" + caseSlug,
                        getTranslation("library.card.case-link", template.ownerName()));
                toCase.addClassName("rugzak-library-case");
                add(new Paragraph(toCase));
            }
        }
        add(new H4(getTranslation("library.card.preview")));
        UnorderedList preview = new UnorderedList();
        template.preview().forEach(line -> preview.add(new ListItem(line)));
        preview.addClassName("rugzak-library-preview");
        add(preview);
        String where = template.adoptions().stream().map(Template.Adoption::tenantName).distinct()
                .collect(Collectors.joining(", "));
        add(new Paragraph(template.adoptions().isEmpty() ? getTranslation("library.card.never-adopted")
                : getTranslation("library.card.adopted", template.adoptions().size(), where)));
        actions.addClassName("rugzak-actions");
        add(actions);
    }
}
