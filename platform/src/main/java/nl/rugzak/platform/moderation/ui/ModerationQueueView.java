package nl.rugzak.platform.moderation.ui;

import nl.rugzak.tenantadmin.text.UserText;

import nl.rugzak.tenantadmin.time.Dates;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.rugzak.platform.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.moderation.ModeratedItem;
import nl.rugzak.platform.moderation.Moderation;
import nl.rugzak.platform.moderation.ModerationPolicies;
import nl.rugzak.platform.moderation.ModerationQueue;
import nl.rugzak.platform.moderation.ModulePolicy;
import nl.rugzak.platform.moderation.OpenReport;
import nl.rugzak.platform.moderation.ResidentBlock;
import nl.rugzak.platform.moderation.ResidentBlocks;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * The moderators' desk: what waits for approval, open reports, recently hidden items, blocked residents, and per
 * module whether new items and comments are moderated before or after they appear. Every decision asks a reason.
 * Residents' texts and names are shown as text only.
 */
@Route(value = "beheer/moderatie", layout = StaffLayout.class)
@RolesAllowed({"moderator", "tenant-admin"})
public class ModerationQueueView extends Div implements HasDynamicTitle {


    private final Moderation moderation;
    private final ModerationPolicies policies;
    private final Div message = new Div();
    private final Div content = new Div();

