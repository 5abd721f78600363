package nl.rugzak.platform.moderation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import com.vaadin.flow.router.PageTitle;
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

/**
 * The moderators' desk: what waits for approval, open reports, recently hidden items, blocked residents, and per
 * module whether new items and comments are moderated before or after they appear. Every decision asks a reason.
 * Residents' texts and names are shown as text only.
 */
@Route(value = "beheer/moderatie", layout = StaffLayout.class)
@PageTitle("Moderatie")
@RolesAllowed({"moderator", "tenant-admin"})
public class ModerationQueueView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private final Moderation moderation;
    private final ModerationPolicies policies;
    private final Div message = new Div();
    private final Div content = new Div();

    public ModerationQueueView(Moderation moderation, ModerationPolicies policies) {
        this.moderation = moderation;
        this.policies = policies;
        message.getElement().setAttribute("role", "status");
        add(new H1("Moderatie"), message, content);
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

        content.add(new H2("Wacht op goedkeuring (" + queue.pending().size() + ")"));
        if (queue.pending().isEmpty()) {
            content.add(new Paragraph("Er wacht niets op goedkeuring."));
        }
        for (ModeratedItem item : queue.pending()) {
            Div card = card(item);
            Button approve = new Button("Goedkeuren", click -> act(() -> moderation.approve(item.ref()),
                    "Goedgekeurd: iedereen ziet het nu."));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new Div(approve, hideButton(item), blockButton(item)));
            content.add(card);
        }

        content.add(new H2("Meldingen (" + queue.reports().size() + ")"));
        if (queue.reports().isEmpty()) {
            content.add(new Paragraph("Er zijn geen open meldingen."));
        }
        for (OpenReport report : queue.reports()) {
            Div card = card(report.item());
            card.add(new Paragraph("Gemeld door " + report.reporterName() + " op " + WHEN.format(report.reportedAt())
                    + ". Reden: " + report.reason()));
            Button dismiss = new Button("Afhandelen zonder actie", click -> new ReasonDialog("Melding afhandelen",
                    "De melding wordt gesloten; het bericht blijft zichtbaar.", "Afhandelen", false,
                    (reason, until) -> moderation.resolveReport(report.id(), reason),
                    () -> done("De melding is afgehandeld.")).open());
            card.add(new Div(hideButton(report.item()), dismiss, blockButton(report.item())));
            content.add(card);
        }

        var hidden = moderation.recentlyHidden();
        content.add(new H2("Onlangs verborgen (" + hidden.size() + ")"));
        for (ModeratedItem item : hidden) {
            Div card = card(item);
            card.add(new Button("Terugzetten", click -> new ReasonDialog("Terugzetten",
                    "Het bericht wordt weer voor iedereen zichtbaar. De schrijver ziet uw reden.", "Terugzetten", false,
                    (reason, until) -> moderation.restore(item.ref(), reason),
                    () -> done("Teruggezet: iedereen ziet het weer.")).open()));
            content.add(card);
        }

        var blocks = moderation.activeBlocks();
        content.add(new H2("Geblokkeerde bewoners (" + blocks.size() + ")"));
        for (ResidentBlock block : blocks) {
            Div card = new Div();
            card.addClassName("rugzak-moderation-card");
            card.add(new H3(block.residentName()), new Paragraph(ResidentBlocks.message(block)));
            card.add(new Button("Blokkade opheffen", click -> new ReasonDialog("Blokkade opheffen",
                    block.residentName() + " kan daarna weer berichten plaatsen.", "Opheffen", false,
                    (reason, until) -> moderation.unblock(block.residentSubject(), reason),
                    () -> done("De blokkade is opgeheven.")).open()));
            content.add(card);
        }

        content.add(new H2("Instellingen per onderdeel"));
        content.add(new Paragraph("Vooraf modereren: nieuwe berichten verschijnen pas na goedkeuring. "
                + "Anders verschijnen ze meteen en kunt u ze achteraf verbergen."));
        for (ModulePolicy policy : policies.all()) {
            content.add(policyRow(policy));
        }
    }

    private Component policyRow(ModulePolicy policy) {
        Checkbox items = new Checkbox("Nieuwe items vooraf modereren", policy.itemsPremoderated());
        items.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != policy.itemsPremoderated()) {
                act(() -> policies.setItemsPremoderated(policy.module(), change.getValue()), "Instelling opgeslagen.");
            }
        });
        Checkbox comments = new Checkbox("Nieuwe reacties vooraf modereren", policy.commentsPremoderated());
        comments.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != policy.commentsPremoderated()) {
                act(() -> policies.setCommentsPremoderated(policy.module(), change.getValue()), "Instelling opgeslagen.");
            }
        });
        Div row = new Div(new H3(policy.module()), items, comments);
        row.addClassName("rugzak-moderation-policy");
        row.setId("beleid-" + policy.module());
        return row;
    }

    private Button hideButton(ModeratedItem item) {
        Button hide = new Button("Verbergen", click -> new ReasonDialog("Verbergen",
                "Alleen de schrijver en moderatoren zien het daarna nog. De schrijver ziet uw reden.", "Verbergen",
                false, (reason, until) -> moderation.hide(item.ref(), reason),
                () -> done("Verborgen. De schrijver ziet uw reden.")).open());
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return hide;
    }

    private Button blockButton(ModeratedItem item) {
        return new Button("Schrijver blokkeren", click -> new ReasonDialog("Schrijver blokkeren",
                item.authorName() + " kan dan op deze site niets plaatsen. Hij of zij ziet uw reden en de einddatum.",
                "Blokkeren", true, (reason, until) -> moderation.block(item.authorSubject(), reason, until),
                () -> done("De schrijver is geblokkeerd.")).open());
    }

    private Div card(ModeratedItem item) {
        Div card = new Div();
        card.addClassName("rugzak-moderation-card");
        card.add(new H3(item.title()));
        card.add(new Paragraph(new Span("Door " + item.authorName() + ", " + WHEN.format(item.createdAt()))));
        card.add(new Paragraph(item.excerpt()));
        if (item.link() != null && item.link().startsWith("/") && !item.link().startsWith("//")) {
            card.add(new Anchor(item.link(), "Bekijken op de site"));
        }
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            done(done);
        } catch (ContentRejectedException | TenantWriteGuard.ReadOnlyException e) {
            message.setText(e.getMessage());
        } catch (nl.rugzak.platform.content.NotFoundException e) {
            message.setText("Dit bestaat niet meer.");
            refresh();
        }
    }

    private void done(String text) {
        refresh();
        message.setText(text);
    }
}
