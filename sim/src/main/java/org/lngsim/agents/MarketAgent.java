package org.lngsim.agents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.events.MarketDay;
import org.lngsim.events.SpotBid;
import org.lngsim.geo.Route;
import org.lngsim.model.AtlanticClearing;
import org.lngsim.model.CharterRate;
import org.lngsim.model.Clock;
import org.lngsim.model.OtherAsiaDemand;
import org.lngsim.model.PurchaseWindow;
import org.lngsim.model.SpotBidRule;
import org.lngsim.model.SpotClearing;
import org.lngsim.model.SpotOutcome;
import org.lngsim.model.SpotPrice;
import org.lngsim.model.Units;
import org.lngsim.model.VoyageTiming;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.DeliveryTerms;
import org.lngsim.scenario.Market;
import org.lngsim.model.DeliveryProgramme;
import org.lngsim.protocol.PendingReleases;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The market for flexible cargoes, cleared once a day: plants that load and can reach Asia put
 * their flexible cargoes on offer; the importers bid when their projected cover is low and other
 * Asia bids its ordinary demand; the price index follows the tightness (model/SpotPrice), the
 * cargoes go to the highest bidders (model/SpotClearing), and an importer's cargo sails only if an
 * idle ship of the spot fleet can reach the plant (ships trapped behind a closure cannot). The
 * arithmetic is in the kernels; this agent wires them to the world and publishes what happened.
 */
final class MarketAgent implements Steppable {

    private static final long serialVersionUID = 1L;
    /** The one market the worlds have: flexible cargoes for Asian buyers (the JKM's market). */
    static final String MARKET_ID = "asia";
    private static final String OTHER_ASIA = "other-asia";
    /** How far ahead a buyer looks when no cargo could be bought today (estimate: a month). */
    private static final double NO_CARGO_LEAD_DAYS = 30;

    private final transient WorldContext world;
    private final transient Market spec;
    private final transient Map<String, PlantAgent> plants;
    private final transient Map<String, List<RegionAgent>> regionsByImporter;
    private final transient SpotPrice index;
    private final double[] onOffer;
    /** Whether each supply plant is of the Atlantic basin (its cargoes may go to Europe instead). */
    private final boolean[] atlanticPlant;
    private final transient OtherAsiaDemand otherAsia;
    /** Other Asia's demand as a factor of its ordinary month (season and price, lagged); set at the start. */
    private double otherAsiaFactor;
    private final PurchaseWindow importerPurchases = new PurchaseWindow();
    private double otherAsiaOwed;
    private final transient Map<String, ContractAgent> contracts = new LinkedHashMap<>();
    /** The charter rate from the spot fleet's free ships; null when the market has none. */
    private final transient CharterRate charter;
    /** The plants that offer cargoes today (load and reach Asia): where a free ship can be hired to go. */
    private final transient List<PlantAgent> offering = new ArrayList<>();
    private double charterRateToday = Double.NaN;
    /** Spot cargoes bought whose ship has not loaded yet: region → (expected loading hour, t). */
    private final transient Map<String, List<double[]>> onTheWay = new LinkedHashMap<>();

    MarketAgent(WorldContext world, Map<String, PlantAgent> plants, Map<String, List<RegionAgent>> regionsByImporter) {
        this.world = world;
        this.spec = world.scenario().market();
        this.plants = plants;
        this.regionsByImporter = regionsByImporter;
        double ordinarySupply = spec.supply().stream().mapToDouble(Market.Supply::cargoesPerMonth).sum();
        // the ordinary market: all flexible supply on offer and only other Asia bidding prices at the base
        this.index = new SpotPrice(spec.basePriceUsdPerMMBtu(), spec.priceExponent(), spec.ceilingUsdPerMMBtu(),
                SpotPrice.tightness(spec.otherAsia().cargoesPerMonth(), ordinarySupply));
        this.onOffer = new double[spec.supply().size()];
        this.charter = spec.charter() == null ? null : new CharterRate(spec.charter().ordinaryUsdPerDay(),
                spec.charter().peakUsdPerDay(), spec.charter().exponent(), spec.charter().ordinaryFreeShipsPct() / 100.0
                        * world.scenario().fleet(spec.fleet()).orElseThrow().vessels());
        this.atlanticPlant = new boolean[spec.supply().size()];
        for (int i = 0; i < atlanticPlant.length; i++) {
            atlanticPlant[i] = spec.atlantic() != null && spec.atlantic().plants().contains(spec.supply().get(i).plant());
        }
        Market.OtherAsia other = spec.otherAsia();
        this.otherAsia = new OtherAsiaDemand(other.cargoesPerMonth(), other.priceElasticity(), spec.basePriceUsdPerMMBtu(),
                other.responseDaysOrAtOnce(), other.winterUpliftPct());
    }

