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
    void servicesNeverDependOnViews() {
        noClasses().that().resideInAnyPackage("nl.rugzak.platform.participation.initiatives", "nl.rugzak.platform.participation.topics",
                        "nl.rugzak.platform.comments", "nl.rugzak.platform.moderation", "nl.rugzak.platform.content",
                        "nl.rugzak.platform.modules", "nl.rugzak.platform.site", "nl.rugzak.platform.residents",
                        "nl.rugzak.platform.sharing", "nl.rugzak.platform.widget", "nl.rugzak.platform.mydata",
                        "nl.rugzak.tenantadmin.settings", "nl.rugzak.tenantadmin.modules", "nl.rugzak.tenantadmin.theming")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak..ui..")
                .check(RUGZAK);
    }

    @Test
    void uploadedImagesAreDecodedOnlyBySafeImages() {
        // Images from people are checked by content, re-encoded and sanitised in one place; nobody else decodes them.
        noClasses().that().resideOutsideOfPackage("nl.rugzak.tenantadmin.media..")
                .should().dependOnClassesThat().resideInAPackage("javax.imageio..")
                .check(RUGZAK);
    }

    @Test
    void theConversationLayersDependOneWay() {
        // comments -> moderation -> content: participation modules build on all three; none builds on a module.
        noClasses().that().resideInAPackage("nl.rugzak.platform.content..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nl.rugzak.platform.moderation..", "nl.rugzak.platform.comments..")
                .check(RUGZAK);
        noClasses().that().resideInAPackage("nl.rugzak.platform.moderation..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform.comments..")
                .check(RUGZAK);
    }

    @Test
    void sharedFeaturesNeverDependOnTheModulesThatUseThem() {
        // Initiatives build on topics, comments, moderation and content; none of those may lean back on them, so a
        // module can be added or removed without touching the shared parts.
        noClasses().that().resideInAnyPackage("nl.rugzak.platform.content..", "nl.rugzak.platform.moderation..",
                        "nl.rugzak.platform.comments..", "nl.rugzak.platform.participation.topics..", "nl.rugzak.platform.modules..",
                        "nl.rugzak.platform.site..", "nl.rugzak.platform.residents..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform.participation.initiatives..")
                .check(RUGZAK);
        // Updates hang their sections on topic and initiative pages through those pages' own interfaces.
        noClasses().that().resideInAnyPackage("nl.rugzak.platform.content..", "nl.rugzak.platform.moderation..",
                        "nl.rugzak.platform.comments..", "nl.rugzak.platform.participation.topics..", "nl.rugzak.platform.modules..",
                        "nl.rugzak.platform.site..", "nl.rugzak.platform.residents..", "nl.rugzak.platform.participation.initiatives..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform.participation.updates..")
                .check(RUGZAK);
    }

    @Test
    void modulesPlugIntoSharingWidgetAndMyDataNeverTheOtherWayRound() {
        // Sharing, the widget and "my data" know modules only through their SPIs (SharedPageDescriber,
        // WidgetSource, PersonalDataHolder), so a new module (updates) plugs in without touching them.
        noClasses().that().resideInAnyPackage("nl.rugzak.platform.sharing..", "nl.rugzak.platform.widget..",
                        "nl.rugzak.platform.mydata..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.rugzak.platform.participation.initiatives..",
                        "nl.rugzak.platform.participation.topics..", "nl.rugzak.platform.comments..", "nl.rugzak.platform.moderation..")
                .check(RUGZAK);
    }

    @Test
    void userHtmlEntersPagesOnlyThroughMarkdownText() {
        // HTML built from anything but SafeMarkdown's output is an XSS hole; MarkdownText is the reviewed way in.
        noClasses().that().resideOutsideOfPackage("nl.rugzak.platform.content.ui..")
                .should().callConstructor(com.vaadin.flow.component.Html.class, String.class)
                .check(RUGZAK);
    }

    @Test
    void themeCssIsWrittenOnlyFromTypedTokens() {
        // The stylesheet is rendered by the themes module from validated tokens; no other code writes theme CSS.
        classes().that().haveSimpleName("ThemeCss")
                .should().onlyBeAccessed().byAnyPackage("nl.rugzak.themes..", "nl.rugzak.tenantadmin.theming")
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
