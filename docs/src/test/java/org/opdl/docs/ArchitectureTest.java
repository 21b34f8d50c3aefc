package org.opdl.docs;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
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

    /** Each module depends only on the modules below it. */
    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.opdl.model..")
                .layer("schema").definedBy("org.opdl.schema..")
                .layer("validator").definedBy("org.opdl.validator..")
                .layer("cli").definedBy("org.opdl.cli..")
                .layer("docs").definedBy("org.opdl.docs..")
                .whereLayer("docs").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("docs")
                .whereLayer("validator").mayOnlyBeAccessedByLayers("cli", "docs")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("validator", "cli", "docs")
                .whereLayer("model").mayOnlyBeAccessedByLayers("schema", "validator", "cli", "docs");
    }

    /** No package cycles anywhere. */
    static ArchRule noCycles() {
        return slices().matching("org.opdl.(**)").should().beFreeOfCycles();
    }

    /** A module's internal packages are used only inside that module. */
    static ArchRule internalsStayInside() {
        CompositeArchRule all = null;
        for (String module : new String[] {"model", "schema", "validator", "cli"}) {
            ArchRule one = noClasses().that().resideOutsideOfPackage("org.opdl." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.opdl." + module + "..internal..")
                    .allowEmptyShould(true);
            all = all == null ? CompositeArchRule.of(one) : all.and(one);
        }
        return all;
    }

    /** The library modules never print to the console. */
    static ArchRule noConsoleInLibraries() {
        return noClasses().that().resideInAnyPackage("org.opdl.model..", "org.opdl.schema..", "org.opdl.validator..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err");
    }

    @Test
    @DisplayName("each module depends only on the modules below it")
    void layersHold() {
        layers().check(classes);
    }

    @Test
    @DisplayName("no package cycles exist anywhere")
    void noCyclesHold() {
        noCycles().check(classes);
    }

    @Test
    @DisplayName("internal packages exist, and are used only inside their own module")
    void internalsStayInsideHold() {
        org.assertj.core.api.Assertions.assertThat(classes.stream()
                .anyMatch(c -> c.getPackageName().startsWith("org.opdl.validator.internal"))).isTrue();
        internalsStayInside().check(classes);
    }

    @Test
    @DisplayName("the library modules never print to System.out or System.err")
    void noConsoleInLibrariesHolds() {
        noConsoleInLibraries().check(classes);
    }
}
