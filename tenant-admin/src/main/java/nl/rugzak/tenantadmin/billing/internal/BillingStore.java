package nl.rugzak.tenantadmin.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.rugzak.tenantadmin.billing.BillingAccount;
import nl.rugzak.tenantadmin.billing.BillingPlan;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The billing tables of the control schema. Joins the caller's transaction: callers run it inside
 * {@code ControlPlaneWork}, so an event id and its effect commit together.
 */
@Repository
public class BillingStore {

    private static final String ACCOUNT_COLUMNS = """
            t.slug, a.stripe_customer_id, a.invoice_name, a.invoice_email, a.plan_id, a.subscription_id,
            a.subscription_status, a.subscription_created_at, a.checkout_url, a.lapsed_since, a.lab_warned_at,
            a.suspended_by_billing, a.subscription_attempt, a.updated_at""";

    private final JdbcClient jdbc;

    public BillingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BillingPlan> plans() {
        return jdbc.sql("""
                SELECT id, name, amount_cents, billing_interval, modules, staff_accounts, stripe_price_id
                  FROM control.billing_plan ORDER BY amount_cents, id""")
                .query(BillingStore::plan).list();
    }

    public Optional<BillingPlan> plan(String id) {
        return jdbc.sql("""
                SELECT id, name, amount_cents, billing_interval, modules, staff_accounts, stripe_price_id
                  FROM control.billing_plan WHERE id = ?""")
                .param(id).query(BillingStore::plan).optional();
    }

    public void savePlan(BillingPlan plan) {
        jdbc.sql("""
                INSERT INTO control.billing_plan (id, name, amount_cents, billing_interval, modules, staff_accounts, stripe_price_id)
                VALUES (:id, :name, :amount, :interval, :modules, :staff, :price)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, amount_cents = EXCLUDED.amount_cents,
                  billing_interval = EXCLUDED.billing_interval, modules = EXCLUDED.modules,
                  staff_accounts = EXCLUDED.staff_accounts, stripe_price_id = EXCLUDED.stripe_price_id, updated_at = now()""")
                .param("id", plan.id()).param("name", plan.name()).param("amount", plan.amountCents())
                .param("interval", plan.interval()).param("modules", String.join(",", plan.modules()))
                .param("staff", plan.staffAccounts()).param("price", plan.stripePriceId())
                .update();
    }

