package nl.rugzak.tenantadmin.mail;

import nl.rugzak.tenantadmin.tenancy.TenantId;

/** The mail identity of each municipality (see {@link MailIdentity}). */
public interface MailIdentities {

    MailIdentity of(TenantId tenant);
}
