package nl.rugzak.tenantadmin.billing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.rugzak.tenantadmin.audit.AuditLog;
import nl.rugzak.tenantadmin.audit.LabActor;
import nl.rugzak.tenantadmin.billing.internal.BillingStore;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.text.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The plans the lab sells, kept by lab admins; each links to its price in Stripe. */
@Service
public class BillingPlans {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern MODULE = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern PRICE = Pattern.compile("price_[A-Za-z0-9]{1,90}");

    /** What a lab admin typed; amounts in euros. */
    public record PlanForm(String id, String name, BigDecimal amountEuros, String interval, String modules,
                           Integer staffAccounts, String stripePriceId) {
    }

    /** Field name to the text key of what is wrong with it (bundle {@code billing}). */
    public static final class InvalidPlan extends BillingException {
        private final Map<String, String> problems;

        InvalidPlan(Map<String, String> problems) {
            super("billing.plans.invalid");
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    private final BillingStore store;
    private final ControlPlaneWork controlPlane;
    private final AuditLog audit;

    public BillingPlans(BillingStore store, ControlPlaneWork controlPlane, AuditLog audit) {
        this.store = store;
        this.controlPlane = controlPlane;
        this.audit = audit;
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public List<BillingPlan> all() {
        return controlPlane.call(store::plans);
    }

    @PreAuthorize(TenantRealms.IS_LAB_ADMIN)
    public BillingPlan save(PlanForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String id = trim(form.id()).toLowerCase(java.util.Locale.ROOT);
        String name = trim(form.name());
        String price = trim(form.stripePriceId());
        List<String> modules = Arrays.stream(trim(form.modules()).split("[,\\s]+")).filter(m -> !m.isBlank()).distinct().toList();
        if (!ID.matcher(id).matches() || id.equals(BillingPlan.FREE_PLAN)) {
            problems.put("id", "billing.plans.id-invalid");
        }
        if (name.isEmpty() || name.length() > 80) {
            problems.put("name", "billing.plans.name-invalid");
        }
        if (form.amountEuros() == null || form.amountEuros().signum() < 0 || form.amountEuros().scale() > 2
                || form.amountEuros().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.put("amount", "billing.plans.amount-invalid");
        }
        if (!"month".equals(form.interval()) && !"year".equals(form.interval())) {
            problems.put("interval", "billing.plans.interval-invalid");
        }
        if (modules.stream().anyMatch(m -> !MODULE.matcher(m).matches())) {
            problems.put("modules", "billing.plans.modules-invalid");
        }
        if (form.staffAccounts() == null || form.staffAccounts() < 1 || form.staffAccounts() > 10_000) {
            problems.put("staff", "billing.plans.staff-invalid");
        }
        if (!price.isEmpty() && !PRICE.matcher(price).matches()) {
            problems.put("price", "billing.plans.price-invalid");
        }
        if (!problems.isEmpty()) {
            audit.record(LabActor.current(), "billing.plan.save", null, "Plan '" + id + "': " + problems.values().stream().map(Texts::dutch).toList(),
                    AuditLog.Outcome.REFUSED);
            throw new InvalidPlan(problems);
        }
        BillingPlan plan = new BillingPlan(id, name, form.amountEuros().movePointRight(2).longValueExact(),
                form.interval(), modules, form.staffAccounts(), price.isEmpty() ? null : price);
        controlPlane.run(() -> store.savePlan(plan));
        audit.record(LabActor.current(), "billing.plan.save", null, "Plan '" + id + "' opgeslagen: " + plan,
                AuditLog.Outcome.SUCCEEDED);
        return plan;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
