package org.lngsim.gui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.lngsim.files.AtomicFiles;
import org.lngsim.model.Units;
import org.lngsim.output.RunSummary;
import org.lngsim.run.Experiment;
import org.lngsim.run.InvariantViolation;
import org.lngsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Display2D;

/**
 * A scenario opened on MASON's Console. Opening first runs the counterfactual (same scenario and
 * seed, protocol off) headless through {@link Experiment}, with its invariants checked, for the
 * charts' second line; then the Console, the map and the charts open, stopped at day 0. A user
 * plays from there; a script (CI, the README's screenshot) steps it with {@link #runDays}.
 */
public final class GuiSession {

    private final Scenario scenario;
    private final LngGui gui;
    private final Console console;
    private final RunSummary counterfactual;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean started;
    private boolean finished;

    private GuiSession(Scenario scenario, LngGui gui, Console console, RunSummary counterfactual) {
        this.scenario = scenario;
        this.gui = gui;
        this.console = console;
        this.counterfactual = counterfactual;
    }

    /**
     * Runs the counterfactual when the scenario has a protocol and {@code withCounterfactual}, then
     * opens the windows. Needs a display (the caller checks {@code GraphicsEnvironment.isHeadless()}).
     */
    public static GuiSession open(Scenario scenario, boolean withCounterfactual)
            throws IOException, InvariantViolation {
        DailyShortfall without = null;
        RunSummary off = null;
        if (withCounterfactual && scenario.protocolEnabled()) {
            DailyShortfall series = new DailyShortfall(scenario.horizonDays());
            off = Experiment.of(scenario.withoutProtocol()).counterfactual(false)
                    .protocolSide(s -> Experiment.Side.recording(s, series)).run().on();
            without = series;
        }
        DailyShortfall line = without;
        AtomicReference<GuiSession> session = new AtomicReference<>();
        RunSummary offSummary = off;
        onSwing(() -> {
            LngGui gui = new LngGui(scenario, line);
            Console console = new Console(gui);
            GuiSession opened = new GuiSession(scenario, gui, console, offSummary);
            console.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    opened.closed.countDown();
                }
            });
            console.setLocation(gui.consoleLocation());
            console.setVisible(true);
            session.set(opened);
        });
        return session.get();
    }

    private static void onSwing(Runnable task) throws IOException {
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the GUI", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the GUI failed to open: " + e.getCause(), e.getCause());
        }
    }

    /** Waits until the user closes the Console. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Steps the model (as the Console's step button does, without its play thread) until
     * {@code days} simulated days have passed or the run reached its horizon; then the display is
     * brought up to date. Only for a Console that the user is not playing.
     */
    public void runDays(double days) {
        if (!started) {
            synchronized (gui.state.schedule) {
                gui.start();
            }
            started = true;
        }
        // the lock MASON's display paints under (the world's schedule, new since the start)
        synchronized (gui.state.schedule) {
            double until = Units.daysToHours(days);
            boolean more = true;
            while (more && gui.run().world().now() < until) {
                more = gui.step();
            }
            if (!finished && (!more || gui.run().reachedHorizon())) {
                gui.finish();
                finished = true;
            }
        }
    }

    /** The display as a PNG, written atomically. */
    public void snapshot(Path png) throws IOException {
        Path folder = png.toAbsolutePath().normalize().getParent();
        Path temporary = Files.createTempFile(folder, ".lngsim-snapshot-", ".png");
        try {
            Display2D display = gui.display();
            onSwing(() -> {
                try {
                    display.takeSnapshot(temporary.toFile(), Display2D.TYPE_PNG);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            AtomicFiles.write(png, Files.readAllBytes(temporary));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The summary of the run the GUI drove, with the counterfactual's when it ran (as
     * {@code summary.json} holds it); empty until the run has reached its horizon.
     */
    public Optional<RunSummary> summary() {
        LiveRun run = gui.run();
        if (!started || !run.reachedHorizon()) {
            return Optional.empty();
        }
        RunSummary on = run.summary();
        return Optional.of(counterfactual == null ? on : on.withCounterfactual(counterfactual));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Closes the windows (the Console's own close, which also quits the GUI state). */
    public void close() throws IOException {
        onSwing(() -> {
            gui.quit();
            console.dispose();
        });
    }
}
