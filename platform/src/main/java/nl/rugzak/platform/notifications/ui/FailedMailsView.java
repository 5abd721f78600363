package nl.rugzak.platform.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.notifications.FailedMails;
import nl.rugzak.platform.site.ui.Feedback;
import nl.rugzak.platform.site.ui.parts.EmptyState;
import nl.rugzak.platform.staff.ui.StaffLayout;
import nl.rugzak.tenantadmin.time.Dates;

/** The municipality's mails that did not go out (yet), for its admins, with one button to send the failed ones again. */
@Route(value = "beheer/meldingen", layout = StaffLayout.class)
@RolesAllowed("tenant-admin")
public class FailedMailsView extends Div implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Button retry = new Button();
    final Feedback feedback = new Feedback();
    private final FailedMails failed;

    public FailedMailsView(FailedMails failed) {
        this.failed = failed;
        add(new H1(getTranslation("notifications.staff.title")), new Paragraph(getTranslation("notifications.staff.intro")));
        retry.setText(getTranslation("notifications.staff.retry"));
        retry.addClickListener(click -> {
            if (feedback.attempt(failed::retryAll, getTranslation("notifications.staff.retried"))) {
                show();
            }
        });
        add(list, retry, feedback);
        show();
    }

    private void show() {
        list.removeAll();
        var rows = failed.here();
        list.setVisible(!rows.isEmpty());
        retry.setVisible(rows.stream().anyMatch(row -> row.attempts() > 0));
        if (rows.isEmpty()) {
            list.setVisible(true);
            list.add(new ListItem(new EmptyState(getTranslation("notifications.staff.empty"))));
            return;
        }
        for (FailedMails.Failed row : rows) {
            list.add(new ListItem(getTranslation("notifications.staff.row", row.recipient(),
                    row.email() == null ? "–" : row.email(), row.attempts(),
                    row.error() == null ? "–" : row.error()) + " · " + Dates.stamp(row.createdAt(), getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.staff.title");
    }
}
