package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;

/**
 * Every file of the bad-scenario corpus must produce exactly the problems listed for it in
 * {@code bad/EXPECTED.txt}: same locations, same paths, same words, nothing more.
 */
class BadScenarioCorpusTest {

    private static final Path CORPUS = corpus();

    @TestFactory
    Stream<DynamicTest> each_bad_file_reports_exactly_its_expected_problems() throws IOException {
        Map<String, List<String>> expected = expectations();
        return expected.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            ScenarioException failure = catchThrowableOfType(ScenarioException.class,
                    () -> new ScenarioLoader().load(CORPUS.resolve(entry.getKey())));
            assertThat(failure).as("%s must be rejected", entry.getKey()).isNotNull();
            assertThat(failure.problems().stream().map(BadScenarioCorpusTest::render).toList())
                    .containsExactlyElementsOf(entry.getValue());
        }));
    }

    @Test
    void corpus_has_at_least_thirty_files_and_each_has_expectations() throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.list(CORPUS)) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(expectations().values()).allSatisfy(lines -> assertThat(lines).isNotEmpty());
    }

    private static String render(Problem problem) {
        String source = Path.of(problem.location().source()).getFileName().toString();
        String location = source + ":" + problem.location().line() + ":" + problem.location().column();
        return problem.path().isEmpty() ? location + ": " + problem.message()
                : location + ": " + problem.path() + ": " + problem.message();
    }

    private static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(CORPUS.resolve("EXPECTED.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                expected.put(line.substring(3).trim(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return expected;
    }

    private static Path corpus() {
        try {
            return Path.of(BadScenarioCorpusTest.class.getResource("/org/lngsim/scenario/bad/EXPECTED.txt").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
