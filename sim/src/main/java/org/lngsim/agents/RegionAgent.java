package org.lngsim.agents;

import java.util.ArrayList;
import java.util.List;
import org.lngsim.events.RegionDay;
import org.lngsim.model.Clock;
import org.lngsim.model.DaysOfCover;
import org.lngsim.model.SendOutMerit;
import org.lngsim.model.Units;
import org.lngsim.model.UtilityStock;
import org.lngsim.scenario.Region;
import org.lngsim.scenario.SendOutOrder;

/**
 * A region's terminals seen as one supply: consumers draw from it, and it takes the gas from each
 * terminal in proportion to what that terminal can give now (usable stock within its send-out
 * limit), or, by the region's {@code sendOutOrder}, first from the terminal whose tanks most need
 * room (model/SendOutMerit). It keeps what consumers asked for over the last week to project days of cover.
 */
public final class RegionAgent {

    private static final int MEMORY_DAYS = 7;
    /** How far recent requests may stand from ordinary use for the ordinary shape still to apply. */
    private static final double MAX_SHAPE_SCALE = 4.0;

    private final WorldContext world;
    private final Region spec;
    private final List<TerminalAgent> terminals = new ArrayList<>();
    private final List<UseOutlook> consumers = new ArrayList<>();
    private final double[] requestedByDay = new double[MEMORY_DAYS];
    private int daysRemembered;
    private double requestedTodayT;
    private double hoursToday;

    RegionAgent(WorldContext world, Region spec) {
        this.world = world;
        this.spec = spec;
    }

    public String id() {
        return spec.id();
    }

    Region spec() {
        return spec;
    }

    String importerId() {
        return spec.importer();
    }

    void add(TerminalAgent terminal) {
        terminals.add(terminal);
    }

    /** A consumer drawing on this region, whose ordinary use shapes the region's outlook. */
    void addConsumer(UseOutlook consumer) {
        consumers.add(consumer);
    }

    List<TerminalAgent> terminals() {
        return terminals;
    }

    /** Draws up to {@code requestedT} over the next {@code hours}; returns what was served. */
    double draw(double requestedT, double hours) {
        requestedTodayT += requestedT;
        if (requestedT <= 0) {
            return 0.0;
        }
        double[] can = new double[terminals.size()];
        double total = 0;
        for (int i = 0; i < can.length; i++) {
            TerminalAgent terminal = terminals.get(i);
            can[i] = Math.min(terminal.usableT(), terminal.sendOutRoomT(hours));
            total += can[i];
        }
        double served = Math.min(requestedT, total);
        if (served <= 0) {
            return 0.0;
        }
        if (spec.sendOutOrder() == SendOutOrder.FULLEST_FIRST) {
            double[] fill = new double[can.length];
            for (int i = 0; i < can.length; i++) {
                fill[i] = terminals.get(i).committedFill();
            }
            double[] take = SendOutMerit.fullestFirst(can, fill, served);
            for (int i = 0; i < take.length; i++) {
                if (take[i] > 0) {
                    terminals.get(i).sendOut(take[i]);
                }
            }
            return served;
        }
        for (int i = 0; i < can.length; i++) {
            if (can[i] > 0) {
                terminals.get(i).sendOut(served * can[i] / total);
            }
        }
        return served;
    }

    /** Notes that consumers' requests so far today cover {@code hours} of the day. */
    void hoursElapsed(double hours) {
        hoursToday = Math.max(hoursToday, hours);
    }

    double stockT() {
        double stock = 0;
        for (TerminalAgent terminal : terminals) {
            stock += terminal.stockT();
        }
        return stock;
    }

    double usableT() {
        double usable = 0;
        for (TerminalAgent terminal : terminals) {
            usable += terminal.usableT();
        }
        return usable;
    }

