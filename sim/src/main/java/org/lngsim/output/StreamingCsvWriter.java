package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lngsim.events.EventListener;
import org.lngsim.events.SimEvent;

/**
 * Base of the CSV writers: owns the buffered file, turns I/O failures into unchecked ones (the
 * bus cannot throw checked exceptions, and a failed write must stop the run) and makes
 * {@link #finish()} and {@link #close()} safe to call more than once.
 */
abstract class StreamingCsvWriter implements EventListener, AutoCloseable {

    private final OutputStream file;
    private final BufferedWriter out;
    private boolean finished;

    StreamingCsvWriter(Path path, String... header) throws IOException {
        this.file = Files.newOutputStream(path);
        this.out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
        Csv.row(out, header);
    }

    @Override
    public final void on(SimEvent event) {
        if (finished) {
            throw new IllegalStateException("event after finish: " + event.type());
        }
        try {
            accept(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            flushRemaining(out);
            out.close();
        } catch (IOException e) {
            closeFile();
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the file without writing what is pending (used when a run is abandoned). */
    @Override
    public final void close() {
        finished = true;
        try {
            out.close();
        } catch (IOException e) {
            // Abandoning the run: the folder is deleted next, a close failure changes nothing.
        }
        closeFile();
    }

    /**
     * Closes the file itself. When the disk is full, the JDK's writer fails to flush on close and
     * then leaves the file open (until the garbage collector runs): the run's partial folder could
     * not be deleted, nor the disk unmounted. Closing the stream directly always releases it.
     */
    private void closeFile() {
        try {
            file.close();
        } catch (IOException e) {
            // Nothing was pending below the writer: a failure here has nothing left to lose.
        }
    }

    abstract void accept(SimEvent event, BufferedWriter out) throws IOException;

    /** Writes what is still held in memory at the end of the run. */
    void flushRemaining(BufferedWriter out) throws IOException {
    }
}
