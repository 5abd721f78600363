package nl.rugzak.platform.demo;

import java.util.List;

import nl.rugzak.platform.security.IdentityStartup;
import nl.rugzak.tenantadmin.identity.RealmUsers.Person;
import nl.rugzak.tenantadmin.identity.TenantRealms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** The demo accounts the README lists: four per demo municipality and one lab admin. Created once, kept after. */
@Component
@ConditionalOnExpression("('${spring.datasource.url:}'.isEmpty() or ${rugzak.demo.external:false}) and ${rugzak.demo.enabled:true} and !${rugzak.migrate-only:false}")
class DemoAccounts implements IdentityStartup.AfterRealms {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "rugzak-demo-2026";
    /** Staff and the lab log in with a code too; this app secret (README) lets a newcomer add them to an app. */
    static final String TOTP_SECRET = "RUGZAKDEMOSTAFFTWEESTAPS23456777";

    private final TenantRealms realms;
    private final DemoContent content;

    DemoAccounts(TenantRealms realms, DemoContent content) {
        this.realms = realms;
        this.content = content;
    }

    static List<Person> municipalStaffAndResident(String slug) {
        String domain = slug + ".example";
        return List.of(
                new Person("bewoner", "bewoner@" + domain, "Bo", "Bewoner", PASSWORD, List.of("resident")),
                new Person("moderator", "moderator@" + domain, "Mo", "Moderator", PASSWORD, List.of("resident", "moderator"),
                        TOTP_SECRET),
                new Person("redacteur", "redacteur@" + domain, "Roos", "Redacteur", PASSWORD, List.of("resident", "editor"),
                        TOTP_SECRET),
                new Person("beheerder", "beheerder@" + domain, "Bas", "Beheerder", PASSWORD,
                        List.of("resident", "tenant-admin"), TOTP_SECRET));
    }

    @Override
    public void realmsReady() {
        for (DemoTenants.Demo demo : DemoTenants.DEMOS) {
            for (Person person : municipalStaffAndResident(demo.slug())) {
                String subject = realms.users().ensure(demo.slug(), person);
                if (person.username().equals("bewoner")) {
                    content.seed(demo.slug(), subject, person.firstName() + " " + person.lastName(), person.email());
                }
            }
        }
        realms.users().ensure(TenantRealms.LAB_REALM, new Person("labbeheer", "labbeheer@lab.example", "Lotte", "Lab",
                PASSWORD, List.of(TenantRealms.LAB_ADMIN_ROLE), TOTP_SECRET));
        log.info("Demo accounts ready (password for all: {}; staff and lab app secret: {})", PASSWORD, TOTP_SECRET);
    }
}
