package nl.rugzak.tenantadmin.console.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.Run;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.RunStatus;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepState;
import nl.rugzak.tenantadmin.text.Texts;

/**
 * A provisioning run as it happens: each step with its outcome, refreshed twice a second. The run goes on without
 * this page; coming back later shows where it is.
 */
@ControlPlaneView
@Route(value = "tenantbeheer/inrichting/:run", layout = LabLayout.class)
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class ProvisioningView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProvisioningPipeline pipeline;
    final H1 title = new H1(getTranslation("console.provisioning.title"));
    final ProgressBar progress = new ProgressBar(0, 1);
    final OrderedList steps = new OrderedList();
    final Paragraph status = new Paragraph();
    final Button retry = new Button(getTranslation("console.provisioning.retry"));
    final Button abandon = new Button(getTranslation("console.provisioning.abandon"));
    final Div done = new Div();
    private long runId;

    public ProvisioningView(ProvisioningPipeline pipeline) {
        this.pipeline = pipeline;
        setId("main-content");
        addClassName("rugzak-page");
        progress.getElement().setAttribute("aria-label", getTranslation("console.provisioning.progress"));
        status.getElement().setAttribute("role", "status");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(click -> {
            pipeline.retry(runId);
            refresh();
        });
        abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
        abandon.addClickListener(click -> {
            pipeline.abandon(runId);
            getUI().ifPresent(ui -> ui.navigate(TenantListView.class));
        });
        add(title, progress, status, steps, retry, abandon, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            runId = Long.parseLong(event.getRouteParameters().get("run").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (pipeline.run(runId).isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(500);
        attachEvent.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
    }

    void refresh() {
        Run run = pipeline.run(runId).orElse(null);
        if (run == null) {
            return;
        }
        title.setText(getTranslation("console.provisioning.title-of", run.request().tenant().displayName()));
        progress.setValue(run.progress());
        steps.removeAll();
        for (StepState step : run.steps()) {
            ListItem item = new ListItem(getTranslation("console.provisioning.step-line", step.step().label(getLocale()),
                    getTranslation(switch (step.status()) {
                        case PENDING -> "console.provisioning.step-status.pending";
                        case RUNNING -> "console.provisioning.step-status.running";
                        case DONE -> "console.provisioning.step-status.done";
                        case FAILED -> "console.provisioning.step-status.failed";
                    })));
            item.addClassName("step-" + step.status().name().toLowerCase(java.util.Locale.ROOT));
            if (step.error() != null && step.status() == nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepStatus.FAILED) {
                item.add(new Paragraph(getTranslation("console.provisioning.error", step.error())));
            }
            if (step.output() != null) {
                item.add(new Paragraph(note(run, step.output())));
            }
            steps.add(item);
        }
        status.setText(getTranslation(switch (run.status()) {
            case RUNNING -> "console.provisioning.running";
            case FAILED -> "console.provisioning.failed";
            case SUCCEEDED -> "console.provisioning.succeeded";
        }));
        retry.setVisible(run.status() == RunStatus.FAILED);
        abandon.setVisible(run.status() == RunStatus.FAILED);
        done.removeAll();
        if (run.status() == RunStatus.SUCCEEDED) {
            done.add(new com.vaadin.flow.router.RouterLink(getTranslation("console.provisioning.to-tenant"), TenantDetailView.class,
                    new RouteParameters("slug", run.tenant())));
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** A step's note is a set-password link (for the first admin) or a text key; older runs kept Dutch text. */
    private String note(Run run, String output) {
        if (output.startsWith("http://") || output.startsWith("https://")) {
            var admin = run.request().firstAdmin();
            return getTranslation("console.provisioning.invitation-link", admin == null ? "" : admin.email(), output);
        }
        return Texts.find(getLocale(), output).orElse(output);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.provisioning.page-title");
    }
}
