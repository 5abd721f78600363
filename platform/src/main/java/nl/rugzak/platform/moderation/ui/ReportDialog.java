package nl.rugzak.platform.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.content.ContentRef;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.moderation.Reports;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;

/**
 * "Melden": any page opens this for a {@link ContentRef} so a logged-in resident can report it with a reason.
 * Mistakes (no reason, reported before, too many posts) are shown at the field; nothing is saved then.
 */
public class ReportDialog extends Dialog {

    /** The reason field, for tests and for pages that want to prefill it. */
    public final TextArea reason = new TextArea();
    public final Button send = new Button();

    public ReportDialog(Reports reports, ContentRef target) {
        setHeaderTitle(getTranslation("moderation.report.title"));
        reason.setLabel(getTranslation("moderation.report.reason"));
        send.setText(getTranslation("moderation.report.send"));
        reason.setMaxLength(Reports.MAX_REASON);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("moderation.report.helper"));
        add(new Paragraph(getTranslation("moderation.report.intro")), reason);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                reports.report(target, reason.getValue());
                Notification.show(getTranslation("moderation.report.thanks"));
                close();
            } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(e.messageIn(getLocale()));
            } catch (NotFoundException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("moderation.report.gone"));
            }
        });
        Button cancel = new Button(getTranslation("moderation.reason.cancel"), click -> close());
        getFooter().add(cancel, send);
    }
}