    void start() {
        // the run starts in the ordinary market's steady state: what other Asia left unsold is on offer
        LocalDate start = world.scenario().start();
        otherAsiaFactor = otherAsia.seasonalFactor(start.getMonth());
        for (int i = 0; i < onOffer.length; i++) {
            onOffer[i] = unsoldLimit(spec.supply().get(i).cargoesPerMonth() / start.lengthOfMonth());
        }
        world.at(0.0, Phase.PROTOCOL, this);
    }

    /** Spreads the spot fleet's ships over the supply plants by their flexible volume (so a closure traps its share). */
    static void placeShips(WorldContext world, List<VesselAgent> ships) {
        List<Market.Supply> supply = world.scenario().market().supply();
        double total = supply.stream().mapToDouble(Market.Supply::cargoesPerMonth).sum();
        double[] credit = new double[supply.size()];
        for (VesselAgent vessel : ships) {
            int best = 0;
            for (int i = 0; i < supply.size(); i++) {
                credit[i] += supply.get(i).cargoesPerMonth() / total;
                if (credit[i] > credit[best]) {
                    best = i;
                }
            }
            credit[best] -= 1.0;
            PlantAgent plant = world.plant(supply.get(best).plant());
            vessel.placeIdle(plant.id(), plant.location());
        }
    }

    @Override
    public void step(SimState state) {
        double now = world.now();
        int day = Clock.day(now);
        LocalDate date = world.scenario().start().plusDays(day);
        double otherAsiaPerMonth = otherAsia.cargoesPerMonth(otherAsiaFactor);
        otherAsiaOwed += otherAsiaPerMonth / date.lengthOfMonth();
        int otherAsiaBids = (int) Math.floor(otherAsiaOwed);
        otherAsiaOwed -= otherAsiaBids;

        List<Need> needs = new ArrayList<>();
        List<SpotClearing.Bid> bids = new ArrayList<>();
        for (Market.Bidder bidder : spec.bidders()) {
            Need need = need(bidder, now);
            for (int i = 0; need != null && i < need.cargoes; i++) {
                needs.add(need);
                bids.add(new SpotClearing.Bid(bidder.importer(), bidder.maxPriceUsdPerMMBtu()));
            }
        }
        for (int i = 0; i < otherAsiaBids; i++) {
            bids.add(new SpotClearing.Bid(OTHER_ASIA, spec.otherAsia().maxPriceUsdPerMMBtu()));
        }
        // every term in cargoes a month: other Asia's rate, and the importers' last 30 days of awards plus today's bids
        double demandPerMonth = otherAsiaPerMonth
                + importerPurchases.cargoesPerMonth(day, needs.size(), date.lengthOfMonth());
        double[] availablePerMonth = availableSupply();
        int freeShips = world.fleet(spec.fleet()).freeShips(offering);
        charterRateToday = charter == null ? Double.NaN : charter.usdPerDay(freeShips);
        AtlanticClearing.Result market = AtlanticClearing.clear(index, demandPerMonth,
                basinSupply(availablePerMonth, false), basinSupply(availablePerMonth, true), europeNetback(date));
        double price = market.priceUsdPerMMBtu();
        offerToday(availablePerMonth, market.atlanticShareToAsia(), date.lengthOfMonth());
        List<SpotOutcome> outcomes = SpotClearing.clear(bids, wholeCargoesOnOffer(), price);

        int otherAsiaBought = 0;
        int importersBought = 0;
        for (int i = 0; i < bids.size(); i++) {
            if (i < needs.size()) {
                importersBought += settle(needs.get(i), outcomes.get(i), price, now) ? 1 : 0;
            } else if (outcomes.get(i) == SpotOutcome.AWARDED && takeForOtherAsia()) {
                otherAsiaBought++;
            }
        }
        importerPurchases.award(day, importersBought);
        otherAsiaFactor = otherAsia.nextFactor(otherAsiaFactor, date.getMonth(), price);
        world.publish(new MarketDay(now, MARKET_ID, price, market.tightness(), market.supplyToAsiaPerMonth(), demandPerMonth,
                totalOnOffer(), otherAsiaBought, world.fleet(spec.fleet()).idleShips(), freeShips, charterRateToday));
        world.at(now + Units.HOURS_PER_DAY, Phase.PROTOCOL, this);
    }

