package nl.rugzak.tenantadmin.console.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogin;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.modules.ModuleCatalogue;
import nl.rugzak.tenantadmin.modules.ParticipationModule;
import nl.rugzak.tenantadmin.provisioning.FirstAdmin;
import nl.rugzak.tenantadmin.provisioning.NewTenant;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRequest;
import nl.rugzak.tenantadmin.provisioning.TenantValidationException;
import nl.rugzak.tenantadmin.registry.TenantNaming;

/** Adding a municipality: every field is checked (with a message at the field) before anything is created. */
@ControlPlaneView
@LabMenuEntry(labelKey = "console.layout.new-tenant", order = 20)
@Route(value = "tenantbeheer/nieuw", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class NewTenantView extends Main implements HasDynamicTitle {

    final TextField displayName = new TextField(getTranslation("console.new.display-name"));
    final TextField slug = new TextField(getTranslation("console.new.slug"));
    final TextField primaryHost = new TextField(getTranslation("console.new.primary-host"));
    final TextArea aliasHosts = new TextArea(getTranslation("console.new.alias-hosts"));
    final CheckboxGroup<String> locales = new CheckboxGroup<>(getTranslation("console.new.languages"));
    final CheckboxGroup<ParticipationModule> modules = new CheckboxGroup<>(getTranslation("console.new.modules"));
    final TextField adminFirstName = new TextField(getTranslation("console.new.admin-first-name"));
    final TextField adminLastName = new TextField(getTranslation("console.new.admin-last-name"));
    final EmailField adminEmail = new EmailField(getTranslation("console.new.admin-email"));
    final Paragraph formProblem = new Paragraph();
    final Button create = new Button(getTranslation("console.new.create"));
    private boolean slugEdited;

    /** Shown only when the lab has more than one database cluster. */
    final Select<String> cluster = new Select<>();

    public NewTenantView(ProvisioningPipeline pipeline, ModuleCatalogue catalogue, DatabaseClusters clusters) {
        setId("main-content");
        addClassName("rugzak-page");
        add(new H1(getTranslation("console.new.title")));
        add(new Paragraph(getTranslation("console.new.intro")));

        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);
        displayName.setPlaceholder(getTranslation("console.new.display-name-placeholder"));
        displayName.addValueChangeListener(e -> {
            if (!slugEdited && e.isFromClient()) {
                slug.setValue(TenantNaming.suggestSlug(e.getValue()));
            }
        });
        slug.setRequiredIndicatorVisible(true);
        slug.setMaxLength(40);
        slug.setHelperText(getTranslation("console.new.slug-help"));
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());
        primaryHost.setRequiredIndicatorVisible(true);
        primaryHost.setPlaceholder(getTranslation("console.new.primary-host-placeholder"));
        locales.setItems("nl", "en");
        locales.setItemLabelGenerator(code -> code.equals("nl") ? getTranslation("console.language.nl")
                : getTranslation("console.language.en"));
        locales.setValue(Set.of("nl", "en"));
        modules.setItems(catalogue.all());
        modules.setItemLabelGenerator(module -> module.name(getLocale()));
        adminFirstName.setRequiredIndicatorVisible(true);
        adminLastName.setRequiredIndicatorVisible(true);
        adminEmail.setRequiredIndicatorVisible(true);
        formProblem.getElement().setAttribute("role", "alert");
        formProblem.addClassName("rugzak-error");

        FormLayout municipality = new FormLayout(displayName, slug, primaryHost, aliasHosts, locales);
        if (!catalogue.all().isEmpty()) {
            municipality.add(modules);
        }
        List<String> clusterNames = clusters.names();
        cluster.setLabel(getTranslation("clusters.field"));
        cluster.setHelperText(getTranslation("clusters.field.help"));
        cluster.setItems(clusterNames);
        cluster.setValue(DatabaseLogin.DEFAULT_CLUSTER);
        if (clusterNames.size() > 1) {
            municipality.add(cluster);
        }
        FormLayout admin = new FormLayout(adminFirstName, adminLastName, adminEmail);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> submit(pipeline, catalogue, clusters));
        add(new H2(getTranslation("console.new.municipality")), municipality, new H2(getTranslation("console.new.first-admin")),
                new Paragraph(getTranslation("console.new.first-admin-intro")), admin, formProblem, create);
    }

    private void submit(ProvisioningPipeline pipeline, ModuleCatalogue catalogue, DatabaseClusters clusters) {
        clearProblems();
        List<String> aliases = Arrays.stream(aliasHosts.getValue().split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        List<String> chosenLocales = List.of("nl", "en").stream().filter(locales.getValue()::contains).toList();
        ProvisioningRequest request = new ProvisioningRequest(
                new NewTenant(slug.getValue().trim(), displayName.getValue(), primaryHost.getValue().trim(), aliases,
                        chosenLocales),
                new FirstAdmin(adminFirstName.getValue().trim(), adminLastName.getValue().trim(), adminEmail.getValue().trim()),
                catalogue.all().stream().filter(modules.getValue()::contains).map(ParticipationModule::id).toList());
        try {
            // A malformed slug is the pipeline's to report; a well-formed one is placed before its schema is made.
            if (TenantId.isWellFormed(request.tenant().slug()) && cluster.getValue() != null) {
                clusters.place(new TenantId(request.tenant().slug()), cluster.getValue());
            }
            long run = pipeline.start(request);
            getUI().ifPresent(ui -> ui.navigate(ProvisioningView.class, new RouteParameters("run", String.valueOf(run))));
        } catch (TenantValidationException e) {
            show(e.problemsIn(getLocale()));
        }
    }

    private void show(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "slug", slug, "primaryHost", primaryHost,
                "aliasHosts", aliasHosts, "locales", locales, "adminFirstName", adminFirstName,
                "adminLastName", adminLastName, "adminEmail", adminEmail);
        problems.forEach((field, message) -> {
            HasValidation input = fields.get(field);
            if (input != null) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            }
        });
        formProblem.setText(problems.containsKey("cap") ? problems.get("cap")
                : getTranslation("console.new.form-problem"));
        formProblem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.new.page-title");
    }

    private void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(displayName, slug, primaryHost, aliasHosts, locales,
                adminFirstName, adminLastName, adminEmail)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        formProblem.setText("");
        formProblem.setVisible(false);
    }
}
