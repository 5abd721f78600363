package nl.rugzak.tenantadmin.console.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.billing.TenantBilling;
import nl.rugzak.tenantadmin.billing.ui.BillingSummary;
import nl.rugzak.tenantadmin.exchange.TenantExchange;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.LifecycleException;
import nl.rugzak.tenantadmin.lifecycle.TenantLifecycle;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ui.ModuleChooser;
import nl.rugzak.tenantadmin.registry.Tenant;
import nl.rugzak.tenantadmin.registry.TenantDomain;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.registry.TenantStatus;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantId;

/** One municipality: its state, its configuration (applied on the next request) and what the lab may do with it. */
@ControlPlaneView
@Route(value = "tenantbeheer/gemeente/:slug", layout = LabLayout.class)
@PageTitle("Gemeente – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class TenantDetailView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final TenantRegistry registry;
    private final TenantLifecycle lifecycle;
    private final TenantSettings settings;
    private final TenantExchange exchange;
    private final ModuleCatalogue catalogue;
    private final TenantBilling billing;
    final Paragraph message = new Paragraph();
    private TenantId id;

    public TenantDetailView(TenantRegistry registry, TenantLifecycle lifecycle, TenantSettings settings,
                            TenantExchange exchange, ModuleCatalogue catalogue, TenantBilling billing) {
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
        add(new Paragraph("Status: " + TenantStatusLabels.dutch(tenant.status())
                + (tenant.deletionDueAt() == null ? "" : " – wordt definitief verwijderd op " + DATE.format(tenant.deletionDueAt()))));
        add(new Paragraph("Laatste export: " + (tenant.lastExportAt() == null ? "nog nooit" : DATE.format(tenant.lastExportAt()))));
        add(lifecycleActions(tenant), BillingSummary.of(billing, id), domains(tenant), modules(tenant),
                languagesAndContact(tenant));
        add(new com.vaadin.flow.router.RouterLink("Huisstijl bewerken", nl.rugzak.tenantadmin.theming.ui.LabThemeView.class,
                new com.vaadin.flow.router.RouteParameters("slug", tenant.id().slug())));
    }

    private Div lifecycleActions(Tenant tenant) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        TenantStatus status = tenant.status();
        if (status == TenantStatus.ACTIVE) {
            buttons.add(action("Opschorten", () -> lifecycle.suspend(id), "De gemeente is opgeschort."));
        }
        if (status == TenantStatus.SUSPENDED) {
            buttons.add(action("Hervatten", () -> lifecycle.resume(id), "De gemeente is weer actief."));
        }
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            buttons.add(action("Archiveren", () -> lifecycle.archive(id), "De gemeente is gearchiveerd."));
        }
        if (status == TenantStatus.ARCHIVED) {
            buttons.add(action("Weer actief maken", () -> lifecycle.reactivate(id), "De gemeente is weer actief."));
        }
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = exchange.export(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), "rugzak-" + id.slug() + ".zip", "application/zip", zip.length);
        }), "Export downloaden (zip)");
        export.getElement().setAttribute("download", true);
        buttons.add(export);
        if (status == TenantStatus.DELETED) {
            buttons.add(action("Verwijdering ongedaan maken", () -> lifecycle.undoDeletion(id), "De verwijdering is ongedaan gemaakt."));
        } else if (status != TenantStatus.PROVISIONING) {
            Button delete = new Button("Verwijderen…", click -> confirmDeletion());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        return new Div(new H2("Levensloop"), buttons);
    }

    private void confirmDeletion() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Gemeente verwijderen");
        TextField typed = new TextField("Typ ter bevestiging de korte naam: " + id.slug());
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        Button confirm = new Button("Verwijderen", click -> {
            try {
                lifecycle.requestDeletion(id, typed.getValue());
                dialog.close();
                message.setText("De gemeente wordt na " + lifecycle.gracePeriod().toDays()
                        + " dagen definitief verwijderd. Tot dan kunt u dit ongedaan maken.");
                render();
            } catch (LifecycleException e) {
                problem.setText(e.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("De site gaat meteen dicht voor bewoners. Na " + lifecycle.gracePeriod().toDays()
                + " dagen worden de gegevens, de databaserol en de inlogomgeving gewist."), typed, problem);
        dialog.getFooter().add(new Button("Annuleren", click -> dialog.close()), confirm);
        dialog.open();
    }

    private Div domains(Tenant tenant) {
        UnorderedList list = new UnorderedList();
        for (TenantDomain domain : tenant.domains()) {
            ListItem item = new ListItem(domain.host() + (domain.primary() ? " (hoofddomein)" : ""));
            if (!domain.primary()) {
                item.add(action("Hoofddomein maken", () -> settings.makePrimary(id, domain.host()), "Hoofddomein gewijzigd."),
                        action("Verwijderen", () -> settings.removeAlias(id, domain.host()), "Domein verwijderd."));
            }
            list.add(item);
        }
        TextField newHost = new TextField("Domein toevoegen");
        Button add = new Button("Toevoegen", click -> run(() -> settings.addAlias(id, newHost.getValue()), "Domein toegevoegd."));
        return new Div(new H2("Domeinen"), list, new HorizontalLayout(newHost, add));
    }

    private Div modules(Tenant tenant) {
        ModuleChooser chooser = new ModuleChooser(catalogue, tenant.modules(),
                chosen -> run(() -> settings.setModules(id, chosen), "Modules opgeslagen."));
        return new Div(new H2("Participatiemodules"), chooser);
    }

    private Div languagesAndContact(Tenant tenant) {
        CheckboxGroup<String> languages = new CheckboxGroup<>("Talen");
        languages.setItems("nl", "en");
        languages.setItemLabelGenerator(code -> code.equals("nl") ? "Nederlands" : "Engels");
        languages.setValue(Set.copyOf(tenant.locales()));
        Button saveLanguages = new Button("Talen opslaan", click -> run(() -> settings.setLocales(id,
                List.of("nl", "en").stream().filter(languages.getValue()::contains).toList()), "Talen opgeslagen."));
        EmailField email = new EmailField("E-mailadres voor bewoners");
        email.setValue(tenant.contact().email() == null ? "" : tenant.contact().email());
        TextField phone = new TextField("Telefoonnummer");
        phone.setValue(tenant.contact().phone() == null ? "" : tenant.contact().phone());
        Button saveContact = new Button("Contactgegevens opslaan", click -> run(() -> settings.setContact(id,
                new Tenant.Contact(email.getValue(), phone.getValue())), "Contactgegevens opgeslagen."));
        return new Div(new H2("Talen en contact"), languages, saveLanguages, email, phone, saveContact);
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
            message.setText(e.getMessage());
        }
    }
}