    /** Europe's price plus the extra freight to Asia; with no Atlantic block, no Atlantic plant and no effect. */
    private double europeNetback(LocalDate date) {
        Market.Atlantic atlantic = spec.atlantic();
        return atlantic == null ? 0.0 : atlantic.europePriceOn(date) + atlantic.extraFreightToAsiaUsdPerMMBtu();
    }

    /**
     * The flexible cargoes a month each plant could offer Asia today: its volume while it loads (in
     * proportion to what a plant outage leaves) and a laden ship could reach an Asian terminal, else 0.
     */
    private double[] availableSupply() {
        double[] perMonth = new double[onOffer.length];
        offering.clear();
        for (int i = 0; i < onOffer.length; i++) {
            Market.Supply supply = spec.supply().get(i);
            PlantAgent plant = plants.get(supply.plant());
            if (plant.loadingNow() && reachesAsia(plant)) {
                offering.add(plant);
                perMonth[i] = supply.cargoesPerMonth() * plant.remainingPct() / 100.0;
            }
        }
        return perMonth;
    }

    private double basinSupply(double[] availablePerMonth, boolean atlantic) {
        double sum = 0;
        for (int i = 0; i < availablePerMonth.length; i++) {
            sum += atlanticPlant[i] == atlantic ? availablePerMonth[i] : 0.0;
        }
        return sum;
    }

    /**
     * Adds the day's flexible cargoes each plant can offer Asia (an Atlantic plant only the share the
     * Atlantic clearing sends to Asia; the rest is sold to Europe); a plant that cannot offer loses
     * what it had on offer; unsold cargoes go elsewhere after {@code unsoldCargoDays}.
     */
    private void offerToday(double[] availablePerMonth, double atlanticShareToAsia, int daysInMonth) {
        for (int i = 0; i < onOffer.length; i++) {
            double monthly = availablePerMonth[i] * (atlanticPlant[i] ? atlanticShareToAsia : 1.0);
            if (monthly <= 0) {
                onOffer[i] = 0;
                continue;
            }
            double daily = monthly / daysInMonth;
            onOffer[i] = Math.min(onOffer[i] + daily, unsoldLimit(daily));
        }
    }

    /**
     * The most a plant keeps on offer: {@code unsoldCargoDays} of its flexible cargoes, and at
     * least one whole cargo (a small plant's cargo is offered whole, or it could never be sold).
     */
    private double unsoldLimit(double dailyCargoes) {
        return dailyCargoes > 0 ? Math.max(1.0, dailyCargoes * spec.unsoldCargoDays()) : 0.0;
    }

    /** Whether a laden ship could sail from the plant to any bidder's terminal with today's closures. */
    private boolean reachesAsia(PlantAgent plant) {
        for (TerminalAgent terminal : world.terminals()) {
            if (isBidder(terminal.spec().importer())
                    && world.router().route(plant.location(), terminal.location(), world.closedChokepoints()).reachable()) {
                return true;
            }
        }
        return false;
    }

    private boolean isBidder(String importer) {
        return spec.bidders().stream().anyMatch(b -> b.importer().equals(importer));
    }

    private int wholeCargoesOnOffer() {
        int whole = 0;
        for (double cargoes : onOffer) {
            whole += (int) Math.floor(cargoes + 1e-9);
        }
        return whole;
    }

    private double totalOnOffer() {
        double total = 0;
        for (double cargoes : onOffer) {
            total += cargoes;
        }
        return total;
    }

