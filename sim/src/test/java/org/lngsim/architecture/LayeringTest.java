package org.lngsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Random;

/** The layering of DESIGN.md: the library never reaches up into the command line. */
@AnalyzeClasses(packages = "org.lngsim", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule library_does_not_depend_on_the_cli = noClasses()
            .that().resideOutsideOfPackage("org.lngsim.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.lngsim.cli..");

    @ArchTest
    static final ArchRule geo_does_not_know_the_scenario_format = noClasses()
            .that().resideInAPackage("org.lngsim.geo..")
            .should().dependOnClassesThat().resideInAPackage("org.lngsim.scenario..");

    @ArchTest
    static final ArchRule no_hidden_randomness_or_wall_clock = noClasses()
            .that().resideOutsideOfPackage("org.lngsim.cli..")
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callConstructor(Random.class);

    @ArchTest
    static final ArchRule library_does_not_print = noClasses()
            .that().resideOutsideOfPackage("org.lngsim.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
