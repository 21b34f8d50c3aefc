package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.opdl.cli.Main;
import org.opdl.docs.archfixture.UsesInternal;
import org.opdl.docs.archfixture.a.Left;
import org.opdl.docs.archfixture.b.Right;
import org.opdl.model.archfixture.ReachesUp;
import org.opdl.schema.archfixture.Prints;
import org.opdl.validator.internal.memo.Memo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every architecture rule can fail: each reports a small class that breaks it")
class ArchitectureSelfTest {

    @Test
    @DisplayName("the layer rule reports model code that reaches up into the CLI")
    void layers() {
        assertBreaks(ArchitectureTest.layers(), "ReachesUp", ReachesUp.class, Main.class);
    }

    @Test
    @DisplayName("the cycle rule reports two packages that use each other")
    void cycles() {
        assertBreaks(ArchitectureTest.noCycles(), "archfixture", Left.class, Right.class);
    }

    @Test
    @DisplayName("the internal rule reports another module using the validator's internal memo")
    void internals() {
        assertBreaks(ArchitectureTest.internalsStayInside(), "UsesInternal", UsesInternal.class, Memo.class);
    }

    @Test
    @DisplayName("the console rule reports library code that prints")
    void console() {
        assertBreaks(ArchitectureTest.noConsoleInLibraries(), "Prints", Prints.class);
    }

    private static void assertBreaks(ArchRule rule, String named, Class<?>... fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture);
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(named);
    }
}
