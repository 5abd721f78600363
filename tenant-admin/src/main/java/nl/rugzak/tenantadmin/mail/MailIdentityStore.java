package nl.rugzak.tenantadmin.mail;

import java.util.Optional;

import nl.rugzak.tenantadmin.tenancy.ControlPlaneWork;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail identity the lab set for a municipality, in the control plane. Checking the values is the caller's job
 * (see {@code TenantSettings#setMailIdentity}); a blank Reply-To or footer is kept as "use the default".
 */
@Repository
public class MailIdentityStore {

    private final JdbcClient jdbc;
    private final ControlPlaneWork controlPlane;

    public MailIdentityStore(JdbcClient jdbc, ControlPlaneWork controlPlane) {
        this.jdbc = jdbc;
        this.controlPlane = controlPlane;
    }

    public Optional<MailIdentity> find(TenantId tenant) {
        return controlPlane.call(() -> jdbc.sql("""
                        SELECT sender_name, from_address, reply_to, footer FROM control.tenant_mail_identity
                         WHERE tenant_slug = ?""")
                .param(tenant.slug())
                .query((row, n) -> new MailIdentity(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                .optional());
    }

    public void save(TenantId tenant, MailIdentity identity) {
        controlPlane.run(() -> jdbc.sql("""
                        INSERT INTO control.tenant_mail_identity (tenant_slug, sender_name, from_address, reply_to, footer)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_slug) DO UPDATE SET sender_name = excluded.sender_name,
                          from_address = excluded.from_address, reply_to = excluded.reply_to, footer = excluded.footer,
                          updated_at = now()""")
                .params(tenant.slug(), identity.senderName(), identity.fromAddress(), identity.replyTo(), identity.footer())
                .update());
    }
}
