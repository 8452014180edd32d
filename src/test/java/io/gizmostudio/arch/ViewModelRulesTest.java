package io.gizmostudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's MVVM rules: ViewModels (and the models they are built from) import only javafx.beans and
 * javafx.collections, so their tests need no toolkit; Platform.runLater lives in the one UI executor.
 */
class ViewModelRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gizmostudio");
    }

    @Test
    void viewModelsNeverTouchScenesStagesOrThePlatform() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("ViewModel$DetailRow")
                .or().haveSimpleName("JobTracker").or().haveSimpleName("TrackedJob")
                .or().haveSimpleName("SceneFileActions")
                .or().resideInAPackage("io.gizmostudio.ui.connection..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(classes);
    }

    @Test
    void onlyTheUiExecutorPostsToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName("io.gizmostudio.ui.common.FxUiExecutor")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void theUiNeverStartsTheServerOnlyTheCompositionRootDoes() {
        noClasses().that().resideInAPackage("io.gizmostudio.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.gizmostudio.server..")
                .check(classes);
    }
}
