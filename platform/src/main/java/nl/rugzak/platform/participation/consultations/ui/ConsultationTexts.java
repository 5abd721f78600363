package nl.rugzak.platform.participation.consultations.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import nl.rugzak.platform.content.SafeMarkdown;
import nl.rugzak.platform.content.ui.MarkdownText;
import nl.rugzak.platform.participation.consultations.Block;
import nl.rugzak.platform.participation.consultations.BlockKind;
import nl.rugzak.platform.participation.consultations.ConsultationPhase;
import nl.rugzak.platform.participation.consultations.TrackedChange;
import nl.rugzak.platform.site.ui.parts.StatusBadge;

/** Pieces the consultation pages share: a block's content, a tracked change, a phase badge. */
final class ConsultationTexts {

    private ConsultationTexts() {
    }

    /** A block's text: Markdown through SafeMarkdown, a table as a real table with a header row. */
    static Component content(SafeMarkdown markdown, Block block) {
        if (block.kind() != BlockKind.TABLE) {
            return MarkdownText.of(markdown, block.body());
        }
        List<List<String>> rows = block.tableRows();
        NativeTable table = new NativeTable();
        table.addClassName("rugzak-consultation-table");
        if (!rows.isEmpty()) {
            NativeTableHeader head = table.getHead();
            NativeTableRow header = head.addRow();
            rows.getFirst().forEach(cell -> {
                NativeTableHeaderCell th = header.addHeaderCell();
                th.setText(cell);
                th.getElement().setAttribute("scope", "col");
            });
            NativeTableBody body = table.getBody();
            rows.stream().skip(1).forEach(row -> {
                NativeTableRow tr = body.addRow();
                row.forEach(cell -> tr.addDataCell().setText(cell));
            });
        }
        return table;
    }

    /** Deleted words struck through, inserted ones underlined; screen readers hear "verwijderd"/"toegevoegd". */
    static Component trackedChange(List<TrackedChange.Part> parts, String deletedLabel, String insertedLabel) {
        Div text = new Div();
        text.addClassName("rugzak-tracked-change");
        for (TrackedChange.Part part : parts) {
            switch (part.change()) {
                case SAME -> text.getElement().appendChild(Element.createText(part.text()));
                case DELETED -> text.getElement().appendChild(marked("del", deletedLabel, part.text()));
                case INSERTED -> text.getElement().appendChild(marked("ins", insertedLabel, part.text()));
            }
        }
        return text;
    }

    private static Element marked(String tag, String label, String text) {
        Element element = new Element(tag);
        Element hidden = new Element("span");
        // Visually hidden, read aloud: del and ins are not announced by most screen readers.
        hidden.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip", "rect(0 0 0 0)").set("white-space", "nowrap");
        hidden.setText(label + " ");
        element.appendChild(hidden, Element.createText(text));
        return element;
    }

    static String changeKey(nl.rugzak.platform.participation.consultations.BlockChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "consultations.report.change.added";
            case CHANGED -> "consultations.report.change.changed";
            case REMOVED -> "consultations.report.change.removed";
        };
    }

    static StatusBadge badge(ConsultationPhase phase, String text) {
        StatusBadge.Tone tone = switch (phase) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case ANNOUNCED, REPORT_PUBLISHED -> StatusBadge.Tone.INFO;
            case OPEN -> StatusBadge.Tone.SUCCESS;
            case PROCESSING -> StatusBadge.Tone.WARNING;
            case CLOSED -> StatusBadge.Tone.CLOSED;
        };
        return new StatusBadge(text, tone);
    }
}
