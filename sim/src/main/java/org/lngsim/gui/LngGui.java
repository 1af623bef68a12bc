package org.lngsim.gui;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import org.lngsim.agents.LiveView;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.MarnetResolution;
import org.lngsim.geo.SeaLaneNetwork;
import org.lngsim.scenario.Importer;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.world.LngWorld;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The live view of a scenario on MASON's GUI: the Console drives the same {@link LngWorld} the
 * batch run uses (play, pause, step, speed); a {@link Display2D} shows the map; a second frame
 * charts the shortfalls. Every start (the Console's play after a stop) builds a fresh world from
 * the scenario and its seed, so a run watched twice is the same run. After each step of the
 * model the map's markers are refreshed from {@link LiveView} copies, on the simulation's thread.
 */
public final class LngGui extends GUIState {

    /** The map's size in pixels: 8 px a degree. */
    static final double PX_PER_DEG = 8;

    private final Scenario scenario;
    private final ScenarioGeography geography;
    private final DailyShortfall counterfactual;
    private final Map<String, Color> countries;
    private final BaseMapPortrayal baseMap;
    private final ContinuousPortrayal2D placesPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D shipsPortrayal = new ContinuousPortrayal2D();
    private final RunPanel panel;
    private final ShortfallCharts charts;
    private volatile MapState mapState;
    private LiveRun run;
    private Continuous2D places;
    private Continuous2D ships;
    private Map<String, ShipMarker> shipMarkers;
    private Map<String, TerminalMarker> terminalMarkers;
    private Map<String, PlantMarker> plantMarkers;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;

    /**
     * @param counterfactual the protocol-off run's daily shortfalls, for the charts' second line
     *     (null when there is none)
     */
    LngGui(Scenario scenario, DailyShortfall counterfactual) {
        this(scenario, new ScenarioGeography(scenario), counterfactual);
    }

    private LngGui(Scenario scenario, ScenarioGeography geography, DailyShortfall counterfactual) {
        this(scenario, geography, new LiveRun(scenario, geography), counterfactual);
    }

    private LngGui(Scenario scenario, ScenarioGeography geography, LiveRun first, DailyShortfall counterfactual) {
        super(first.world());
        this.scenario = scenario;
        this.geography = geography;
        this.run = first;
        this.counterfactual = counterfactual;
        this.countries = Palette.countries(scenario.importers().stream().map(Importer::id).toList());
        Path2D lanes = org.lngsim.charts.RouteMapChart.lanes(SeaLaneNetwork.shared(MarnetResolution.KM_50));
        this.baseMap = new BaseMapPortrayal(org.lngsim.charts.Land.outlines(), lanes, scenario.chokepoints(), countries,
                () -> mapState);
        this.panel = new RunPanel(scenario.start());
        this.charts = new ShortfallCharts(counterfactual);
    }

    /** The Console's title bar and "About" tab. */
    public static String getName() {
        return "lngsim — LNG to Japan and India";
    }

    /** The Console's "About" tab. */
    public static Object getInfo() {
        return "<html><h2>lngsim</h2><p>LNG cargoes to Japan and India through the maritime chokepoints, and the "
                + "India-Japan mutual redirection protocol, on the same world as <code>lngsim run</code>.</p>"
                + "<p>Ships: dots in their destination country's colour (grey in ballast), ringed red while held, "
                + "purple when redirected by the protocol, black when rerouted. Chokepoints: red while closed, "
                + "amber while restricted. Terminals: gauges of days of cover, red below the protocol's trigger "
                + "(red tick: the party asks for cargoes), amber below the donor floor (black tick: it can give "
                + "none). Click a ship or a terminal to inspect it; the Model tab holds "
                + "the date, the contracts and the protocol's ledger.</p></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return panel;
    }

    @Override
    public boolean isInspectorVolatile() {
        return true;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(MapProjection.widthDeg() * PX_PER_DEG, MapProjection.heightDeg() * PX_PER_DEG, this);
        display.setBackdrop(Palette.SEA);
        display.attach(baseMap, "Land, sea lanes, chokepoints");
        display.attach(placesPortrayal, "Plants and terminals");
        display.attach(shipsPortrayal, "Ships");
        displayFrame = display.createFrame();
        displayFrame.setTitle("lngsim — " + scenario.name());
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chartFrame = charts.frame();
        controller.registerFrame(chartFrame);
        chartFrame.setLocation(displayFrame.getX() + displayFrame.getWidth(), displayFrame.getY());
        chartFrame.setVisible(true);
    }

    @Override
    public void start() {
        // A fresh world on every start, seeded from the scenario: the Console reseeds the old state
        // (with its own seed field, bumped after a stop) just before it calls start.
        run = new LiveRun(scenario, geography);
        state = run.world();
        super.start();
        buildMarkers();
        charts.clear();
        refresh();
        scheduleRepeatingImmediatelyAfter(new Refresh());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void finish() {
        super.finish();
        run.finished();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        displayFrame = null;
        chartFrame = null;
        display = null;
    }

    /** The run the Console drives now. */
    LiveRun run() {
        return run;
    }

    Display2D display() {
        return display;
    }

    /** Where the Console goes: below the charts, right of the map (no window manager places it under Xvfb). */
    java.awt.Point consoleLocation() {
        return chartFrame == null ? new java.awt.Point(0, 0)
                : new java.awt.Point(chartFrame.getX(), chartFrame.getY() + chartFrame.getHeight());
    }

    private final class Refresh implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            // Once the schedule has drained, the clock reads "after the simulation" and the ships
            // would be placed at the end of their legs: the map keeps the last instant's state.
            if (run.world().now() < run.world().clock().horizonHours()) {
                refresh();
            }
        }
    }

    private void buildMarkers() {
        places = new Continuous2D(1.0, MapProjection.widthDeg(), MapProjection.heightDeg());
        ships = new Continuous2D(1.0, MapProjection.widthDeg(), MapProjection.heightDeg());
        shipMarkers = new LinkedHashMap<>();
        terminalMarkers = new LinkedHashMap<>();
        plantMarkers = new LinkedHashMap<>();
        LngWorld world = run.world();
        for (LiveView.PlantState plant : LiveView.plants(world)) {
            PlantMarker marker = new PlantMarker(plant.id());
            plantMarkers.put(plant.id(), marker);
            places.setObjectLocation(marker, at(plant.location()));
        }
        for (LiveView.TerminalState terminal : LiveView.terminals(world)) {
            TerminalMarker marker = new TerminalMarker(terminal.id(), gauge(terminal.importerId()));
            terminalMarkers.put(terminal.id(), marker);
            places.setObjectLocation(marker, at(terminal.location()));
        }
        placesPortrayal.setField(places);
        placesPortrayal.setPortrayalForClass(PlantMarker.class, new PlantPortrayal());
        placesPortrayal.setPortrayalForClass(TerminalMarker.class, new TerminalGaugePortrayal());
        shipsPortrayal.setField(ships);
        shipsPortrayal.setPortrayalForClass(ShipMarker.class, new ShipPortrayal(countries));
    }

    /** The protocol's trigger and donor floor for a party, or a plain gauge when it has none. */
    private CoverGauge gauge(String importerId) {
        return scenario.protocolSettings()
                .filter(p -> p.parties().contains(importerId))
                .map(p -> CoverGauge.of(p.triggerDaysOfCover(importerId), p.donorFloorDaysOfCover(importerId)))
                .orElse(CoverGauge.withoutProtocol());
    }

    private static Double2D at(GeoPoint point) {
        return new Double2D(MapProjection.x(point.lonDeg()), MapProjection.y(point.latDeg()));
    }

    /** Copies the world's state into the markers, the map and the Model tab (simulation thread). */
    private void refresh() {
        LngWorld world = run.world();
        for (LiveView.Ship ship : LiveView.ships(world)) {
            ShipMarker marker = shipMarkers.computeIfAbsent(ship.id(), ShipMarker::new);
            marker.refresh(ship, run.marks().of(ship.id()));
            ships.setObjectLocation(marker, at(ship.position()));
        }
        for (LiveView.TerminalState terminal : LiveView.terminals(world)) {
            terminalMarkers.get(terminal.id()).refresh(terminal);
        }
        for (LiveView.PlantState plant : LiveView.plants(world)) {
            plantMarkers.get(plant.id()).refresh(plant);
        }
        List<LiveView.ChokepointState> gates = LiveView.chokepoints(world);
        mapState = new MapState(DateText.of(scenario.start(), world.now()), gates);
        panel.refresh(world.now(), run.shortfall(), gates, LiveView.contracts(world), LiveView.ledger(world));
        charts.update(run.shortfall());
    }
}
