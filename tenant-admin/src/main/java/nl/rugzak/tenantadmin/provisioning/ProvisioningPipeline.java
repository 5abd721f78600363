package nl.rugzak.tenantadmin.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.security.access.prepost.PreAuthorize;
import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.cluster.ClusterLocks;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.Run;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.RunStatus;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepState;
import nl.rugzak.tenantadmin.provisioning.ProvisioningRuns.StepStatus;
import nl.rugzak.tenantadmin.registry.TenantCapReached;
import nl.rugzak.tenantadmin.registry.TextKey;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Brings a new municipality online step by step, in the background: the lab admin may close the browser, and an
 * application restart picks up runs that were still going. A failed step stops the run with its error; "retry"
 * resumes from that step.
 */
@Service
public class ProvisioningPipeline {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningPipeline.class);

    private final ProvisioningRuns runs;
    private final ProvisioningSteps steps;
    private final TenantCreation creation;
    private final TenantCap cap;
    private final AuditLog audit;
    private final ClusterLocks locks;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("provisioning-", 0).factory());

    public ProvisioningPipeline(ProvisioningRuns runs, ProvisioningSteps steps, TenantCreation creation, TenantCap cap,
                                AuditLog audit, ClusterLocks locks) {
        this.locks = locks;
        this.runs = runs;
        this.steps = steps;
        this.creation = creation;
        this.cap = cap;
        this.audit = audit;
    }

    /** Checks every field, then starts the run; returns its id. Nothing is created when a field is wrong. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public long start(ProvisioningRequest request) {
        String actor = LabActor.current();
        Map<String, TextKey> problems = new LinkedHashMap<>(creation.problems(request.tenant()));
        problems.putAll(firstAdminProblems(request.firstAdmin()));
        if (!problems.isEmpty()) {
            throw refused(actor, request, problems);
        }
        long run;
        try {
            // The run takes a place under the cap (the database's rule); when none is left, nothing is written.
            run = runs.create(request, actor);
        } catch (RuntimeException e) {
            if (TenantCapReached.causedBy(e)) {
                throw refused(actor, request, cap.refusal().problemKeys());
            }
            throw e;
        }
        audit.record(actor, "tenant.create", request.tenant().slug(),
                "Inrichting gestart voor " + request.tenant().displayName() + " (" + request.tenant().primaryHost() + ")",
                AuditLog.Outcome.SUCCEEDED);
        worker.submit(() -> execute(run));
        return run;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void retry(long run) {
        String actor = LabActor.current();
        String tenant = runs.find(run).map(Run::tenant).orElse(null);
        if (!runs.reopen(run)) {
            audit.record(actor, "tenant.provisioning.retry", tenant, "Run " + run + " was niet mislukt", AuditLog.Outcome.REFUSED);
            return;
        }
        audit.record(actor, "tenant.provisioning.retry", tenant, "Run " + run + " wordt hervat", AuditLog.Outcome.SUCCEEDED);
        worker.submit(() -> execute(run));
    }

    /** Gives up on a failed run and removes everything it made, so the slug and domains are free again. */
    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public void abandon(long run) {
        Run failed = runs.find(run).filter(r -> r.status() == RunStatus.FAILED)
                .orElseThrow(() -> new IllegalStateException("Alleen een mislukte inrichting kan worden afgebroken."));
        creation.removeEverything(new TenantId(failed.tenant()));
        runs.delete(run);
        audit.record(LabActor.current(), "tenant.provisioning.abandon", failed.tenant(),
                "Mislukte inrichting afgebroken en opgeruimd", AuditLog.Outcome.SUCCEEDED);
    }

    public java.util.Optional<Run> run(long id) {
        return runs.find(id);
    }

    /** Runs that were going when the application stopped go on now. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinishedRuns() {
        for (long run : runs.withStatus(RunStatus.RUNNING)) {
            log.info("Resuming provisioning run {}", run);
            worker.submit(() -> execute(run));
        }
    }

    /**
     * Runs the steps that are not done yet, in order; stops at the first failure. Safe to call twice, also on two
     * instances: while one works on the run (e.g. the old instance during a rolling update, when the new one starts
     * and resumes what is RUNNING), the other leaves it alone; if that one dies, its lock goes with its connection.
     */
    void execute(long id) {
        if (!locks.runAlone("provisioning.run." + id, () -> executeHere(id))) {
            log.info("Provisioning run {} is being worked on by another instance", id);
        }
    }

    private void executeHere(long id) {
        Run run = runs.find(id).orElseThrow();
        if (run.status() != RunStatus.RUNNING) {
            return;
        }
        for (StepState state : run.steps()) {
            if (state.status() == StepStatus.DONE) {
                continue;
            }
            runs.stepStarted(id, state.step());
            try {
                runs.stepDone(id, state.step(), steps.run(state.step(), run.request()));
            } catch (RuntimeException e) {
                String error = message(e);
                log.error("Provisioning run {} of tenant {} failed at step {}: {}", id, run.tenant(), state.step(), error, e);
                runs.stepFailed(id, state.step(), error);
                audit.record(run.startedBy(), "tenant.provisioning", run.tenant(),
                        "Stap '" + state.step().label() + "' mislukt: " + error, AuditLog.Outcome.FAILED);
                return;
            }
        }
        runs.succeeded(id);
        audit.record(run.startedBy(), "tenant.provisioning", run.tenant(), "Gemeente is online",
                AuditLog.Outcome.SUCCEEDED);
    }

    private TenantValidationException refused(String actor, ProvisioningRequest request, Map<String, TextKey> problems) {
        audit.record(actor, "tenant.create", request.tenant().slug(),
                String.join(" ", problems.values().stream().map(TextKey::dutch).toList()), AuditLog.Outcome.REFUSED);
        return new TenantValidationException(problems);
    }

    private static Map<String, TextKey> firstAdminProblems(FirstAdmin admin) {
        Map<String, TextKey> problems = new LinkedHashMap<>();
        if (admin == null) {
            problems.put("adminEmail", new TextKey("provisioning.admin.missing"));
            return problems;
        }
        if (admin.firstName() == null || admin.firstName().isBlank() || admin.firstName().length() > 100) {
            problems.put("adminFirstName", new TextKey("provisioning.admin.first-name"));
        }
        if (admin.lastName() == null || admin.lastName().isBlank() || admin.lastName().length() > 100) {
            problems.put("adminLastName", new TextKey("provisioning.admin.last-name"));
        }
        if (admin.email() == null || admin.email().length() > 254
                || !admin.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("adminEmail", new TextKey("provisioning.admin.email"));
        }
        return problems;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
            text += " (" + root.getMessage() + ")";
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
