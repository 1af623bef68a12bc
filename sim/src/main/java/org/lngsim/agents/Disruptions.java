package org.lngsim.agents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.lngsim.events.DisruptionEnded;
import org.lngsim.events.DisruptionStarted;
import org.lngsim.model.ChokepointChoice;
import org.lngsim.model.ChokepointRules;
import org.lngsim.model.ShockFactors;
import org.lngsim.model.Units;
import org.lngsim.scenario.ClosureResponse;
import org.lngsim.scenario.DayWindow;
import org.lngsim.scenario.Disruption;

/**
 * The scenario's disruptions put to work: chokepoint rules handed to the chokepoints, plant and
 * terminal availability switched at start and end, demand-shock factors and random sailing
 * delays answered on demand. Each start and end is an event.
 */
public final class Disruptions implements VesselAgent.VesselDelays {

    private final WorldContext world;
    private final List<ShockFactors.Shock> shocks = new ArrayList<>();
    private final List<DelayRule> delays = new ArrayList<>();
    private final RandomGenerator delayRandom;

    private record DelayRule(DayWindow window, List<String> fleets, double probability, RealDistribution extraDays) {
    }

    Disruptions(WorldContext world) {
        this.world = world;
        this.delayRandom = world.stream("vessel-delay");
    }

    void wire() {
        LocalDate start = world.scenario().start();
        List<Disruption> all = world.scenario().disruptions();
        for (int i = 0; i < all.size(); i++) {
            Disruption disruption = all.get(i);
            String id = disruption.id() != null ? disruption.id() : disruption.typeName() + "-" + i;
            wire(id, disruption, disruption.window(start));
        }
    }

    private void wire(String id, Disruption disruption, DayWindow window) {
        double startHour = window.startHours();
        double endHour = window.endHours();
        String target = target(disruption);
        world.at(startHour, Phase.DISRUPTION, s -> {
            world.publish(new DisruptionStarted(world.now(), id, disruption.typeName(), target));
            apply(disruption);
        });
        world.at(endHour, Phase.DISRUPTION, s -> {
            world.publish(new DisruptionEnded(world.now(), id, disruption.typeName(), target));
            apply(disruption);
        });
        if (disruption instanceof Disruption.ChokepointClosure closure) {
            ChokepointRules.Closure rule = closure.reopening() == null ? ChokepointRules.Closure.full(startHour, endHour)
                    : new ChokepointRules.Closure(startHour, endHour, Units.daysToHours(closure.reopening().day()),
                            closure.reopening().capacityPct(), Units.daysToHours(closure.reopening().rampDays()));
            world.chokepoint(closure.chokepoint()).addClosure(rule, Units.daysToHours(closure.believedEnd(start())),
                    beliefRevisions(closure));
            if (world.scenario().shipping().closureResponse() == ClosureResponse.DECIDE) {
                // Ships that decide think again when the belief changes (the Red Sea in 2024: weeks, then for good).
                for (Disruption.BeliefRevision revision : closure.beliefRevisions()) {
                    world.at(Units.daysToHours(revision.from(start())), Phase.DISRUPTION,
                            s -> world.chokepoint(closure.chokepoint()).beliefRevised());
                }
            }
            if (closure.reopening() != null) {
                world.at(rule.reopeningHour(), Phase.DISRUPTION, s -> world.chokepoint(closure.chokepoint()).refresh());
            }
        } else if (disruption instanceof Disruption.ChokepointRestriction restriction) {
            world.chokepoint(restriction.chokepoint()).addRestriction(new ChokepointRules.Restriction(startHour, endHour,
                    restriction.transitsPerDay(), restriction.extraDelayHours()));
        } else if (disruption instanceof Disruption.DemandShock shock) {
            shocks.add(new ShockFactors.Shock(shock.target(), shock.sector(), startHour, endHour, shock.factor()));
        } else if (disruption instanceof Disruption.VesselDelay delay) {
            delays.add(new DelayRule(window, delay.fleets(), delay.probabilityPct() / 100.0, distribution(delay.extraDays())));
        }
    }

    private LocalDate start() {
        return world.scenario().start();
    }

