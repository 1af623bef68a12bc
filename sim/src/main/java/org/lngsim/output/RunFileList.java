package org.lngsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lngsim.runfolder.RunFile;

/**
 * The {@code files} list of a run folder's {@code run.json}: every file the folder holds, as
 * sorted relative paths with {@code /}. Written at commit by {@link RunOutputs}, and again by
 * {@code lngsim chart} when it redraws the charts in other formats, so the list is always true.
 */
public final class RunFileList {

    private static final String FIELD = "files";

    private RunFileList() {
    }

    /** The files under {@code folder}, {@code run.json} included even before it is written. */
    static List<String> of(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(p -> files.add(folder.relativize(p).toString().replace('\\', '/')));
        }
        if (!files.contains(RunFile.RUN_JSON.path())) {
            files.add(RunFile.RUN_JSON.path());
        }
        files.sort(null);
        return files;
    }

    /**
     * Rewrites the list in {@code folder/run.json}, keeping every other field as it is. For a
     * folder nobody reads yet (a staged copy): it writes in place.
     */
    public static void rewrite(Path folder) throws IOException {
        Path file = RunFile.RUN_JSON.in(folder);
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        if (!(tree instanceof ObjectNode run)) {
            throw new IOException(file + ": not a JSON object");
        }
        ArrayNode list = run.putArray(FIELD);
        of(folder).forEach(list::add);
        JsonFiles.writeJson(file, run);
    }
}