    /** Expected daily use: the mean of what was asked for over the last week (or so far today). */
    double expectedDailyUseT() {
        if (daysRemembered > 0) {
            double sum = 0;
            int n = Math.min(daysRemembered, MEMORY_DAYS);
            for (int i = 0; i < n; i++) {
                sum += requestedByDay[i];
            }
            return sum / n;
        }
        return hoursToday >= 1 ? requestedTodayT * Units.HOURS_PER_DAY / hoursToday : 0.0;
    }

    /**
     * Expected use for today and each of the next {@code days} days: the consumers' ordinary use,
     * scaled by how what they asked for recently compares with their ordinary use then (a demand
     * shock or fuel conservation carries on); the recent mean when the consumers give no shape.
     * Before anything has been asked for (the first hour of a run) the ordinary use stands alone.
     */
    double[] useOutlookT(int days) {
        int today = Clock.day(world.now());
        int remembered = Math.min(daysRemembered, MEMORY_DAYS);
        boolean nothingAskedYet = remembered == 0 && hoursToday < 1;
        double ordinaryRecentT = 0;
        if (remembered == 0) {
            ordinaryRecentT = ordinaryUseT(today);
        } else {
            for (int back = 1; back <= remembered; back++) {
                ordinaryRecentT += ordinaryUseT(today - back) / remembered;
            }
        }
        double recentT = nothingAskedYet ? ordinaryRecentT : expectedDailyUseT();
        double scale = recentT / ordinaryRecentT;
        // The consumers' shapes describe the coming days only while what is asked is of their
        // order (a demand shock, fuel conservation); far from it — a grid that ordinarily burns
        // no gas asked for some, say — they say nothing, and the recent mean stands alone.
        boolean shaped = ordinaryRecentT > 0 && scale >= 1 / MAX_SHAPE_SCALE && scale <= MAX_SHAPE_SCALE;
        double[] outlook = new double[days + 1];
        for (int d = 0; d <= days; d++) {
            outlook[d] = shaped ? ordinaryUseT(today + d) * scale : recentT;
        }
        return outlook;
    }

    /** What the region's consumers would draw on {@code day} in ordinary times (no rationing, no shocks). */
    double ordinaryDailyUseT(int day) {
        return ordinaryUseT(day);
    }

    private double ordinaryUseT(int day) {
        double total = 0;
        for (UseOutlook consumer : consumers) {
            total += consumer.ordinaryUseT(day);
        }
        return total;
    }

    /** One terminal's own days of cover: its usable stock over its share of the region's use. */
    double daysOfCover(TerminalAgent terminal) {
        return DaysOfCover.of(terminal.usableT(), expectedDailyUseT() * sendOutShare(terminal));
    }

    /**
     * A terminal's share of the region's send-out capacity: the region draws on its terminals in
     * proportion to what each can send out, so this is also its share of the region's use.
     */
    double sendOutShare(TerminalAgent terminal) {
        double total = 0;
        for (TerminalAgent t : terminals) {
            total += t.sendOutCapacityTPerHour();
        }
        return total > 0 ? terminal.sendOutCapacityTPerHour() / total : 0.0;
    }

    double daysOfCover() {
        return DaysOfCover.of(usableT(), expectedDailyUseT());
    }

    /** End of day: terminals report, the region reports, and today's requests join the memory. */
    void endOfDay(int day) {
        for (TerminalAgent terminal : terminals) {
            terminal.endOfDay(day);
        }
        requestedByDay[daysRemembered % MEMORY_DAYS] = requestedTodayT;
        daysRemembered++;
        double stockT = stockT();
        Double utilityStockT = spec.powerUtilityStockPct() == null ? null : UtilityStock.of(stockT, spec.powerUtilityStockPct());
        world.publish(new RegionDay(Units.daysToHours(day), id(), spec.importer(), stockT, usableT(), expectedDailyUseT(),
                daysOfCover(), utilityStockT));
        requestedTodayT = 0;
        hoursToday = 0;
    }
}
