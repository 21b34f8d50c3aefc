package org.opdl.docs;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The module graph is a line: model <- schema <- validator <- cli, and docs reads them all")
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opdl");
    }

    @Test
    @DisplayName("each module depends only on the modules below it")
    void layers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.opdl.model..")
                .layer("schema").definedBy("org.opdl.schema..")
                .layer("validator").definedBy("org.opdl.validator..")
                .layer("cli").definedBy("org.opdl.cli..")
                .layer("docs").definedBy("org.opdl.docs..")
                .whereLayer("docs").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("docs")
                .whereLayer("validator").mayOnlyBeAccessedByLayers("cli", "docs")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("validator", "cli", "docs")
                .whereLayer("model").mayOnlyBeAccessedByLayers("schema", "validator", "cli", "docs")
                .check(classes);
    }

    @Test
    @DisplayName("no package cycles exist anywhere")
    void noCycles() {
        slices().matching("org.opdl.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("internal packages are used only inside their own module")
    void internalsStayInside() {
        for (String module : new String[] {"model", "schema", "validator", "cli"}) {
            noClasses().that().resideOutsideOfPackage("org.opdl." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.opdl." + module + "..internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    @DisplayName("the library modules never print to System.out or System.err")
    void noConsoleInLibraries() {
        noClasses().that().resideInAnyPackage("org.opdl.model..", "org.opdl.schema..", "org.opdl.validator..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