    private List<ChokepointChoice.Belief> beliefRevisions(Disruption.ChokepointClosure closure) {
        List<ChokepointChoice.Belief> revisions = new ArrayList<>();
        for (Disruption.BeliefRevision revision : closure.beliefRevisions()) {
            revisions.add(new ChokepointChoice.Belief(Units.daysToHours(revision.from(start())),
                    Units.daysToHours(revision.believedEnd(start()))));
        }
        return revisions;
    }

    /** Re-derives the state a disruption acts on from all disruptions active now. */
    private void apply(Disruption disruption) {
        if (disruption instanceof Disruption.ChokepointClosure closure) {
            world.chokepoint(closure.chokepoint()).refresh();
        } else if (disruption instanceof Disruption.ChokepointRestriction restriction) {
            world.chokepoint(restriction.chokepoint()).refresh();
        } else if (disruption instanceof Disruption.PlantOutage outage) {
            world.plant(outage.plant()).remainingPct(plantRemainingPct(outage.plant()));
        } else if (disruption instanceof Disruption.TerminalOutage outage) {
            world.terminal(outage.terminal()).availability(terminalRemainingPct(outage.terminal()) / 100.0);
        }
    }

    private double plantRemainingPct(String plantId) {
        double remaining = 100.0;
        for (Disruption d : world.scenario().disruptions()) {
            if (d instanceof Disruption.PlantOutage outage && outage.plant().equals(plantId) && active(d)) {
                remaining = Math.min(remaining, outage.remainingCapacityPct());
            }
        }
        return remaining;
    }

    private double terminalRemainingPct(String terminalId) {
        double remaining = 100.0;
        for (Disruption d : world.scenario().disruptions()) {
            if (d instanceof Disruption.TerminalOutage outage && outage.terminal().equals(terminalId) && active(d)) {
                remaining = Math.min(remaining, outage.remainingPct());
            }
        }
        return remaining;
    }

    private boolean active(Disruption disruption) {
        return disruption.window(world.scenario().start()).contains(Units.hoursToDays(world.now()));
    }

    /** Whether any disruption's window contains the current hour. */
    boolean anyActive() {
        for (Disruption disruption : world.scenario().disruptions()) {
            if (active(disruption)) {
                return true;
            }
        }
        return false;
    }

    double demandFactor(String target, String sector, double hour) {
        return shocks.isEmpty() ? 1.0 : ShockFactors.factor(shocks, target, sector, hour);
    }

    @Override
    public double delayHours(String fleetId, double hour) {
        double extraHours = 0;
        for (DelayRule rule : delays) {
            boolean fleetMatches = rule.fleets() == null || rule.fleets().contains(fleetId);
            if (fleetMatches && rule.window().contains(Units.hoursToDays(hour)) && delayRandom.nextDouble() < rule.probability()) {
                extraHours += Units.daysToHours(Math.max(0.0, rule.extraDays().sample()));
            }
        }
        return extraHours;
    }

    private RealDistribution distribution(Disruption.DelayDistribution spec) {
        RandomGenerator random = delayRandom;
        if ("uniform".equals(spec.distribution()) && spec.minDays().equals(spec.maxDays())) {
            return new ConstantRealDistribution(spec.minDays());
        }
        return switch (spec.distribution().toLowerCase(Locale.ROOT)) {
            case "uniform" -> new UniformRealDistribution(random, spec.minDays(), spec.maxDays());
            case "triangular" -> new TriangularDistribution(random, spec.minDays(), spec.modeDays(), spec.maxDays());
            case "exponential" -> new ExponentialDistribution(random, spec.meanDays());
            case "lognormal" -> new LogNormalDistribution(random, Math.log(spec.medianDays()), spec.sigma());
            default -> throw new IllegalArgumentException("unknown distribution " + spec.distribution());
        };
    }

    private static String target(Disruption disruption) {
        if (disruption instanceof Disruption.ChokepointClosure c) {
            return c.chokepoint();
        }
        if (disruption instanceof Disruption.ChokepointRestriction r) {
            return r.chokepoint();
        }
        if (disruption instanceof Disruption.PlantOutage p) {
            return p.plant();
        }
        if (disruption instanceof Disruption.TerminalOutage t) {
            return t.terminal();
        }
        if (disruption instanceof Disruption.DemandShock d) {
            return d.sector() == null ? d.target() : d.target() + "/" + d.sector();
        }
        return "vessels";
    }
}
