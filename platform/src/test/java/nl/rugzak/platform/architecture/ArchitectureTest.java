package nl.rugzak.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.rugzak.tenantadmin.tenancy.TenantAwareDataSource;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

/** The house rules: modules depend one way, and tenancy internals stay inside the tenancy packages. */
class ArchitectureTest {

    private static final JavaClasses RUGZAK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.rugzak");

    @Test
    void modulesDependOneWay() {
        noClasses().that().resideInAPackage("nl.rugzak.tenantadmin..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform..")
                .check(RUGZAK);
        noClasses().that().resideInAPackage("nl.rugzak.migrations..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nl.rugzak.platform..", "nl.rugzak.tenantadmin..", "nl.rugzak.themes..")
                .check(RUGZAK);
        noClasses().that().resideInAPackage("nl.rugzak.themes..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nl.rugzak.platform..", "nl.rugzak.tenantadmin..", "nl.rugzak.migrations..")
                .allowEmptyShould(true)
                .check(RUGZAK);
    }

    @Test
    void roleSwitchingStaysInsideTheTenancyPackage() {
        classes().that().resideInAPackage("..tenancy.internal..")
                .should().onlyBeAccessed().byAnyPackage("..tenancy..")
                .check(RUGZAK);
        noClasses().that().resideOutsideOfPackages("..tenancy..")
                .should().callConstructor(TenantAwareDataSource.class,
                        javax.sql.DataSource.class, java.util.function.Consumer.class)
                .check(RUGZAK);
    }

    @Test
    void onlyTheTenancyPackagesBindARequestToATenant() {
        noClasses().that().resideOutsideOfPackages("..tenancy..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("runChecked"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe("TenantContext",
                                                owner -> owner.isEquivalentTo(TenantContext.class))))))
                .check(RUGZAK);
    }

    @Test
    void noOneElseKeepsATenantInAThreadLocal() {
        noClasses().that().resideOutsideOfPackages("..tenancy..")
                .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .check(RUGZAK);
    }

    @Test
    void servicesCheckRolesWithPreAuthorizeSoThatViewsAreNeverProxied() {
        // @RolesAllowed is for views and layouts (read by Vaadin's router); on anything else it would need JSR-250
        // method security, which would also proxy those views and break them.
        classes().that().areAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .should().beAssignableTo(com.vaadin.flow.component.Component.class)
                .check(RUGZAK);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .check(RUGZAK);
    }

    @Test
    void onlyBillingTalksToStripe() {
        // One place with timeouts, retries and idempotency keys; everything else asks the billing services.
        noClasses().that().resideOutsideOfPackage("nl.rugzak.tenantadmin.billing..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .check(RUGZAK);
    }
}
