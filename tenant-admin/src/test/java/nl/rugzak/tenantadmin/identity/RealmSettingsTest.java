package nl.rugzak.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Self-registration only where Keycloak can verify the address: the deployment has an SMTP server. */
class RealmSettingsTest {

    private static final RealmSpec MUNICIPALITY = new RealmSpec("voorbeeld", "Gemeente Voorbeeldstad", List.of("nl"),
            List.of("https://voorbeeld.example"), TenantRealms.TENANT_ROLES, "resident", true, TenantRealms.STAFF_ROLES);

    @Test
    void withoutAMailServerNobodyRegistersThemselves() {
        var realm = RealmProvisioner.realmSettings(MUNICIPALITY, RealmMail.NONE);
        assertThat(realm.isRegistrationAllowed()).isFalse();
        assertThat(realm.isVerifyEmail()).isFalse();
        assertThat(realm.getSmtpServer()).isEmpty();
    }

    @Test
    void withAMailServerResidentsRegisterAndVerifyTheirAddressFirst() {
        var mail = new RealmMail("smtp.voorbeeld.example", 587, "rugzak", "geheim", true, "noreply@voorbeeld.example");
        var realm = RealmProvisioner.realmSettings(MUNICIPALITY, mail);
        assertThat(realm.isRegistrationAllowed()).isTrue();
        assertThat(realm.isVerifyEmail()).isTrue();
        assertThat(realm.getSmtpServer()).containsEntry("host", "smtp.voorbeeld.example").containsEntry("port", "587")
                .containsEntry("starttls", "true").containsEntry("auth", "true").containsEntry("user", "rugzak")
                .containsEntry("from", "noreply@voorbeeld.example");
        assertThat(mail.toString()).doesNotContain("geheim");
    }

    @Test
    void theLabNeverRegistersThemselvesEvenWithAMailServer() {
        var lab = new RealmSpec(TenantRealms.LAB_REALM, "Co-creatie Lab", List.of("nl"), List.of("https://admin.example"),
                List.of(TenantRealms.LAB_ADMIN_ROLE), null, false, List.of(TenantRealms.LAB_ADMIN_ROLE));
        var mail = new RealmMail("smtp.example", 25, "", "", false, "");
        assertThat(RealmProvisioner.realmSettings(lab, mail).isRegistrationAllowed()).isFalse();
        assertThat(mail.smtpServer()).containsEntry("auth", "false").containsEntry("from", "noreply@smtp.example");
    }

    @Test
    void keycloaksMailGoesOutAsTheMunicipalitySignsItsMailInItsHouseStyle() {
        var mail = new RealmMail("smtp.example", 587, "", "", true, "").signedBy(new nl.rugzak.tenantadmin.mail.MailIdentity(
                "Participatie Voorbeeldstad", "participatie@voorbeeld.example", "balie@voorbeeld.example", "Postbus 1"));
        var realm = RealmProvisioner.realmSettings(MUNICIPALITY, mail);
        assertThat(realm.getSmtpServer()).containsEntry("from", "participatie@voorbeeld.example")
                .containsEntry("fromDisplayName", "Participatie Voorbeeldstad").containsEntry("replyTo", "balie@voorbeeld.example");
        assertThat(realm.getEmailTheme()).isEqualTo(RealmSpec.EMAIL_THEME);
        assertThat(realm.isResetPasswordAllowed()).isTrue();
        assertThat(RealmProvisioner.realmSettings(MUNICIPALITY, RealmMail.NONE).isResetPasswordAllowed())
                .as("no reset link where no reset mail can go out").isFalse();

        var branded = new RealmSpec("voorbeeld", "Gemeente Voorbeeldstad", List.of("nl", "en"), List.of("https://voorbeeld.example"),
                TenantRealms.TENANT_ROLES, "resident", true, TenantRealms.STAFF_ROLES,
                java.util.Map.of(RealmBranding.PRIMARY_COLOUR, "#005a9c", RealmBranding.LOGO_URL, "https://voorbeeld.example/logo.png"));
        assertThat(RealmProvisioner.mailBranding(branded, mail))
                .containsEntry(RealmProvisioner.MAIL_NAME, "Participatie Voorbeeldstad")
                .containsEntry(RealmProvisioner.MAIL_COLOUR, "#005a9c")
                .containsEntry(RealmProvisioner.MAIL_LOGO, "https://voorbeeld.example/logo.png")
                .containsEntry(RealmProvisioner.MAIL_FOOTER, "Postbus 1");
    }
}
