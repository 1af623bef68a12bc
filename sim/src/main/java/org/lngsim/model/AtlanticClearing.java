package org.lngsim.model;

/**
 * Where the Atlantic basin's flexible cargoes go: to Asia only while the Asian price pays at least
 * Europe's price plus the extra freight of the longer voyage (the "arbitrage"); otherwise to Europe.
 *
 * <p>Three cases, for the month's Asian spot demand, the flexible supply of the other basins and the
 * Atlantic's, and Europe's netback (its price plus the extra freight to Asia):
 * <ul>
 * <li>with every Atlantic cargo in Asia the index still pays the netback or more: all come, and the
 *     index is the tightness price ({@link SpotPrice});
 * <li>even with none the index stays at or below the netback: all go to Europe;
 * <li>in between, Asia gets just enough Atlantic cargoes to hold its price at the netback — the
 *     marginal cargo is indifferent between the basins, so the Asian price is Europe's plus freight.
 * </ul>
 * Europe's price is an input (an exogenous series), not modelled here.
 */
public final class AtlanticClearing {

    private AtlanticClearing() {
    }

    /** The day's result: the index, its tightness, the Atlantic's share sent to Asia and the supply Asia gets (cargoes a month). */
    public record Result(double priceUsdPerMMBtu, double tightness, double atlanticShareToAsia, double supplyToAsiaPerMonth) {
    }

    public static Result clear(SpotPrice index, double demandCargoesPerMonth, double otherSupplyCargoesPerMonth,
            double atlanticSupplyCargoesPerMonth, double europeNetbackUsdPerMMBtu) {
        if (!(demandCargoesPerMonth >= 0) || !(otherSupplyCargoesPerMonth >= 0) || !(atlanticSupplyCargoesPerMonth >= 0)
                || !(europeNetbackUsdPerMMBtu >= 0)) {
            throw new IllegalArgumentException("demand, supplies and Europe's netback must not be negative");
        }
        double all = otherSupplyCargoesPerMonth + atlanticSupplyCargoesPerMonth;
        double allTightness = SpotPrice.tightness(demandCargoesPerMonth, all);
        double allPrice = index.priceUsdPerMMBtu(allTightness);
        if (atlanticSupplyCargoesPerMonth == 0 || allPrice >= europeNetbackUsdPerMMBtu) {
            return new Result(allPrice, allTightness, 1.0, all);
        }
        double noneTightness = SpotPrice.tightness(demandCargoesPerMonth, otherSupplyCargoesPerMonth);
        double nonePrice = index.priceUsdPerMMBtu(noneTightness);
        if (nonePrice <= europeNetbackUsdPerMMBtu) {
            return new Result(nonePrice, noneTightness, 0.0, otherSupplyCargoesPerMonth);
        }
        // allPrice < netback < nonePrice: the supply at which the index equals the netback lies strictly between
        double tightness = index.tightnessAt(europeNetbackUsdPerMMBtu);
        double supply = demandCargoesPerMonth / tightness;
        double share = (supply - otherSupplyCargoesPerMonth) / atlanticSupplyCargoesPerMonth;
        return new Result(europeNetbackUsdPerMMBtu, tightness, share, supply);
    }
}
