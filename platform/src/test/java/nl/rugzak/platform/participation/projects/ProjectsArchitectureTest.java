package nl.rugzak.platform.participation.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Projects are the frame other modules plug into: they know them only through manifests and public items, so a
 * module written later (budgets, polls) fits in a phase without touching projects.
 */
class ProjectsArchitectureTest {

    private static final JavaClasses PARTICIPATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.rugzak.platform.participation");

    @Test
    void projectsNeverDependOnTheModulesInTheirPhases() {
        noClasses().that().resideInAPackage("nl.rugzak.platform.participation.projects..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.rugzak.platform.participation.ideas..",
                        "nl.rugzak.platform.participation.initiatives..", "nl.rugzak.platform.participation.updates..",
                        "nl.rugzak.platform.participation.budgets..", "nl.rugzak.platform.participation.polls..",
                        "nl.rugzak.platform.participation.consultations..", "nl.rugzak.platform.participation.events..")
                .check(PARTICIPATION);
    }

    @Test
    void ideasReadProjectsOnlyThroughTheirPublicServices() {
        noClasses().that().resideInAPackage("nl.rugzak.platform.participation.ideas..")
                .should().dependOnClassesThat().haveSimpleName("Projects")
                .orShould().dependOnClassesThat().haveSimpleName("ProjectReader")
                .check(PARTICIPATION);
    }
}
