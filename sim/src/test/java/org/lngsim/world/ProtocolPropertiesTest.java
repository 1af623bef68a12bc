package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lngsim.events.CargoArrived;
import org.lngsim.events.CargoAtSeaAtEnd;
import org.lngsim.events.CargoAtSeaAtStart;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.CargoReleased;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.DebtSettled;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.RegionDay;
import org.lngsim.events.ReleaseLapsed;
import org.lngsim.events.TerminalDay;
import org.lngsim.model.Units;
import org.lngsim.protocol.Purpose;
import org.lngsim.protocol.Settlement;
import org.lngsim.scenario.Protocol;

/**
 * The protocol's invariants over seeded random disruptions and parameters: a donor releases only
 * while its cover, recomputed from the day records, stands at its floor; each cargo is discharged
 * once; mass balance closes; with a credit limit, no party ever holds more gas it has not
 * returned in kind; with the protocol off nothing is requested or redirected.
 */
class ProtocolPropertiesTest {

    private static final double FLOOR_TOLERANCE = 0.1;
    private static final String[] CHOKEPOINTS = {"hormuz", "malacca", "bab-el-mandeb", "panama"};
    private static final String[] PLANTS = {"ras-laffan", "das-island", "gorgon", "bintulu", "sabine-pass"};
    private static final String[] TERMINALS = {"dahej", "sodegaura", "japan-other", "hazira"};

