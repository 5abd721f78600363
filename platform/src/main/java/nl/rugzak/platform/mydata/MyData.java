package nl.rugzak.platform.mydata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.ContentRejectedException;
import nl.rugzak.platform.residents.CurrentUser;
import nl.rugzak.platform.residents.CurrentUser.Visitor;
import nl.rugzak.platform.residents.ResidentProfiles;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's rights over their data at this municipality (AVG): see it, take it along as JSON, and delete the
 * account. Always about the caller's own subject in the current tenant's schema; nothing from another tenant.
 */
@Service
public class MyData {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ResidentProfiles profiles;
    private final List<PersonalDataHolder> holders;
    private final TenantRealms realms;
    private final TenantWriteGuard writeGuard;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public MyData(JdbcClient jdbc, CurrentUser currentUser, ResidentProfiles profiles, List<PersonalDataHolder> holders,
                  TenantRealms realms, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.holders = holders;
        this.realms = realms;
        this.writeGuard = writeGuard;
    }

    /** Everything stored about the caller here, section by section ("profiel" first). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<Map<String, Object>>> export() {
        Visitor me = currentUser.require();
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("profiel", PersonalRows.of(jdbc.sql("""
                        SELECT subject AS account_id, display_name AS naam, email AS e_mail,
                               created_at AS aangemaakt_op, last_login_at AS laatst_ingelogd_op
                          FROM resident WHERE id = ?""").param(me.residentId()).query().listOfRows()));
        for (PersonalDataHolder holder : holders) {
            sections.putAll(holder.export(me.residentId()));
        }
        return sections;
    }

    /** The same as {@link #export()}, as the JSON file the resident downloads. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] exportJson() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("gemeente", TenantContext.require().slug());
        file.put("gegevens", export());
        return json.writeValueAsBytes(file);
    }

    /**
     * Deletes the caller's account here. All database changes run in this one transaction; the Keycloak user is
     * deleted last, still inside it, so a refusal by Keycloak rolls everything back and leaves the account as it
     * was. (Should the commit itself fail after Keycloak said yes, the person can no longer log in and their
     * profile remains for a retry by the lab; that window is the one database round trip of the commit.)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteAccount(boolean keepInitiatives) {
        Visitor me = currentUser.require();
        writeGuard.requireWritable();
        if (me.isStaff()) {
            throw new ContentRejectedException("mydata.delete.staff");
        }
        if (!realms.enabled()) {
            throw new ContentRejectedException("mydata.delete.not-now");
        }
        long placeholder = profiles.ensure(DeletedResident.SUBJECT, DeletedResident.NAME);
        var erasure = new PersonalDataHolder.Erasure(me.residentId(), me.displayName(), placeholder, keepInitiatives);
        for (PersonalDataHolder holder : holders) {
            holder.erase(erasure);
        }
        jdbc.sql("DELETE FROM resident WHERE id = ?").param(me.residentId()).update();
        try {
            realms.users().delete(TenantRealms.realmOf(TenantContext.require()), me.subject());
        } catch (RuntimeException e) {
            // Thrown inside the transaction: every change above is rolled back.
            throw new ContentRejectedException("mydata.delete.failed");
        }
    }
}
