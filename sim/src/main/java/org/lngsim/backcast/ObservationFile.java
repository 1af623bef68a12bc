package org.lngsim.backcast;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.lngsim.files.InputFile;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.yaml.Location;

/**
 * Reads an event's {@code observed.csv} and checks it in full against the event's scenario before
 * anything runs: the header, every field of every row, ids against the world, dates against the
 * run. Every problem is collected and reported at once, each at its line and column.
 */
public final class ObservationFile {

    /** Far more than any event's observations; refuses a wrong file before it is read. */
    static final long MAX_BYTES = 1_000_000;
    private static final Pattern FIGURE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String source;
    private final Scenario scenario;
    private final SubjectCheck subjects;
    private final List<Problem> problems = new ArrayList<>();

    private ObservationFile(String source, Scenario scenario) {
        this.source = source;
        this.scenario = scenario;
        this.subjects = new SubjectCheck(new WorldIds(scenario));
    }

    /** The observations of {@code file}, for the run {@code scenario} makes. */
    public static List<Observation> read(Path file, Scenario scenario) throws ScenarioException {
        return new ObservationFile(file.toString(), scenario).read(file);
    }

    private List<Observation> read(Path file) throws ScenarioException {
        String text = text(file);
        List<List<LocatedCsv.Cell>> records;
        try {
            records = LocatedCsv.parse(text);
        } catch (LocatedCsv.SyntaxError e) {
            throw new ScenarioException(List.of(new Problem(new Location(source, e.line(), e.column()), "", e.getMessage())));
        }
        if (records.isEmpty()) {
            throw fileProblem("the file is empty; it needs the header " + String.join(",", ObservedColumn.headers()));
        }
        checkHeader(records.get(0));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<Observation> observations = new ArrayList<>();
        Set<String> figures = new HashSet<>();
        for (List<LocatedCsv.Cell> record : records.subList(1, records.size())) {
            row(record).ifPresent(o -> {
                if (!figures.add(o.figure())) {
                    problems.add(new Problem(o.location(), ObservedColumn.FIGURE.header(),
                            "figure '" + o.figure() + "' is listed twice; each figure needs its own id"));
                }
                observations.add(o);
            });
        }
        if (records.size() == 1) {
            problems.add(new Problem(new Location(source, 2, 1), "", "no observations: the file has only its header"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(observations);
    }

    private String text(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = InputFile.read(file, MAX_BYTES);
        } catch (InputFile.Refused e) {
            throw fileProblem(e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem("is not UTF-8 text");
        }
    }

    private ScenarioException fileProblem(String message) {
        return new ScenarioException(List.of(new Problem(Location.of(source), "", message)));
    }

    private void checkHeader(List<LocatedCsv.Cell> header) {
        List<String> expected = ObservedColumn.headers();
        for (int i = 0; i < Math.max(expected.size(), header.size()); i++) {
            if (i >= header.size()) {
                problems.add(new Problem(new Location(source, 1, 1), "",
                        "the header lacks column '" + expected.get(i) + "'; it must be " + String.join(",", expected)));
            } else if (i >= expected.size()) {
                problems.add(at(header.get(i), "", "unknown column '" + header.get(i).text() + "'; the columns are "
                        + String.join(",", expected)));
            } else if (!header.get(i).text().equals(expected.get(i))) {
                problems.add(at(header.get(i), "", "column " + (i + 1) + " must be '" + expected.get(i) + "', not '"
                        + header.get(i).text() + "'; the header is " + String.join(",", expected)));
            }
        }
    }

    private Optional<Observation> row(List<LocatedCsv.Cell> record) {
        int columns = ObservedColumn.values().length;
        if (record.size() != columns) {
            problems.add(at(record.get(0), "", "the row has " + record.size() + " fields; it needs " + columns
                    + " (quote a field that holds a comma)"));
            return Optional.empty();
        }
        int before = problems.size();
        String figure = figure(cell(record, ObservedColumn.FIGURE));
        Optional<Metric> metric = metric(cell(record, ObservedColumn.METRIC));
        LocatedCsv.Cell subjectCell = cell(record, ObservedColumn.SUBJECT);
        metric.ifPresent(m -> subjects.problem(m.subject(), subjectCell.text())
                .ifPresent(message -> problems.add(at(subjectCell, ObservedColumn.SUBJECT.header(), message))));
        Optional<LocalDate> from = date(record, ObservedColumn.FROM);
        Optional<LocalDate> to = date(record, ObservedColumn.TO);
        if (from.isPresent() && to.isPresent()) {
            checkWindow(record, metric, from.get(), to.get());
        }
        OptionalDouble value = number(record, ObservedColumn.VALUE);
        OptionalDouble low = number(record, ObservedColumn.LOW);
        OptionalDouble high = number(record, ObservedColumn.HIGH);
        checkBand(record, value, low, high);
        metric.ifPresent(m -> unit(cell(record, ObservedColumn.UNIT), m));
        LocatedCsv.Cell source = cell(record, ObservedColumn.SOURCE);
        if (source.text().isEmpty()) {
            problems.add(at(source, ObservedColumn.SOURCE.header(), "is empty; every observation needs its source"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Observation(figure, metric.get(), subjectCell.text(), from.get(), to.get(), value, low,
                high, source.text(), cell(record, ObservedColumn.URL).text(), cell(record, ObservedColumn.NOTE).text(),
                location(record.get(0))));
    }

    private static LocatedCsv.Cell cell(List<LocatedCsv.Cell> record, ObservedColumn column) {
        return record.get(column.ordinal());
    }

    private String figure(LocatedCsv.Cell cell) {
        if (!FIGURE_ID.matcher(cell.text()).matches()) {
            problems.add(at(cell, ObservedColumn.FIGURE.header(), "'" + cell.text()
                    + "' is not a figure id: lower-case letters and digits joined by hyphens"));
        }
        return cell.text();
    }

    private Optional<Metric> metric(LocatedCsv.Cell cell) {
        Optional<Metric> metric = Metric.ofId(cell.text());
        if (metric.isEmpty()) {
            problems.add(at(cell, ObservedColumn.METRIC.header(), "unknown metric '" + cell.text() + "'; known: "
                    + String.join(", ", java.util.Arrays.stream(Metric.values()).map(Metric::id).toList())));
        }
        return metric;
    }

    private Optional<LocalDate> date(List<LocatedCsv.Cell> record, ObservedColumn column) {
        LocatedCsv.Cell cell = cell(record, column);
        try {
            return Optional.of(LocalDate.parse(cell.text()));
        } catch (DateTimeParseException e) {
            problems.add(at(cell, column.header(), "'" + cell.text() + "' is not a date (YYYY-MM-DD)"));
            return Optional.empty();
        }
    }

    private void checkWindow(List<LocatedCsv.Cell> record, Optional<Metric> metric, LocalDate from, LocalDate to) {
        LocatedCsv.Cell fromCell = cell(record, ObservedColumn.FROM);
        LocatedCsv.Cell toCell = cell(record, ObservedColumn.TO);
        LocalDate first = scenario.start();
        LocalDate last = first.plusDays(scenario.horizonDays() - 1L);
        if (to.isBefore(from)) {
            problems.add(at(toCell, ObservedColumn.TO.header(), to + " is before 'from' " + from
                    + "; both dates are included, so a single day has from = to"));
            return;
        }
        if (from.isBefore(first) || to.isAfter(last)) {
            boolean early = from.isBefore(first);
            problems.add(at(early ? fromCell : toCell, (early ? ObservedColumn.FROM : ObservedColumn.TO).header(),
                    "the window " + from + " – " + to + " is not inside the run (" + first + " – " + last
                            + "); change the dates or the scenario's start and horizonDays"));
            return;
        }
        boolean monthly = metric.filter(m -> m == Metric.MONTHLY_CARGOES_MIN || m == Metric.MONTHLY_CARGOES_MAX).isPresent();
        if (monthly && Windows.wholeMonths(from, to).isEmpty()) {
            problems.add(at(fromCell, ObservedColumn.FROM.header(), "the window " + from + " – " + to
                    + " holds no whole calendar month, which " + metric.get().id() + " counts"));
        }
    }

    private OptionalDouble number(List<LocatedCsv.Cell> record, ObservedColumn column) {
        LocatedCsv.Cell cell = cell(record, column);
        if (cell.text().isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(cell.text());
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(at(cell, column.header(), "'" + cell.text() + "' is not a number"));
        return OptionalDouble.empty();
    }

    private void checkBand(List<LocatedCsv.Cell> record, OptionalDouble value, OptionalDouble low, OptionalDouble high) {
        LocatedCsv.Cell lowCell = cell(record, ObservedColumn.LOW);
        LocatedCsv.Cell highCell = cell(record, ObservedColumn.HIGH);
        if (low.isEmpty() && high.isEmpty() && lowCell.text().isEmpty() && highCell.text().isEmpty()) {
            problems.add(at(lowCell, ObservedColumn.LOW.header(),
                    "the band is open on both sides; give low, high or both, as published"));
            return;
        }
        if (low.isPresent() && high.isPresent() && low.getAsDouble() > high.getAsDouble()) {
            problems.add(at(highCell, ObservedColumn.HIGH.header(), "high " + Numbers.plain(high.getAsDouble())
                    + " is below low " + Numbers.plain(low.getAsDouble())));
            return;
        }
        if (value.isPresent()) {
            double v = value.getAsDouble();
            boolean outside = (low.isPresent() && v < low.getAsDouble()) || (high.isPresent() && v > high.getAsDouble());
            if (outside) {
                problems.add(at(cell(record, ObservedColumn.VALUE), ObservedColumn.VALUE.header(), "value "
                        + Numbers.plain(v) + " lies outside its own band"));
            }
        }
    }

    private void unit(LocatedCsv.Cell cell, Metric metric) {
        if (!cell.text().equals(metric.unit())) {
            problems.add(at(cell, ObservedColumn.UNIT.header(), "'" + cell.text() + "' is not the unit of "
                    + metric.id() + ", which is " + metric.unit()));
        }
    }

    private Location location(LocatedCsv.Cell cell) {
        return new Location(source, cell.line(), cell.column());
    }

    private Problem at(LocatedCsv.Cell cell, String field, String message) {
        return new Problem(location(cell), field, message);
    }
}
