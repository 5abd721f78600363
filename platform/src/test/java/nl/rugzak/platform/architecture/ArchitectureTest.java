package nl.rugzak.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.rugzak.tenantadmin.tenancy.DatabaseLogins;
import nl.rugzak.tenantadmin.tenancy.TenantConnections;
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
                .should().callConstructor(TenantConnections.class, javax.sql.DataSource.class,
                        java.util.function.Consumer.class, DatabaseLogins.class, TenantConnections.PoolFactory.class)
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
        // Views call services, never the other way round: a service that knew a view could not be reused by the API,
        // jobs or another view. The few shell contracts that are components by nature (a home-page block, a page
        // section another module adds) live in the ui package or at a module's root and say so.
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak..ui..")
                .check(RUGZAK);
    }

    @Test
    void featuresHaveNoCycles() {
        // Views and layouts name each other by nature (a view names its layout, the layout shows a feature's banner),
        // so the features' own code is checked without them; participation modules are checked with their views.
        slices().assignedFrom(FEATURES_WITHOUT_VIEWS).should().beFreeOfCycles().check(RUGZAK);
        slices().matching("nl.rugzak.platform.participation.(*)..").should().beFreeOfCycles().check(RUGZAK);
    }

    /** Each feature package of platform and tenant-admin; the participation wing's root (its API) and each module apart. */
    private static final SliceAssignment FEATURES_WITHOUT_VIEWS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (name.endsWith(".ui") || name.contains(".ui.")) {
                return SliceIdentifier.ignore();
            }
            for (String module : List.of("nl.rugzak.platform.", "nl.rugzak.tenantadmin.")) {
                if (name.startsWith(module)) {
                    String[] parts = name.substring(module.length()).split("\\.");
                    boolean wing = parts[0].equals("participation");
                    return SliceIdentifier.of(module + (wing && parts.length > 1 ? "participation." + parts[1] : parts[0]));
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "feature packages without their views";
        }
    };

    @Test
    void nothingOutsideAFeatureUsesItsInternals() {
        assertThat(usesFromOutside(".internal", feature -> true)).isEmpty();
    }

    @Test
    void nothingOutsideAParticipationModuleUsesItsViews() {
        // A module's pages are its own; others reach it through its root package (services, SPIs), so a module can
        // change its pages freely and the shells are built from manifests, not from views.
        assertThat(usesFromOutside(".ui", feature -> feature.startsWith("nl.rugzak.platform.participation."))).isEmpty();
    }

    /** "user -> used" for every dependency on a feature's {@code part} package from outside that feature. */
    private static java.util.List<String> usesFromOutside(String part, java.util.function.Predicate<String> features) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (JavaClass type : RUGZAK) {
            String feature = featureOf(type.getPackageName(), part);
            if (feature == null || !features.test(feature)) {
                continue;
            }
            type.getDirectDependenciesToSelf().stream()
                    .map(dependency -> dependency.getOriginClass())
                    .filter(user -> !(user.getPackageName() + ".").startsWith(feature + "."))
                    .forEach(user -> found.add(user.getName() + " -> " + type.getName()));
        }
        return found.stream().distinct().sorted().toList();
    }

    @Test
    void onlyTheParticipationWingKnowsItsModules() {
        // Shells, shared layers and the control plane know modules only through their manifests (the wing's root
        // package); a module reaches another only through that module's root package.
        noClasses().that().resideOutsideOfPackage("nl.rugzak.platform.participation..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform.participation.*..")
                .check(RUGZAK);
        classes().that().resideInAPackage("nl.rugzak.platform.participation")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("nl.rugzak.platform.participation.*..")
                .check(RUGZAK);
    }

    /**
     * Every module-to-module reference there is, each with why. A new one fails here on purpose: modules should
     * meet through the manifests (public items, topic contributions, page sections) rather than know each other.
     */
    private static final java.util.Map<String, String> KNOWN_MODULE_REFERENCES = java.util.Map.ofEntries(
            java.util.Map.entry("initiatives -> topics", "initiatives feed into policy topics: links, topic pages"),
            java.util.Map.entry("updates -> initiatives", "news on an initiative: who may post, whether it is public, its title"),
            java.util.Map.entry("updates -> topics", "news on a topic and following topics"),
            java.util.Map.entry("updates -> projects", "news on a project: whether it is public, its title, its followers "
                    + "(ProjectFollowing), its part of the project page (ProjectPageSection)"),
            java.util.Map.entry("events -> topics", "an event may be about a policy topic: checked with PolicyTopics.exists, shown on its page"),
            java.util.Map.entry("consultations -> topics", "a consultation belongs to a policy topic: whether it exists, its title in the report"),
            java.util.Map.entry("polls -> topics", "polls placed on a topic: its title, topic contributions and the topic page's section"),
            java.util.Map.entry("polls -> updates", "polls placed on a news item: its title and whether it is public"),
            java.util.Map.entry("projects -> topics", "a project names its policy topics (checked and shown through PolicyTopics)"),
            java.util.Map.entry("budgets -> projects", "a budget placed in a phase for local residents only takes their "
                    + "ballots (ProjectPhases.keepsOut)"),
            java.util.Map.entry("ideas -> projects", "ideas live in a project's phase: whether it is open and who may take part "
                    + "(ProjectPhases), their part of the project page (PhaseSection), the demo's phase"));

    @Test
    void modulesReferenceEachOtherOnlyWhereKnown() {
        java.util.Set<String> found = new java.util.TreeSet<>();
        String wing = "nl.rugzak.platform.participation.";
        for (JavaClass type : RUGZAK) {
            String from = moduleOf(type, wing);
            if (from == null) {
                continue;
            }
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                String to = moduleOf(dependency.getTargetClass(), wing);
                if (to != null && !to.equals(from)) {
                    found.add(from + " -> " + to);
                }
            });
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(KNOWN_MODULE_REFERENCES.keySet());
    }

    private static String moduleOf(JavaClass type, String wing) {
        String name = type.getPackageName();
        if (!name.startsWith(wing)) {
            return null;
        }
        String rest = name.substring(wing.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** The package owning a {@code .internal} or {@code .ui} part, or null when the package is not such a part. */
    private static String featureOf(String packageName, String part) {
        int at = packageName.indexOf(part + ".") >= 0 ? packageName.indexOf(part + ".") : packageName.endsWith(part)
                ? packageName.length() - part.length() : -1;
        return at < 0 ? null : packageName.substring(0, at);
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
    void nothingOutsideTheDevServicesKnowsThem() {
        // The production jar leaves the devservices package out: whatever named it would fail there. The platform
        // says what it needs (OwnDatabase, OwnIdentityServer, OwnServicesSettings) and devservices provides it.
        noClasses().that().resideOutsideOfPackage("nl.rugzak.platform.devservices..")
                .should().dependOnClassesThat().resideInAPackage("nl.rugzak.platform.devservices..")
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
