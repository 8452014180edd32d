package io.gizmostudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md: dependencies point one way. core → nothing of ours; api → nothing; client → api; server → api, core; ui → client, api, core; cli → anything but ui. */
class PackageDependencyRulesTest {
    private static final String BASE = "io.gizmostudio";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    private static ArchRule mayNotDependOn(String pkg, String... forbidden) {
        return noClasses().that().resideInAPackage(BASE + "." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(true);
    }

    @Test
    void coreDependsOnNothingOfOursAndNoInfrastructure() {
        mayNotDependOn("core", BASE + ".api..", BASE + ".client..", BASE + ".server..", BASE + ".ui..", BASE + ".cli..",
                "javafx..", "okhttp3..", "io.javalin..", "java.sql..", "com.fasterxml.jackson..", "picocli..")
                .check(classes);
    }

    @Test
    void apiDependsOnNothingOfOurs() {
        mayNotDependOn("api", BASE + ".core..", BASE + ".client..", BASE + ".server..", BASE + ".ui..", BASE + ".cli..",
                "javafx..", "okhttp3..", "io.javalin..", "java.sql..").check(classes);
    }

    @Test
    void clientDependsOnlyOnApi() {
        mayNotDependOn("client", BASE + ".core..", BASE + ".server..", BASE + ".ui..", BASE + ".cli..",
                "javafx..", "io.javalin..", "java.sql..").check(classes);
    }

    @Test
    void serverDependsOnlyOnApiAndCore() {
        mayNotDependOn("server", BASE + ".client..", BASE + ".ui..", BASE + ".cli..", "javafx..", "okhttp3..")
                .check(classes);
    }

    @Test
    void uiNeverReachesIntoTheServer() {
        mayNotDependOn("ui", BASE + ".server..", BASE + ".cli..", "io.javalin..", "java.sql..").check(classes);
    }

    @Test
    void cliNeverDependsOnTheUi() {
        mayNotDependOn("cli", BASE + ".ui..", "javafx..").check(classes);
    }
}