    static Stream<Arguments> randomCases() {
        Random random = new Random(7_2024);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(Arguments.of(i, randomSets(random)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("randomCases")
    void protocol_invariants_hold(int caseNumber, List<String> sets) {
        RecordedRun on = RecordedRun.of(RecordedRun.BASELINE, sets.toArray(String[]::new));

        assertDonorsKeptTheirFloor(on);
        assertThat(on.all(CargoUnloaded.class).map(CargoUnloaded::cargoId).distinct().count())
                .isEqualTo(on.all(CargoUnloaded.class).count());
        assertThat(relativeMassBalanceError(on)).isLessThan(1e-6);
        creditLimitMt(sets).ifPresent(limitMt -> assertCreditLimitKept(on, limitMt));

        List<String> offSets = new ArrayList<>(sets);
        offSets.add("protocol.enabled=false");
        RecordedRun off = RecordedRun.of(RecordedRun.BASELINE, offSets.toArray(String[]::new));
        assertThat(off.all(ProtocolRequest.class).count()).isZero();
        assertThat(off.all(CargoReleased.class).count()).isZero();
        assertThat(off.all(CargoRedirected.class).count()).isZero();
        assertThat(off.all(CargoUnloaded.class).filter(CargoUnloaded::redirected).count()).isZero();
    }

    /**
     * A projection's lowest cover is at most its cover today (a cargo still at sea adds nothing
     * today), so a release that kept the donor's region at or above its floor was decided when
     * the region's cover stood at or above it. That cover is recomputed here from the records
     * alone: the usable stock of the region's terminals (stock less heel, from the last
     * {@link TerminalDay}s published before the decision) over the region's expected daily use
     * (its {@link RegionDay}), against the floor the scenario sets for the donor (its payback
     * cover for a payback). The day's gas use and arrivals between that record and the decision,
     * and the season's shape of today's use against the recent mean, make the decision's view
     * differ a little from the record's: hence a tolerance of a tenth of the floor (in these
     * cases the lowest of some 150 releases was decided 2% above its floor), well short of a
     * floor being ignored.
     */
    private static void assertDonorsKeptTheirFloor(RecordedRun run) {
        Protocol protocol = run.scenario().protocol();
        Map<String, String> regionOfTerminal = new HashMap<>();
        run.scenario().terminals().forEach(t -> regionOfTerminal.put(t.id(), t.region()));
        Map<String, Double> heelTByTerminal = new HashMap<>();
        for (CargoReleased release : run.all(CargoReleased.class).toList()) {
            String region = regionOfTerminal.get(release.fromTerminalId());
            double floorDays = release.purpose() == Purpose.EMERGENCY ? protocol.donorFloorDaysOfCover(release.donorId())
                    : protocol.paybackCoverDays(release.donorId());
            // the end-of-day records of day k are published at the start of day k + 1
            RegionDay record = run.all(RegionDay.class, r -> r.regionId().equals(region)
                    && r.timeHours() <= release.timeHours() - Units.HOURS_PER_DAY)
                    .max(Comparator.comparingDouble(RegionDay::timeHours)).orElseThrow();
            double usableT = run.all(TerminalDay.class, t -> t.timeHours() == record.timeHours()
                    && region.equals(regionOfTerminal.get(t.terminalId())))
                    .mapToDouble(t -> Math.max(0.0, t.stockT() - t.heelT())).sum();
            // Cargoes already at the region's terminals when the decision was taken (arrived by
            // then, not yet discharged when the record was made) are counted by the projection
            // from the first day, not by the record: with arrival-month programmes two or three
            // can reach India's terminals in the day between the record and the decision.
            double recordEndHours = record.timeHours() + Units.HOURS_PER_DAY;
            Set<String> dischargedByRecord = new HashSet<>();
            run.all(CargoUnloaded.class, u -> u.timeHours() <= recordEndHours)
                    .forEach(u -> dischargedByRecord.add(u.cargoId()));
            double atTerminalsT = run.all(CargoArrived.class, a -> a.timeHours() <= release.timeHours()
                    && region.equals(regionOfTerminal.get(a.terminalId())) && !dischargedByRecord.contains(a.cargoId()))
                    .mapToDouble(CargoArrived::massT).sum();
            double coverDays = (usableT + atTerminalsT) / record.expectedDailyUseT();
            assertThat(coverDays).as("%s's cover in %s when it released %s (floor %.2f days)", release.donorId(), region,
                    release.cargoId(), floorDays).isGreaterThanOrEqualTo(floorDays * (1 - FLOOR_TOLERANCE));
        }
    }

    /**
     * At every emergency release, what the receiver has been released (decided, not lapsed) minus
     * what it has repaid in kind stays within the limit; boil-off between decision and execution
     * makes the ledger's figures a little smaller than the released ones, hence the tolerance.
     */
    private static void assertCreditLimitKept(RecordedRun run, double limitMt) {
        List<CargoReleased> releases = run.all(CargoReleased.class).toList();
        Set<String> emergencyCargoes = new HashSet<>();
        releases.stream().filter(r -> r.purpose() == Purpose.EMERGENCY).forEach(r -> emergencyCargoes.add(r.cargoId()));
        for (CargoReleased release : releases) {
            if (release.purpose() != Purpose.EMERGENCY) {
                continue;
            }
            double t = release.timeHours();
            String receiver = release.requesterId();
            double releasedT = releases.stream().filter(r -> r.purpose() == Purpose.EMERGENCY
                    && r.requesterId().equals(receiver) && r.timeHours() <= t).mapToDouble(CargoReleased::massT).sum();
            double lapsedT = run.all(ReleaseLapsed.class, l -> l.requesterId().equals(receiver) && l.timeHours() < t
                    && emergencyCargoes.contains(l.cargoId())).mapToDouble(l -> massOf(releases, l.cargoId())).sum();
            double repaidT = run.all(DebtSettled.class, d -> d.debtorId().equals(receiver) && d.timeHours() <= t
                    && d.settlement() == Settlement.IN_KIND).mapToDouble(DebtSettled::massT).sum();
            assertThat(releasedT - lapsedT - repaidT).as("%s unreturned at hour %.0f", receiver, t)
                    .isLessThanOrEqualTo(limitMt * 1e6 * 1.005);
        }
    }

    private static double massOf(List<CargoReleased> releases, String cargoId) {
        return releases.stream().filter(r -> r.cargoId().equals(cargoId) && r.purpose() == Purpose.EMERGENCY)
                .mapToDouble(CargoReleased::massT).findFirst().orElse(0.0);
    }

    private static Optional<Double> creditLimitMt(List<String> sets) {
        return sets.stream().filter(s -> s.startsWith("protocol.creditLimitMt="))
                .map(s -> Double.parseDouble(s.substring(s.indexOf('=') + 1))).findFirst();
    }

    private static List<String> randomSets(Random random) {
        List<String> disruptions = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(120);
            int end = start + 5 + random.nextInt(80);
            disruptions.add(switch (random.nextInt(4)) {
                case 0 -> String.format(Locale.ROOT, "{type: chokepoint-closure, chokepoint: %s, startDay: %d, endDay: %d}",
                        CHOKEPOINTS[random.nextInt(CHOKEPOINTS.length)], start, end);
                case 1 -> String.format(Locale.ROOT, "{type: plant-outage, plant: %s, remainingCapacityPct: %d, startDay: %d, endDay: %d}",
                        PLANTS[random.nextInt(PLANTS.length)], random.nextInt(60), start, end);
                case 2 -> String.format(Locale.ROOT, "{type: terminal-outage, terminal: %s, startDay: %d, endDay: %d}",
                        TERMINALS[random.nextInt(TERMINALS.length)], start, end);
                default -> String.format(Locale.ROOT, "{type: demand-shock, target: tokyo, factor: %.2f, startDay: %d, endDay: %d}",
                        1.0 + random.nextDouble() * 0.3, start, end);
            });
        }
        double trigger = 3 + random.nextDouble() * 8;
        List<String> sets = new ArrayList<>();
        if (random.nextBoolean()) {
            sets.add(String.format(Locale.ROOT, "protocol.creditLimitMt=%.2f", 0.1 + random.nextDouble() * 0.6));
        }
        sets.addAll(List.of("horizonDays=220", "protocol.partyOverrides=[]",
                "disruptions=[" + String.join(", ", disruptions) + "]",
                String.format(Locale.ROOT, "protocol.triggerDaysOfCover=%.2f", trigger),
                String.format(Locale.ROOT, "protocol.targetDaysOfCover=%.2f", trigger + random.nextDouble() * 6),
                String.format(Locale.ROOT, "protocol.donorFloorDaysOfCover=%.2f", 6 + random.nextDouble() * 10),
                String.format(Locale.ROOT, "protocol.decisionLagHours=%d", random.nextInt(96)),
                String.format(Locale.ROOT, "protocol.maxCargoesPerWeek=%d", 1 + random.nextInt(5)),
                String.format(Locale.ROOT, "protocol.maxExtraSailingDays=%.1f", 2 + random.nextDouble() * 12),
                "protocol.onlyDuringDisruption=" + random.nextBoolean()));
        return sets;
    }

    static double relativeMassBalanceError(RecordedRun run) {
        double atStart = run.all(CargoAtSeaAtStart.class).mapToDouble(CargoAtSeaAtStart::massT).sum();
        double loaded = run.all(CargoLoaded.class).mapToDouble(CargoLoaded::massT).sum();
        double delivered = run.all(CargoUnloaded.class).mapToDouble(CargoUnloaded::deliveredT).sum();
        double boilOff = run.all(CargoUnloaded.class).mapToDouble(CargoUnloaded::boilOffT).sum()
                + run.all(CargoAtSeaAtEnd.class).mapToDouble(CargoAtSeaAtEnd::boilOffT).sum();
        double atEnd = run.all(CargoAtSeaAtEnd.class).mapToDouble(CargoAtSeaAtEnd::massT).sum();
        return Math.abs(atStart + loaded - delivered - boilOff - atEnd) / (atStart + loaded);
    }
}
