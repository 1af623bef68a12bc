package org.lngsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Random;

/**
 * The layering of ARCHITECTURE.md ("Layers, and why"), from the bottom up: each layer may use
 * only the layers below it. Within the outputs and the experiments, the order of their packages
 * holds too.
 */
@AnalyzeClasses(packages = "org.lngsim", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers_use_only_the_layers_below_them = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Foundations").definedBy("org.lngsim.files..", "org.lngsim.text..", "org.lngsim.model..",
                    "org.lngsim.runfolder", "org.lngsim.stats..")
            .layer("Geography").definedBy("org.lngsim.geo..")
            .layer("Scenario").definedBy("org.lngsim.scenario..")
            .layer("Protocol").definedBy("org.lngsim.protocol..")
            .layer("Events").definedBy("org.lngsim.events..")
            .layer("Agents").definedBy("org.lngsim.agents..")
            .layer("World").definedBy("org.lngsim.world..")
            .layer("Outputs").definedBy("org.lngsim.output..", "org.lngsim.runfolder.read..", "org.lngsim.charts..",
                    "org.lngsim.report..", "org.lngsim.compare..")
            .layer("Experiments").definedBy("org.lngsim.run..", "org.lngsim.sweep..", "org.lngsim.bench..",
                    "org.lngsim.backcast..")
            .layer("Cli").definedBy("org.lngsim.cli..")
            .layer("Gui").definedBy("org.lngsim.gui..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Experiments").mayOnlyBeAccessedByLayers("Cli", "Gui")
            .whereLayer("Outputs").mayOnlyBeAccessedByLayers("Experiments", "Cli", "Gui")
            .whereLayer("World").mayOnlyBeAccessedByLayers("Experiments", "Cli", "Gui")
            .whereLayer("Agents").mayOnlyBeAccessedByLayers("World", "Experiments", "Cli", "Gui")
            .whereLayer("Events").mayOnlyBeAccessedByLayers("Agents", "World", "Outputs", "Experiments", "Cli", "Gui")
            .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Events", "Agents", "World", "Outputs", "Experiments",
                    "Cli", "Gui")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Protocol", "Events", "Agents", "World", "Outputs",
                    "Experiments", "Cli", "Gui")
            .whereLayer("Geography").mayOnlyBeAccessedByLayers("Scenario", "Protocol", "Events", "Agents", "World",
                    "Outputs", "Experiments", "Cli", "Gui");

    @ArchTest
    static final ArchRule writers_never_use_readers_charts_or_the_report = noClasses()
            .that().resideInAPackage("org.lngsim.output..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lngsim.runfolder.read..", "org.lngsim.charts..",
                    "org.lngsim.report..");

    @ArchTest
    static final ArchRule the_reader_never_uses_charts_or_the_report = noClasses()
            .that().resideInAPackage("org.lngsim.runfolder.read..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lngsim.charts..", "org.lngsim.report..");

    @ArchTest
    static final ArchRule charts_never_use_the_report = noClasses()
            .that().resideInAPackage("org.lngsim.charts..")
            .should().dependOnClassesThat().resideInAPackage("org.lngsim.report..");

    @ArchTest
    static final ArchRule runs_never_use_sweeps_or_the_benchmark = noClasses()
            .that().resideInAPackage("org.lngsim.run..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lngsim.sweep..", "org.lngsim.bench..");

    @ArchTest
    static final ArchRule sweeps_never_use_the_benchmark = noClasses()
            .that().resideInAPackage("org.lngsim.sweep..")
            .should().dependOnClassesThat().resideInAPackage("org.lngsim.bench..");

    @ArchTest
    static final ArchRule backcasts_only_run_scenarios_they_never_sweep_or_bench = noClasses()
            .that().resideInAPackage("org.lngsim.backcast..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lngsim.sweep..", "org.lngsim.bench..");

    @ArchTest
    static final ArchRule back_cast_figures_come_from_run_folders_not_from_the_simulation = noClasses()
            .that().resideInAPackage("org.lngsim.backcast..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lngsim.agents..", "org.lngsim.world..",
                    "org.lngsim.events..");

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