    public Optional<BillingAccount> account(TenantId tenant) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " " + """
                 FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id WHERE t.slug = ?""")
                .param(tenant.slug()).query(BillingStore::account).optional();
    }

    public List<BillingAccount> accounts() {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " " + """
                 FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id ORDER BY t.slug""")
                .query(BillingStore::account).list();
    }

    public Optional<BillingAccount> accountOfCustomer(String customerId) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " " + """
                 FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id WHERE a.stripe_customer_id = ?""")
                .param(customerId).query(BillingStore::account).optional();
    }

    /** Locks the account of this customer for the rest of the transaction: one change at a time per tenant. */
    public Optional<BillingAccount> lockByCustomer(String customerId) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " " + """
                 FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id
                 WHERE a.stripe_customer_id = ? FOR UPDATE OF a""")
                .param(customerId).query(BillingStore::account).optional();
    }

    public Optional<BillingAccount> lock(TenantId tenant) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " " + """
                 FROM control.billing_account a JOIN control.tenant t ON t.id = a.tenant_id
                 WHERE t.slug = ? FOR UPDATE OF a""")
                .param(tenant.slug()).query(BillingStore::account).optional();
    }

    public void createAccount(TenantId tenant, String customerId, String invoiceName, String invoiceEmail) {
        jdbc.sql("""
                INSERT INTO control.billing_account (tenant_id, stripe_customer_id, invoice_name, invoice_email)
                SELECT id, ?, ?, ? FROM control.tenant WHERE slug = ?""")
                .params(customerId, invoiceName, invoiceEmail, tenant.slug()).update();
    }

    /** Counts a new subscription attempt and returns its number (for the idempotency key of its Stripe call). */
    public int nextSubscriptionAttempt(TenantId tenant) {
        return jdbc.sql("""
                UPDATE control.billing_account SET subscription_attempt = subscription_attempt + 1
                 WHERE tenant_id = (SELECT id FROM control.tenant WHERE slug = ?) RETURNING subscription_attempt""")
                .param(tenant.slug()).query(Integer.class).single();
    }

    public void recordSubscription(TenantId tenant, String planId, String subscriptionId, String status,
                                   Instant createdAt, String checkoutUrl) {
        jdbc.sql("""
                UPDATE control.billing_account SET plan_id = :plan, subscription_id = :sub, subscription_status = :status,
                  subscription_created_at = :created, checkout_url = :checkout, updated_at = now()
                 WHERE tenant_id = (SELECT id FROM control.tenant WHERE slug = :slug)""")
                .param("plan", planId).param("sub", subscriptionId).param("status", status)
                .param("created", createdAt == null ? null : Timestamp.from(createdAt))
                .param("checkout", checkoutUrl).param("slug", tenant.slug())
                .update();
    }

    public void recordState(TenantId tenant, String subscriptionId, String status, Instant createdAt,
                            Instant lapsedSince, Instant labWarnedAt) {
        jdbc.sql("""
                UPDATE control.billing_account SET subscription_id = :sub, subscription_status = :status,
                  subscription_created_at = :created, lapsed_since = :lapsed, lab_warned_at = :warned,
                  checkout_url = CASE WHEN :sub IS DISTINCT FROM subscription_id OR :status = 'active' THEN NULL ELSE checkout_url END,
                  updated_at = now()
                 WHERE tenant_id = (SELECT id FROM control.tenant WHERE slug = :slug)""")
                .param("sub", subscriptionId).param("status", status)
                .param("created", createdAt == null ? null : Timestamp.from(createdAt))
                .param("lapsed", lapsedSince == null ? null : Timestamp.from(lapsedSince))
                .param("warned", labWarnedAt == null ? null : Timestamp.from(labWarnedAt))
                .param("slug", tenant.slug())
                .update();
    }

    public void setSuspendedByBilling(TenantId tenant, boolean suspended) {
        jdbc.sql("""
                UPDATE control.billing_account SET suspended_by_billing = ?, updated_at = now()
                 WHERE tenant_id = (SELECT id FROM control.tenant WHERE slug = ?)""")
                .params(suspended, tenant.slug()).update();
    }

    /** The plan the tenant's registry entry shows; the lab's free plan when it pays for none. */
    public void setTenantPlan(TenantId tenant, String planId) {
        jdbc.sql("UPDATE control.tenant SET plan = ?, updated_at = now() WHERE slug = ?")
                .params(planId, tenant.slug()).update();
    }

    /**
     * Claims an event id. False when it was already claimed: by an earlier delivery, or by a concurrent one that
     * this call waited for (the unique key holds the second insert until the first transaction ends).
     */
    public boolean claimEvent(String eventId, String type, TenantId tenant, String outcome) {
        return jdbc.sql("""
                INSERT INTO control.billing_event (event_id, event_type, tenant_slug, outcome) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, type, tenant == null ? null : tenant.slug(), outcome).update() == 1;
    }

    public boolean eventSeen(String eventId) {
        return jdbc.sql("SELECT count(*) FROM control.billing_event WHERE event_id = ?").param(eventId)
                .query(Long.class).single() > 0;
    }

    private static BillingPlan plan(ResultSet rs, int row) throws SQLException {
        String modules = rs.getString("modules");
        return new BillingPlan(rs.getString("id"), rs.getString("name"), rs.getLong("amount_cents"),
                rs.getString("billing_interval"),
                modules == null || modules.isBlank() ? List.of() : Arrays.asList(modules.split(",")),
                rs.getInt("staff_accounts"), rs.getString("stripe_price_id"));
    }

    private static BillingAccount account(ResultSet rs, int row) throws SQLException {
        return new BillingAccount(new TenantId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9),
                instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), rs.getBoolean(12), rs.getInt(13),
                instant(rs.getTimestamp(14)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