    public ModerationQueueView(Moderation moderation, ModerationPolicies policies) {
        this.moderation = moderation;
        this.policies = policies;
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("moderation.queue.title")), message, content);
        refresh();
    }

    /** The last confirmation or error shown at the top. */
    public String message() {
        return message.getText();
    }

    /** Reloads everything from the server. */
    public void refresh() {
        content.removeAll();
        ModerationQueue queue = moderation.queue();

        content.add(new H2(getTranslation("moderation.queue.pending", queue.pending().size())));
        if (queue.pending().isEmpty()) {
            content.add(new Paragraph(getTranslation("moderation.queue.pending-none")));
        }
        for (ModeratedItem item : queue.pending()) {
            Div card = card(item);
            Button approve = new Button(getTranslation("moderation.queue.approve"), click -> act(() -> moderation.approve(item.ref()),
                    getTranslation("moderation.queue.approved")));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new Div(approve, hideButton(item), blockButton(item)));
            content.add(card);
        }

        content.add(new H2(getTranslation("moderation.queue.reports", queue.reports().size())));
        if (queue.reports().isEmpty()) {
            content.add(new Paragraph(getTranslation("moderation.queue.reports-none")));
        }
        for (OpenReport report : queue.reports()) {
            Div card = card(report.item());
            card.add(new Paragraph(getTranslation("moderation.queue.reported-by", UserText.isolate(report.reporterName()),
                    when(report.reportedAt()), UserText.isolate(report.reason()))));
            Button dismiss = new Button(getTranslation("moderation.queue.dismiss"), click -> new ReasonDialog(
                    getTranslation("moderation.dismiss.title"), getTranslation("moderation.dismiss.explanation"),
                    getTranslation("moderation.dismiss.confirm"), false,
                    (reason, until) -> moderation.resolveReport(report.id(), reason),
                    () -> done(getTranslation("moderation.dismiss.done"))).open());
            card.add(new Div(hideButton(report.item()), dismiss, blockButton(report.item())));
            content.add(card);
        }

        var hidden = moderation.recentlyHidden();
        content.add(new H2(getTranslation("moderation.queue.hidden", hidden.size())));
        for (ModeratedItem item : hidden) {
            Div card = card(item);
            card.add(new Button(getTranslation("moderation.restore.button"), click -> new ReasonDialog(
                    getTranslation("moderation.restore.title"), getTranslation("moderation.restore.explanation"),
                    getTranslation("moderation.restore.confirm"), false,
                    (reason, until) -> moderation.restore(item.ref(), reason),
                    () -> done(getTranslation("moderation.restore.done"))).open()));
            content.add(card);
        }

        var blocks = moderation.activeBlocks();
        content.add(new H2(getTranslation("moderation.queue.blocked", blocks.size())));
        for (ResidentBlock block : blocks) {
            Div card = new Div();
            card.addClassName("rugzak-moderation-card");
            card.add(new H3(block.residentName()), new Paragraph(ResidentBlocks.message(block, getLocale())));
            card.add(new Button(getTranslation("moderation.unblock.button"), click -> new ReasonDialog(
                    getTranslation("moderation.unblock.title"),
                    getTranslation("moderation.unblock.explanation", UserText.isolate(block.residentName())),
                    getTranslation("moderation.unblock.confirm"), false,
                    (reason, until) -> moderation.unblock(block.residentSubject(), reason),
                    () -> done(getTranslation("moderation.unblock.done"))).open()));
            content.add(card);
        }

        content.add(new H2(getTranslation("moderation.policies.title")));
        content.add(new Paragraph(getTranslation("moderation.policies.intro")));
        for (ModulePolicy policy : policies.all()) {
            content.add(policyRow(policy));
        }
    }

    private Component policyRow(ModulePolicy policy) {
        Checkbox items = new Checkbox(getTranslation("moderation.policies.items"), policy.itemsPremoderated());
        items.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != policy.itemsPremoderated()) {
                act(() -> policies.setItemsPremoderated(policy.module(), change.getValue()),
                        getTranslation("moderation.policies.saved"));
            }
        });
        Checkbox comments = new Checkbox(getTranslation("moderation.policies.comments"), policy.commentsPremoderated());
        comments.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != policy.commentsPremoderated()) {
                act(() -> policies.setCommentsPremoderated(policy.module(), change.getValue()),
                        getTranslation("moderation.policies.saved"));
            }
        });
        // A module without a name in the bundles still gets its row, under its id.
        String nameKey = "moderation.module." + policy.module();
        String name = Texts.find(getLocale(), nameKey).orElse(policy.module());
        Div row = new Div(new H3(name), items, comments);
        row.addClassName("rugzak-moderation-policy");
        row.setId("beleid-" + policy.module());
        return row;
    }

    private Button hideButton(ModeratedItem item) {
        Button hide = new Button(getTranslation("moderation.hide.button"), click -> new ReasonDialog(
                getTranslation("moderation.hide.title"), getTranslation("moderation.hide.explanation"),
                getTranslation("moderation.hide.confirm"),
                false, (reason, until) -> moderation.hide(item.ref(), reason),
                () -> done(getTranslation("moderation.hide.done"))).open());
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return hide;
    }

    private Button blockButton(ModeratedItem item) {
        return new Button(getTranslation("moderation.block.button"), click -> new ReasonDialog(
                getTranslation("moderation.block.title"),
                getTranslation("moderation.block.explanation", UserText.isolate(item.authorName())),
                getTranslation("moderation.block.confirm"), true,
                (reason, until) -> moderation.block(item.authorSubject(), reason, until),
                () -> done(getTranslation("moderation.block.done"))).open());
    }

    private Div card(ModeratedItem item) {
        Div card = new Div();
        card.addClassName("rugzak-moderation-card");
        card.add(new H3(item.titleKey() == null ? item.title() : getTranslation(item.titleKey(), UserText.isolate(item.title()))));
        card.add(new Paragraph(new Span(getTranslation("moderation.card.by", UserText.isolate(item.authorName()), when(item.createdAt())))));
        card.add(new Paragraph(item.excerpt()));
        if (item.link() != null && item.link().startsWith("/") && !item.link().startsWith("//")) {
            card.add(new Anchor(item.link(), getTranslation("moderation.card.view")));
        }
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            done(done);
        } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
            message.setText(e.messageIn(getLocale()));
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            message.setText(getTranslation("moderation.gone"));
            refresh();
        }
    }

    private String when(Instant at) {
        return Dates.stamp(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }

    private void done(String text) {
        refresh();
        message.setText(text);
    }
}
