package nl.rugzak.platform.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** A plain table of text rows whose last column is a number; the first cell of each row heads it. */
class ListTable extends NativeTable {

    ListTable(String caption, List<String> headers, List<List<String>> rows) {
        addClassName("rugzak-chart-table");
        setCaptionText(caption);
        getHead().add(new NativeTableRow(headers.stream().map(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            return cell;
        }).toArray(NativeTableHeaderCell[]::new)));
        for (List<String> values : rows) {
            NativeTableHeaderCell first = new NativeTableHeaderCell(values.getFirst());
            first.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(first);
            for (int i = 1; i < values.size(); i++) {
                NativeTableCell cell = new NativeTableCell(values.get(i));
                if (i == values.size() - 1) {
                    cell.addClassName("rugzak-number");
                }
                row.add(cell);
            }
            getBody().add(row);
        }
    }
}
