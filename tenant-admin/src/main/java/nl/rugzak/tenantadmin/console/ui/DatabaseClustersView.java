package nl.rugzak.tenantadmin.console.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;

/**
 * The PostgreSQL clusters municipalities can live on, and a form to add one. The service checks the login before
 * anything is stored; a refusal is shown at the field it is about.
 */
@ControlPlaneView
@LabMenuEntry(labelKey = "clusters.menu", order = 35)
@Route(value = "tenantbeheer/databases", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class DatabaseClustersView extends Main implements HasDynamicTitle {

    final Grid<DatabaseClusters.Overview> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField jdbcUrl = new TextField();
    final TextField adminUser = new TextField();
    final PasswordField adminPassword = new PasswordField();
    final Button register = new Button();
    final Paragraph message = new Paragraph();
    private final DatabaseClusters clusters;

    public DatabaseClustersView(DatabaseClusters clusters) {
        this.clusters = clusters;
        setId("main-content");
        addClassName("rugzak-page-wide");
        message.getElement().setAttribute("role", "status");
        grid.addColumn(DatabaseClusters.Overview::name).setHeader(getTranslation("clusters.column.name"));
        grid.addColumn(c -> c.isDefault() ? getTranslation("clusters.own-database") : c.address())
                .setHeader(getTranslation("clusters.column.address")).setFlexGrow(3);
        grid.addColumn(DatabaseClusters.Overview::tenants).setHeader(getTranslation("clusters.column.tenants"));
        grid.setAriaLabel(getTranslation("clusters.title"));
        grid.setAllRowsVisible(true);

        name.setLabel(getTranslation("clusters.form.name"));
        name.setHelperText(getTranslation("clusters.form.name.help"));
        jdbcUrl.setLabel(getTranslation("clusters.form.url"));
        jdbcUrl.setPlaceholder("jdbc:postgresql://db2.example:5432/rugzak");
        jdbcUrl.setWidthFull();
        adminUser.setLabel(getTranslation("clusters.form.user"));
        adminUser.setHelperText(getTranslation("clusters.form.user.help"));
        adminPassword.setLabel(getTranslation("clusters.form.password"));
        register.setText(getTranslation("clusters.form.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> register());

        add(new H1(getTranslation("clusters.title")), new Paragraph(getTranslation("clusters.intro")), message, grid,
                new H2(getTranslation("clusters.form.title")), name, jdbcUrl, adminUser, adminPassword, register);
        refresh();
    }

    void register() {
        clearProblems();
        String cluster = name.getValue().trim();
        try {
            clusters.register(cluster, jdbcUrl.getValue().trim(), adminUser.getValue().trim(), adminPassword.getValue());
            adminPassword.clear();
            message.setText(getTranslation("clusters.registered", cluster));
            refresh();
        } catch (DatabaseClusters.ClusterException e) {
            HasValidation field = fieldFor(e.key());
            field.setErrorMessage(e.messageIn(getLocale()));
            field.setInvalid(true);
            message.setText(getTranslation("clusters.not-registered"));
        }
    }

    /** The field a refusal is about; a database that cannot be reached is most often a wrong address. */
    private HasValidation fieldFor(String key) {
        return Map.<String, HasValidation>of(
                "clusters.name.invalid", name,
                "clusters.url.invalid", jdbcUrl,
                "clusters.unreachable", jdbcUrl,
                "clusters.admin.unsuitable", adminUser).getOrDefault(key, jdbcUrl);
    }

    private void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(name, jdbcUrl, adminUser, adminPassword)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        message.setText("");
    }

    private void refresh() {
        grid.setItems(clusters.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.page-title");
    }
}
