package nl.rugzak.platform.participation.polls.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.modules.ModulePage;
import nl.rugzak.platform.participation.polls.PollSummary;
import nl.rugzak.platform.participation.polls.Polls;
import nl.rugzak.platform.participation.polls.PollsModule;
import nl.rugzak.tenantadmin.time.Dates;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.platform.staff.ui.StaffLayout;

/** Every poll of the municipality with its state, newest first; each opens in the editor. */
@Route(value = "beheer/peilingen", layout = StaffLayout.class)
@RolesAllowed({"editor", "tenant-admin"})
@ModulePage(PollsModule.ID)
public class PollAdminView extends Div implements HasDynamicTitle {

    public PollAdminView(Polls polls) {
        add(new H1(getTranslation("polls.admin.heading")));
        Anchor create = new Anchor("/beheer/peilingen/nieuw", getTranslation("polls.admin.new"));
        create.addClassName("rugzak-button-link");
        add(new Paragraph(create));
        var all = polls.forStaff();
        if (all.isEmpty()) {
            add(new EmptyState(getTranslation("polls.admin.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("rugzak-table");
        table.setCaptionText(getTranslation("polls.admin.heading"));
        table.getHead().add(new NativeTableRow(column("polls.admin.question"), column("polls.admin.status"),
                column("polls.admin.opens"), column("polls.admin.closes")));
        for (PollSummary poll : all) {
            NativeTableHeaderCell question = new NativeTableHeaderCell(new Anchor("/beheer/peilingen/" + poll.id(),
                    poll.question()));
            question.getElement().setAttribute("scope", "row");
            table.getBody().add(new NativeTableRow(question,
                    new NativeTableCell(PollBadges.of(poll.status(), getTranslation(poll.status().key()))),
                    new NativeTableCell(Dates.moment(poll.opensAt(), getLocale())),
                    new NativeTableCell(Dates.moment(poll.closesAt(), getLocale()))));
        }
        add(table);
    }

    private NativeTableHeaderCell column(String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("polls.admin.heading");
    }
}
