package org.nightcramp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The code a {@code java -jar}'s first Java runs before it starts the app's Java sets up no
     * method handles: a lambda or a string {@code +} there costs that start some 10 ms
     * ({@code org.nightcramp.app.launch.Strings}). Read from the class files' constant pools,
     * where every invokedynamic names its bootstrap's class.
     */
    @Test
    void theFirstJavaSetsUpNoMethodHandles() throws IOException {
        List<String> found = new ArrayList<>();
        for (JavaClass type : MAIN) {
            if (!type.getPackageName().equals(ROOT + ".app.launch")) {
                continue;
            }
            String resource = "/" + type.getName().replace('.', '/') + ".class";
            try (InputStream in = ArchitectureTest.class.getResourceAsStream(resource)) {
                String pool = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                for (String bootstrap : List.of("java/lang/invoke/StringConcatFactory", "java/lang/invoke/LambdaMetafactory")) {
                    if (pool.contains(bootstrap)) {
                        found.add(type.getSimpleName() + " uses " + bootstrap);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String[] others(String feature) {
        return java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)).toArray(String[]::new);
    }
}
