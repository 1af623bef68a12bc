package org.lngsim.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lngsim.geo.Router;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * The run-folder contract is the bottom of the output layers, and what reads a run folder back
 * (the reader, the charts, the report) never routes: it draws the routes the events recorded and
 * loads the resolved scenario without the network check, which is the only place loading routes.
 */
@AnalyzeClasses(packages = "org.lngsim", importOptions = ImportOption.DoNotIncludeTests.class)
class RunFolderLayeringTest {

    @ArchTest
    static final ArchRule the_contract_depends_on_nothing_else_of_lngsim = noClasses()
            .that().resideInAPackage("org.lngsim.runfolder")
            .should().dependOnClassesThat(resideInAPackage("org.lngsim..")
                    .and(resideOutsideOfPackage("org.lngsim.runfolder")));

    @ArchTest
    static final ArchRule readers_of_a_run_folder_never_route = noClasses()
            .that().resideInAnyPackage("org.lngsim.runfolder..", "org.lngsim.charts..", "org.lngsim.report..")
            .should().dependOnClassesThat().belongToAnyOf(Router.class, ScenarioGeography.class)
            .orShould().callConstructor(ScenarioLoader.class);

    @ArchTest
    static final ArchRule charts_and_report_take_their_data_from_the_reader_not_the_writers = noClasses()
            .that().resideInAnyPackage("org.lngsim.charts..", "org.lngsim.report..", "org.lngsim.runfolder..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("CsvWriter");
}
