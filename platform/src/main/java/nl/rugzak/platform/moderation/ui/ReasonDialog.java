package nl.rugzak.platform.moderation.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.content.NotFoundException;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;

/** Asks a moderator for the reason of a decision (and, for a block, an optional end date) before it is made. */
public class ReasonDialog extends Dialog {

    interface Decision {
        void make(String reason, LocalDate until);
    }

    public final TextArea reason = new TextArea();
    public final DatePicker until = new DatePicker();
    public final Button confirm;

    ReasonDialog(String title, String explanation, String confirmText, boolean withEndDate, Decision decision,
                 Runnable afterwards) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("moderation.reason.label"));
        until.setLabel(getTranslation("moderation.reason.until"));
        reason.setMaxLength(Moderation.MAX_REASON);
        reason.setWidthFull();
        add(new Paragraph(explanation), reason);
        if (withEndDate) {
            until.setWidthFull();
            add(until);
        }
        confirm = new Button(confirmText, click -> {
            try {
                decision.make(reason.getValue(), withEndDate ? until.getValue() : null);
                close();
                afterwards.run();
            } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(e.messageIn(getLocale()));
            } catch (NotFoundException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("moderation.gone"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("moderation.reason.cancel"), click -> close()), confirm);
    }
}
