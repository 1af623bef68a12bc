package org.lngsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.SimEvent;
import org.lngsim.output.RunSummary;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;

/** The run pair: protocol on and off, each side with its own listeners, invariants checked on both. */
class ExperimentTest {

    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        // the mini world's Hormuz closure makes the protocol act within 60 days
        scenario = new ScenarioLoader().load(TestScenarios.miniWorld(), List.of("horizonDays=60",
                "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 5, endDay: 50}]")).scenario();
    }

    @Test
    void each_side_hears_its_own_run_and_only_the_protocol_side_sees_requests() throws Exception {
        List<SimEvent> onEvents = new ArrayList<>();
        List<SimEvent> offEvents = new ArrayList<>();

        Experiment.Outcome pair = Experiment.of(scenario)
                .protocolSide(s -> Experiment.Side.recording(s, onEvents::add))
                .counterfactualSide(s -> Experiment.Side.recording(s, offEvents::add)).run();

        assertThat(onEvents).hasSize((int) pair.eventsPublished());
        assertThat(onEvents.stream().filter(ProtocolRequest.class::isInstance).count())
                .isEqualTo(pair.on().protocol().requests()).isPositive();
        assertThat(offEvents).isNotEmpty().noneMatch(ProtocolRequest.class::isInstance);
        assertThat(pair.off().protocol().enabled()).isFalse();
        assertThat(pair.on().protocol().enabled()).isTrue();
    }

    @Test
    void the_summary_holds_the_counterfactual_and_what_the_protocol_avoided() throws Exception {
        Experiment.Outcome pair = Experiment.of(scenario).run();

        RunSummary summary = pair.summary();
        assertThat(summary.counterfactual().gasPools()).isEqualTo(pair.off().gasPools());
        assertThat(summary.counterfactual().grids()).isEqualTo(pair.off().grids());
        double onUnservedMt = pair.on().gasPools().get("india").unservedMt();
        double offUnservedMt = pair.off().gasPools().get("india").unservedMt();
        assertThat(summary.avoided().gasPoolsUnservedMt().get("india")).isCloseTo(offUnservedMt - onUnservedMt,
                Assertions.within(1e-9));
    }

    @Test
    void the_counterfactual_side_is_the_same_scenario_and_seed_with_the_protocol_off() throws Exception {
        List<Scenario> opened = new ArrayList<>();

        Experiment.of(scenario).counterfactualSide(s -> {
            opened.add(s);
            return Experiment.Side.recording(s);
        }).run();

        assertThat(opened).containsExactly(scenario.withoutProtocol());
        assertThat(opened.get(0).seed()).isEqualTo(scenario.seed());
    }

    @Test
    void without_a_counterfactual_only_the_scenario_runs() throws Exception {
        Experiment.Outcome alone = Experiment.of(scenario).counterfactual(false)
                .counterfactualSide(s -> {
                    throw new AssertionError("the counterfactual must not run");
                }).run();

        assertThat(alone.off()).isNull();
        assertThat(alone.summary()).isEqualTo(alone.on());
    }

    @Test
    void a_scenario_with_the_protocol_off_is_its_own_counterfactual() throws Exception {
        Experiment experiment = Experiment.of(scenario.withoutProtocol());

        assertThat(experiment.runsCounterfactual()).isFalse();
        Experiment.Outcome outcome = experiment.run();
        assertThat(outcome.off()).isNull();
        assertThat(outcome.on().protocol().requests()).isZero();
    }

    @Test
    void a_run_in_which_the_protocol_acted_with_the_protocol_off_is_a_bug() throws Exception {
        RunSummary off = Experiment.of(scenario.withoutProtocol()).run().on();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = mapper.valueToTree(off);
        ((ObjectNode) tree.get("protocol")).put("requests", 1);
        RunSummary acted = mapper.treeToValue(tree, RunSummary.class);

        assertThatThrownBy(() -> Experiment.checkProtocolOff(acted, "in its own counterfactual"))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("the protocol acted in its own counterfactual — please report this as a bug");
        Experiment.checkProtocolOff(off, "in its own counterfactual");
    }

    @Test
    void a_mass_balance_that_does_not_close_is_a_bug() throws Exception {
        RunSummary on = Experiment.of(scenario).counterfactual(false).run().on();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = mapper.valueToTree(on);
        ObjectNode balance = (ObjectNode) tree.get("massBalance");
        balance.put("errorMt", 0.5).put("relativeError", 1e-3);
        RunSummary broken = mapper.treeToValue(tree, RunSummary.class);

        Experiment.checkMassBalance(on);
        assertThatThrownBy(() -> Experiment.checkMassBalance(broken)).isInstanceOf(InvariantViolation.class)
                .hasMessageStartingWith("mass balance does not close");
    }
}
