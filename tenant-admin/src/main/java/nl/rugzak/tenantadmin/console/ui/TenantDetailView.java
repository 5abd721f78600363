package nl.rugzak.tenantadmin.console.ui;

import nl.rugzak.tenantadmin.time.Dates;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.billing.ui.BillingSummary;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.exchange.TenantMove;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.LifecycleException;
import nl.rugzak.tenantadmin.mail.MailIdentities;
import nl.rugzak.tenantadmin.mail.MailIdentity;
import nl.rugzak.tenantadmin.lifecycle.TenantLifecycle;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ui.ModuleChooser;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantDomain;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;

/** One municipality: its state, its configuration (applied on the next request) and what the lab may do with it. */
@ControlPlaneView
@Route(value = "tenantbeheer/gemeente/:slug", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final TenantLifecycle lifecycle;
    private final TenantSettings settings;
    private final TenantExchange exchange;
    private final ModuleCatalogue catalogue;
    private final TenantBilling billing;
    private final MailIdentities mailIdentities;
    private final DatabaseClusters clusters;
    private final TenantMove move;
    ClusterMoveSection clusterSection;
    final Paragraph message = new Paragraph();
    private TenantId id;

    public TenantDetailView(TenantRegistry registry, TenantLifecycle lifecycle, TenantSettings settings,
                            TenantExchange exchange, ModuleCatalogue catalogue, TenantBilling billing,
                            MailIdentities mailIdentities, DatabaseClusters clusters, TenantMove move) {
        this.mailIdentities = mailIdentities;
        this.clusters = clusters;
        this.move = move;
        this.catalogue = catalogue;
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.exchange = exchange;
        this.billing = billing;
        setId("main-content");
        addClassName("rugzak-page");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = registry.findBySlug(event.getRouteParameters().get("slug").orElse(""));
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = tenant.get().id();
        render();
    }

    void render() {
        Tenant tenant = registry.find(id).orElseThrow();
        removeAll();
        add(new H1(tenant.displayName()), message);
        String status = TenantStatusLabels.label(getLocale(), tenant.status());
        add(new Paragraph(tenant.deletionDueAt() == null ? getTranslation("console.detail.status", status)
                : getTranslation("console.detail.status-deleting", status, Dates.shortMoment(tenant.deletionDueAt(), getLocale()))));
        add(new Paragraph(getTranslation("console.detail.last-export", tenant.lastExportAt() == null
                ? getTranslation("console.detail.never") : Dates.shortMoment(tenant.lastExportAt(), getLocale()))));
        add(lifecycleActions(tenant), BillingSummary.of(billing, id), domains(tenant), modules(tenant),
                languagesAndContact(tenant), mailIdentity(tenant));
        if (tenant.status() != TenantStatus.PROVISIONING && tenant.status() != TenantStatus.DELETED) {
            clusterSection = new ClusterMoveSection(id, clusters, move, outcome -> {
                render();
                message.setText(outcome);
            });
            add(clusterSection);
        }
        add(new com.vaadin.flow.router.RouterLink(getTranslation("console.detail.edit-theme"), nl.rugzak.tenantadmin.theming.ui.LabThemeView.class,
                new com.vaadin.flow.router.RouteParameters("slug", tenant.id().slug())));
    }

    private Div lifecycleActions(Tenant tenant) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        TenantStatus status = tenant.status();
        if (status == TenantStatus.ACTIVE) {
            buttons.add(action(getTranslation("console.detail.suspend"), () -> lifecycle.suspend(id), getTranslation("console.detail.suspended")));
        }
        if (status == TenantStatus.SUSPENDED) {
            buttons.add(action(getTranslation("console.detail.resume"), () -> lifecycle.resume(id), getTranslation("console.detail.active-again")));
        }
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            buttons.add(action(getTranslation("console.detail.archive"), () -> lifecycle.archive(id), getTranslation("console.detail.archived")));
        }
        if (status == TenantStatus.ARCHIVED) {
            buttons.add(action(getTranslation("console.detail.reactivate"), () -> lifecycle.reactivate(id), getTranslation("console.detail.active-again")));
        }
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = exchange.export(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), "rugzak-" + id.slug() + ".zip", "application/zip", zip.length);
        }), getTranslation("console.detail.export"));
        export.getElement().setAttribute("download", true);
        buttons.add(export);
        if (status == TenantStatus.DELETED) {
            buttons.add(action(getTranslation("console.detail.undo-delete"), () -> lifecycle.undoDeletion(id),
                    getTranslation("console.detail.delete-undone")));
        } else if (status != TenantStatus.PROVISIONING) {
            Button delete = new Button(getTranslation("console.detail.delete-ellipsis"), click -> confirmDeletion());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        return new Div(new H2(getTranslation("console.detail.lifecycle")), buttons);
    }

    private void confirmDeletion() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("console.detail.delete-title"));
        TextField typed = new TextField(getTranslation("console.detail.delete-type-slug", id.slug()));
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        Button confirm = new Button(getTranslation("console.detail.delete"), click -> {
            try {
                lifecycle.requestDeletion(id, typed.getValue());
                dialog.close();
                message.setText(getTranslation("console.detail.delete-scheduled", lifecycle.gracePeriod().toDays()));
                render();
            } catch (LifecycleException e) {
                problem.setText(e.messageIn(getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("console.detail.delete-warning", lifecycle.gracePeriod().toDays())), typed, problem);
        dialog.getFooter().add(new Button(getTranslation("console.detail.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private Div domains(Tenant tenant) {
        UnorderedList list = new UnorderedList();
        for (TenantDomain domain : tenant.domains()) {
            ListItem item = new ListItem(domain.primary()
                    ? getTranslation("console.detail.primary-domain", domain.host()) : domain.host());
            if (!domain.primary()) {
                item.add(action(getTranslation("console.detail.make-primary"), () -> settings.makePrimary(id, domain.host()),
                                getTranslation("console.detail.primary-changed")),
                        action(getTranslation("console.detail.delete"), () -> settings.removeAlias(id, domain.host()),
                                getTranslation("console.detail.domain-removed")));
            }
            list.add(item);
        }
        TextField newHost = new TextField(getTranslation("console.detail.add-domain"));
        Button add = new Button(getTranslation("console.detail.add"), click -> run(() -> settings.addAlias(id, newHost.getValue()),
                getTranslation("console.detail.domain-added")));
        return new Div(new H2(getTranslation("console.detail.domains")), list, new HorizontalLayout(newHost, add));
    }

    private Div modules(Tenant tenant) {
        ModuleChooser chooser = new ModuleChooser(catalogue, tenant.modules(),
                chosen -> run(() -> settings.setModules(id, chosen), getTranslation("console.detail.modules-saved")));
        return new Div(new H2(getTranslation("console.detail.modules")), chooser);
    }

    private Div languagesAndContact(Tenant tenant) {
        CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("console.detail.languages"));
        languages.setItems("nl", "en");
        languages.setItemLabelGenerator(code -> code.equals("nl") ? getTranslation("console.language.nl")
                : getTranslation("console.language.en"));
        languages.setValue(Set.copyOf(tenant.locales()));
        Button saveLanguages = new Button(getTranslation("console.detail.save-languages"), click -> run(() -> settings.setLocales(id,
                List.of("nl", "en").stream().filter(languages.getValue()::contains).toList()),
                getTranslation("console.detail.languages-saved")));
        EmailField email = new EmailField(getTranslation("console.detail.contact-email"));
        email.setValue(tenant.contact().email() == null ? "" : tenant.contact().email());
        TextField phone = new TextField(getTranslation("console.detail.contact-phone"));
        phone.setValue(tenant.contact().phone() == null ? "" : tenant.contact().phone());
        Button saveContact = new Button(getTranslation("console.detail.save-contact"), click -> run(() -> settings.setContact(id,
                new Tenant.Contact(email.getValue(), phone.getValue())), getTranslation("console.detail.contact-saved")));
        return new Div(new H2(getTranslation("console.detail.languages-and-contact")), languages, saveLanguages, email, phone, saveContact);
    }

    /** How the municipality signs its mail; the fields show what mail uses now (the defaults until the lab sets them). */
    private Div mailIdentity(Tenant tenant) {
        MailIdentity current = mailIdentities.of(tenant.id());
        TextField sender = new TextField(getTranslation("console.detail.mail-sender"));
        sender.setValue(current.senderName());
        EmailField from = new EmailField(getTranslation("console.detail.mail-from"));
        from.setValue(current.fromAddress());
        EmailField replyTo = new EmailField(getTranslation("console.detail.mail-reply-to"));
        replyTo.setValue(current.replyTo() == null ? "" : current.replyTo());
        TextArea footer = new TextArea(getTranslation("console.detail.mail-footer"));
        footer.setValue(current.footer() == null ? "" : current.footer());
        footer.setWidthFull();
        Button save = new Button(getTranslation("console.detail.save-mail"), click -> run(() -> settings.setMailIdentity(id,
                new MailIdentity(sender.getValue(), from.getValue(), replyTo.getValue(), footer.getValue())),
                getTranslation("console.detail.mail-saved")));
        save.setId("save-mail-identity");
        return new Div(new H2(getTranslation("console.detail.mail")), new Paragraph(getTranslation("console.detail.mail-intro")),
                sender, from, replyTo, footer, save);
    }

    private Button action(String label, Runnable work, String done) {
        return new Button(label, click -> run(work, done));
    }

    private void run(Runnable work, String done) {
        try {
            work.run();
            render();
            message.setText(done);
        } catch (LifecycleException | TenantSettings.SettingsException | TenantExchange.ExchangeException e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return (id == null ? java.util.Optional.<Tenant>empty() : registry.find(id)).map(t -> getTranslation("console.detail.page-title-of", t.displayName()))
                .orElseGet(() -> getTranslation("console.detail.page-title"));
    }
}