    private boolean takeForOtherAsia() {
        int best = -1;
        for (int i = 0; i < onOffer.length; i++) {
            if (onOffer[i] >= 1 - 1e-9 && (best < 0 || onOffer[i] > onOffer[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        onOffer[best] -= 1;
        return true;
    }

    /** What a bidder needs today: its least-covered region, that region's projection and the cargoes to bid. */
    private record Need(Market.Bidder bidder, RegionAgent region, TerminalAgent terminal, double coverDays, int cargoes) {
    }

    private Need need(Market.Bidder bidder, double now) {
        double leadDays = leadTimeDays(bidder.importer(), now);
        StockProjection projection = new StockProjection(world, world.contracts(), leadDays, new PendingReleases());
        RegionAgent neediest = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (RegionAgent region : regionsByImporter.getOrDefault(bidder.importer(), List.of())) {
            double cover = SpotBidRule.coverWithPurchasesDays(projection.minCoverDays(region),
                    boughtNotLoadedT(region.id(), now), plannedUseT(region, now));
            if (cover < lowest && terminalFor(region) != null) {
                lowest = cover;
                neediest = region;
            }
        }
        if (neediest == null) {
            return null;
        }
        int cargoes = SpotBidRule.cargoesToBid(lowest, plannedUseT(neediest, now), bidder.triggerDaysOfCover(),
                bidder.targetDaysOfCover(), cargoT(), bidder.maxCargoesPerDay());
        return cargoes == 0 ? null : new Need(bidder, neediest, terminalFor(neediest), lowest, cargoes);
    }

    /**
     * Days until a cargo bought today could arrive at the importer: the soonest over the plants with a
     * cargo on offer, an idle ship that can reach them and a route to one of its terminals. With none,
     * {@link #NO_CARGO_LEAD_DAYS}: the buyer still looks a month ahead.
     */
    private double leadTimeDays(String importer, double now) {
        FleetPool fleet = world.fleet(spec.fleet());
        double earliest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < onOffer.length; i++) {
            if (onOffer[i] < 1 - 1e-9) {
                continue;
            }
            PlantAgent plant = plants.get(spec.supply().get(i).plant());
            double atPlant = fleet.earliestIdleArrivalHours(plant);
            if (Double.isInfinite(atPlant)) {
                continue;
            }
            for (TerminalAgent terminal : world.terminals()) {
                if (terminal.spec().importer().equals(importer)) {
                    Route laden = world.router().route(plant.location(), terminal.location(), world.closedChokepoints());
                    if (laden.reachable()) {
                        earliest = Math.min(earliest, atPlant + loadingHours(plant)
                                + VoyageTiming.sailingHours(laden.distanceNm(), fleet.spec().speedKn()));
                    }
                }
            }
        }
        return Double.isInfinite(earliest) ? NO_CARGO_LEAD_DAYS : Units.hoursToDays(earliest - now);
    }

    private double loadingHours(PlantAgent plant) {
        return world.scenario().plant(plant.id()).orElseThrow().loadingHours();
    }

    /** Spot cargoes bought for the region whose ship has not loaded yet (once loaded, the projection sees them at sea). */
    private double boughtNotLoadedT(String regionId, double now) {
        double massT = 0;
        Iterator<double[]> it = onTheWay.getOrDefault(regionId, new ArrayList<>()).iterator();
        while (it.hasNext()) {
            double[] cargo = it.next();
            if (cargo[0] < now) {
                it.remove();
            } else {
                massT += cargo[1];
            }
        }
        return massT;
    }

    /**
     * The daily use a buyer plans its purchases against: the larger of what its consumers asked for
     * lately and what they ordinarily use. A demand shock raises the first; rationing (an allocation
     * order, fuel-limited operation) lowers what is drawn but not what is needed, and a buyer short
     * of gas goes to the market for it.
     */
    private double plannedUseT(RegionAgent region, double now) {
        return Math.max(region.expectedDailyUseT(), region.ordinaryDailyUseT(Clock.day(now)));
    }

    /** The region's emptiest available terminal that berths the spot fleet's ships. */
    private TerminalAgent terminalFor(RegionAgent region) {
        double vesselM3 = world.fleet(spec.fleet()).spec().vesselCapacityM3();
        TerminalAgent best = null;
        for (TerminalAgent terminal : world.terminals()) {
            if (terminal.spec().region().equals(region.id()) && terminal.available()
                    && terminal.spec().maxVesselM3() >= vesselM3
                    && (best == null || terminal.usableT() / terminal.capacityT() < best.usableT() / best.capacityT())) {
                best = terminal;
            }
        }
        return best;
    }

    private double cargoT() {
        return Units.m3ToT(world.fleet(spec.fleet()).spec().vesselCapacityM3()) * VesselAgent.FILL_SHARE;
    }

    /** Settles one importer bid; true when a cargo was bought and a ship sent for it. */
    private boolean settle(Need need, SpotOutcome outcome, double price, double now) {
        double massT = cargoT();
        String importer = need.bidder.importer();
        if (outcome != SpotOutcome.AWARDED) {
            world.publish(new SpotBid(now, importer, outcome, null, need.terminal.id(), massT, price,
                    need.bidder.maxPriceUsdPerMMBtu(), 0, need.coverDays, 0, 0));
            return false;
        }
        int source = -1;
        double earliest = Double.POSITIVE_INFINITY;
        double loadedBy = Double.POSITIVE_INFINITY;
        FleetPool fleet = world.fleet(spec.fleet());
        for (int i = 0; i < onOffer.length; i++) {
            if (onOffer[i] < 1 - 1e-9) {
                continue;
            }
            PlantAgent plant = plants.get(spec.supply().get(i).plant());
            Route laden = world.router().route(plant.location(), need.terminal.location(), world.closedChokepoints());
            double atPlant = fleet.earliestIdleArrivalHours(plant);
            if (!laden.reachable() || Double.isInfinite(atPlant)) {
                continue;
            }
            double arrival = atPlant + loadingHours(plant)
                    + VoyageTiming.sailingHours(laden.distanceNm(), fleet.spec().speedKn());
            if (arrival < earliest) {
                earliest = arrival;
                loadedBy = atPlant + loadingHours(plant);
                source = i;
            }
        }
        if (source < 0) {
            world.publish(new SpotBid(now, importer, SpotOutcome.NO_SHIP, null, need.terminal.id(), massT, price,
                    need.bidder.maxPriceUsdPerMMBtu(), 0, need.coverDays, 0, 0));
            return false;
        }
        onOffer[source] -= 1;
        PlantAgent plant = plants.get(spec.supply().get(source).plant());
        contract(importer, plant).orderNow(now, need.terminal.id());
        onTheWay.computeIfAbsent(need.region.id(), k -> new ArrayList<>()).add(new double[] {loadedBy, massT});
        world.publish(new SpotBid(now, importer, SpotOutcome.AWARDED, plant.id(), need.terminal.id(), massT, price,
                need.bidder.maxPriceUsdPerMMBtu(), massT * Units.MMBTU_PER_T * price, need.coverDays,
                charter == null ? 0 : Units.hoursToDays(earliest - now),
                charter == null ? 0 : CharterRate.costUsd(Units.hoursToDays(earliest - now), charterRateToday)));
        return true;
    }

    /** The importer's spot purchases from one plant, as a FOB contract of the market's own (not in any programme). */
    private ContractAgent contract(String importer, PlantAgent plant) {
        String id = "market-" + importer + "-" + plant.id();
        return contracts.computeIfAbsent(id, k -> {
            List<String> terminals = new ArrayList<>();
            double vesselM3 = world.fleet(spec.fleet()).spec().vesselCapacityM3();
            for (TerminalAgent terminal : world.terminals()) {
                if (terminal.spec().importer().equals(importer) && terminal.spec().maxVesselM3() >= vesselM3) {
                    terminals.add(terminal.spec().id());
                }
            }
            double cargoT = cargoT();
            Contract contract = new Contract(id, plant.id(), importer, terminals, cargoT / Units.T_PER_MT,
                    DeliveryTerms.FOB, true, spec.fleet(), null, "market: spot cargoes bought");
            DeliveryProgramme unused = new DeliveryProgramme(contract.annualMt(), cargoT, null, 0.0,
                    world.scenario().start());
            return new ContractAgent(world, contract, unused, plant, 0.0, importer, 0);
        });
    }
}
