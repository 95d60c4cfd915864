package org.nightcramp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules, checked on the compiled classes in the manner of JabRef's
 * MainArchitectureTest, so a fully qualified name in the middle of a method counts as much as an
 * import: the cores know no JavaFX, features depend downwards and never on {@code app}, and
 * no two top-level packages depend on each other.
 */
class ArchitectureTest {

    private static final String ROOT = "org.nightcramp";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * Packages with no JavaFX whatsoever: they run headless, on any thread, in milliseconds. The
     * diary's core is shared like assessment (the sheet reads it); its page is a feature.
     */
    private static final String[] PURE = {ROOT + ".content..", ROOT + ".storage..", ROOT + ".assessment..",
        ROOT + ".l10n..", ROOT + ".diary"};
    /** The features: each depends on the shared packages below it, never on another feature or on app. */
    private static final String[] FEATURES = {ROOT + ".wizard..", ROOT + ".relief..", ROOT + ".sheet..",
        ROOT + ".reader..", ROOT + ".diary.page.."};

    @Test
    void corePackagesUseNoJavaFx() {
        noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the core is plain Java, tested without a toolkit")
                .check(MAIN);
    }

    @Test
    void viewModelsUseNoSceneCode() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("view models hold state and commands; the views draw")
                .check(MAIN);
    }

    @Test
    void nothingButAppDependsOnApp() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .because("app composes the features; they reach the window only through Navigator")
                .check(MAIN);
    }

    @Test
    void noFeatureDependsOnAnotherFeature() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage(feature)
                    .should().dependOnClassesThat().resideInAnyPackage(others(feature))
                    .allowEmptyShould(true)
                    .because("features meet in the shared packages (assessment, content), not sideways")
                    .check(MAIN);
        }
    }

    @Test
    void theSheetDoesNotDependOnTheWizard() {
        noClasses().that().resideInAPackage(ROOT + ".sheet..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".wizard..")
                .because("the sheet reads answers from assessment, like every other feature")
                .check(MAIN);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    private static String[] others(String feature) {
        return java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
    }
}
