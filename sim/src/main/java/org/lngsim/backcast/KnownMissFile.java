package org.lngsim.backcast;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lngsim.files.InputFile;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.yaml.Location;

/**
 * Reads {@code known-misses.csv} (header {@code event,figure,issue,mechanism}): each figure the
 * model is known to miss, why, and which issue is to fix it. Checked in full; an entry naming an
 * event or figure that does not exist is an error, so the list cannot hold stale names.
 */
public final class KnownMissFile {

    static final String FILE = "known-misses.csv";
    private static final List<String> HEADER = List.of("event", "figure", "issue", "mechanism");
    private static final Pattern ISSUE = Pattern.compile("[1-9][0-9]{0,4}");

    private KnownMissFile() {
    }

    /** The entries by {@code event/figure}; a missing file is an empty list. */
    public static Map<String, KnownMiss> read(Path file) throws ScenarioException {
        if (!java.nio.file.Files.exists(file)) {
            return Map.of();
        }
        String source = file.toString();
        List<List<LocatedCsv.Cell>> records;
        try {
            records = LocatedCsv.parse(new String(InputFile.read(file, ObservationFile.MAX_BYTES), StandardCharsets.UTF_8));
        } catch (InputFile.Refused e) {
            throw new ScenarioException(List.of(new Problem(Location.of(source), "", e.getMessage())));
        } catch (LocatedCsv.SyntaxError e) {
            throw new ScenarioException(List.of(new Problem(new Location(source, e.line(), e.column()), "", e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (records.isEmpty() || !records.get(0).stream().map(LocatedCsv.Cell::text).toList().equals(HEADER)) {
            throw new ScenarioException(List.of(new Problem(Location.of(source), "", "the header must be "
                    + String.join(",", HEADER))));
        }
        Map<String, KnownMiss> misses = new LinkedHashMap<>();
        for (List<LocatedCsv.Cell> r : records.subList(1, records.size())) {
            Location at = new Location(source, r.get(0).line(), r.get(0).column());
            if (r.size() != HEADER.size()) {
                problems.add(new Problem(at, "", "the row has " + r.size() + " fields; it needs " + HEADER.size()
                        + " (quote a mechanism that holds a comma)"));
                continue;
            }
            LocatedCsv.Cell issue = r.get(2);
            if (!ISSUE.matcher(issue.text()).matches()) {
                problems.add(new Problem(new Location(source, issue.line(), issue.column()), "issue",
                        "'" + issue.text() + "' is not an issue number"));
                continue;
            }
            if (r.get(3).text().isEmpty()) {
                problems.add(new Problem(at, "mechanism", "is empty; say which model mechanism explains the miss"));
                continue;
            }
            KnownMiss miss = new KnownMiss(r.get(0).text(), r.get(1).text(), Integer.parseInt(issue.text()),
                    r.get(3).text(), at);
            if (misses.putIfAbsent(miss.key(), miss) != null) {
                problems.add(new Problem(at, "", miss.key() + " is listed twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return misses;
    }
}
