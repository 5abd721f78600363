package nl.rugzak.tenantadmin.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Provisioning runs and the outcome of each of their steps, in the control schema. */
@Repository
public class ProvisioningRuns {

    public enum RunStatus { RUNNING, FAILED, SUCCEEDED }

    public enum StepStatus { PENDING, RUNNING, DONE, FAILED }

    public record StepState(ProvisioningStep step, StepStatus status, int attempts, String error, String output) {
    }

    public record Run(long id, String tenant, ProvisioningRequest request, RunStatus status, String startedBy,
                      Instant startedAt, Instant finishedAt, List<StepState> steps) {

        /** Share of steps done, 0..1. */
        public double progress() {
            return steps.stream().filter(s -> s.status() == StepStatus.DONE).count() / (double) steps.size();
        }
    }

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;
    private final JsonMapper json = JsonMapper.builder().build();

    public ProvisioningRuns(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    long create(ProvisioningRequest request, String startedBy) {
        return controlPlane.call(() -> {
            long id = jdbc.sql("""
                            INSERT INTO control.provisioning_run (tenant_slug, request, status, started_by)
                            VALUES (?, ?, 'RUNNING', ?) RETURNING id""")
                    .params(request.tenant().slug(), json.writeValueAsString(request), startedBy)
                    .query(Long.class).single();
            for (ProvisioningStep step : ProvisioningStep.values()) {
                jdbc.sql("INSERT INTO control.provisioning_step (run_id, step, position, status) VALUES (?, ?, ?, 'PENDING')")
                        .params(id, step.name(), step.ordinal()).update();
            }
            return id;
        });
    }

    public Optional<Run> find(long id) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT id, tenant_slug, request, status, started_by, started_at, finished_at
                          FROM control.provisioning_run WHERE id = ?""")
                .param(id).query((rs, row) -> new Run(rs.getLong(1), rs.getString(2),
                        json.readValue(rs.getString(3), ProvisioningRequest.class), RunStatus.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), steps(rs.getLong(1))))
                .optional());
    }

    public List<Long> withStatus(RunStatus status) {
        return controlPlane.call(() -> jdbc.sql("SELECT id FROM control.provisioning_run WHERE status = ? ORDER BY id")
                .param(status.name()).query(Long.class).list());
    }

    public Optional<Long> openRunOf(String tenant) {
        return controlPlane.call(() -> jdbc.sql(
                        "SELECT id FROM control.provisioning_run WHERE tenant_slug = ? AND status <> 'SUCCEEDED'")
                .param(tenant).query(Long.class).optional());
    }

    void stepStarted(long run, ProvisioningStep step) {
        controlPlane.run(() -> jdbc.sql("""
                        UPDATE control.provisioning_step SET status = 'RUNNING', attempts = attempts + 1, error = NULL,
                          started_at = now(), finished_at = NULL WHERE run_id = ? AND step = ?""")
                .params(run, step.name()).update());
    }

    void stepDone(long run, ProvisioningStep step, String output) {
        controlPlane.run(() -> jdbc.sql("""
                        UPDATE control.provisioning_step SET status = 'DONE', output = ?, finished_at = now()
                         WHERE run_id = ? AND step = ?""")
                .params(output, run, step.name()).update());
    }

    void stepFailed(long run, ProvisioningStep step, String error) {
        controlPlane.run(() -> {
            jdbc.sql("""
                            UPDATE control.provisioning_step SET status = 'FAILED', error = ?, finished_at = now()
                             WHERE run_id = ? AND step = ?""")
                    .params(error, run, step.name()).update();
            jdbc.sql("UPDATE control.provisioning_run SET status = 'FAILED', finished_at = now() WHERE id = ?")
                    .param(run).update();
        });
    }

    /** A failed run goes back to running; its failed step will be tried again. Returns false if it was not failed. */
    boolean reopen(long run) {
        return controlPlane.call(() -> jdbc.sql(
                        "UPDATE control.provisioning_run SET status = 'RUNNING', finished_at = NULL WHERE id = ? AND status = 'FAILED'")
                .param(run).update() == 1);
    }

    void succeeded(long run) {
        controlPlane.run(() -> jdbc.sql(
                        "UPDATE control.provisioning_run SET status = 'SUCCEEDED', finished_at = now() WHERE id = ?")
                .param(run).update());
    }

    /** Removes an abandoned run and its steps (the tenant it began is removed separately). */
    void delete(long run) {
        controlPlane.run(() -> jdbc.sql("DELETE FROM control.provisioning_run WHERE id = ?").param(run).update());
    }

    private List<StepState> steps(long run) {
        return jdbc.sql("SELECT step, status, attempts, error, output FROM control.provisioning_step WHERE run_id = ? ORDER BY position")
                .param(run).query((rs, row) -> new StepState(ProvisioningStep.valueOf(rs.getString(1)),
                        StepStatus.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
