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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.rugzak.tenantadmin.ControlPlaneView;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.ProvisioningPipeline;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.Run;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.RunStatus;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepState;

/**
 * A provisioning run as it happens: each step with its outcome, refreshed twice a second. The run goes on without
 * this page; coming back later shows where it is.
 */
@ControlPlaneView
@Route(value = "tenantbeheer/inrichting/:run", layout = LabLayout.class)
@PageTitle("Inrichting – Co-creatie Lab")
@RolesAllowed(TenantRealms.LAB_ADMIN_ROLE)
public class ProvisioningView extends Main implements BeforeEnterObserver {

    private final ProvisioningPipeline pipeline;
    final H1 title = new H1("Inrichting");
    final ProgressBar progress = new ProgressBar(0, 1);
    final OrderedList steps = new OrderedList();
    final Paragraph status = new Paragraph();
    final Button retry = new Button("Opnieuw proberen vanaf de mislukte stap");
    final Button abandon = new Button("Afbreken en opruimen");
    final Div done = new Div();
    private long runId;

    public ProvisioningView(ProvisioningPipeline pipeline) {
        this.pipeline = pipeline;
        setId("main-content");
        addClassName("rugzak-page");
        progress.getElement().setAttribute("aria-label", "Voortgang van de inrichting");
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
        title.setText("Inrichting van " + run.request().tenant().displayName());
        progress.setValue(run.progress());
        steps.removeAll();
        for (StepState step : run.steps()) {
            ListItem item = new ListItem(step.step().label() + ": " + switch (step.status()) {
                case PENDING -> "nog niet begonnen";
                case RUNNING -> "bezig…";
                case DONE -> "klaar";
                case FAILED -> "mislukt";
            });
            item.addClassName("step-" + step.status().name().toLowerCase(java.util.Locale.ROOT));
            if (step.error() != null && step.status() == nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepStatus.FAILED) {
                item.add(new Paragraph("Foutmelding: " + step.error()));
            }
            if (step.output() != null) {
                item.add(new Paragraph(step.output()));
            }
            steps.add(item);
        }
        status.setText(switch (run.status()) {
            case RUNNING -> "Bezig met inrichten. U kunt deze pagina sluiten; het werk gaat door.";
            case FAILED -> "Een stap is mislukt. Los de oorzaak op en probeer het opnieuw, of breek af.";
            case SUCCEEDED -> "Klaar: de gemeente is online.";
        });
        retry.setVisible(run.status() == RunStatus.FAILED);
        abandon.setVisible(run.status() == RunStatus.FAILED);
        done.removeAll();
        if (run.status() == RunStatus.SUCCEEDED) {
            done.add(new com.vaadin.flow.router.RouterLink("Naar de gemeente", TenantDetailView.class,
                    new RouteParameters("slug", run.tenant())));
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
