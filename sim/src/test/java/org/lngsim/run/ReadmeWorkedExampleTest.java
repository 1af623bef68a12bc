package org.lngsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lngsim.charts.RunFixture;

/**
 * The README's worked example ("The mutual redirection protocol, in a planner's words") quotes
 * the figures of {@code scenarios/hormuz-closure-60d.yaml}'s run: each figure is parsed from
 * README.md and compared, at the precision the README prints it, with that run's summary.json,
 * so a change of the model that moves them fails here instead of leaving the README stale.
 */
class ReadmeWorkedExampleTest {

    private static final Path README = Path.of("..", "README.md");
    /** A figure as the README writes it; "avoided" may be negative when the protocol makes things worse. */
    private static final String NUMBER = "(-?[0-9]+(?:\\.[0-9]+)?)";

    private static String example;
    private static JsonNode summary;

    @BeforeAll
    static void read() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("**Worked example: `scenarios/hormuz-closure-60d.yaml`**");
        assertThat(start).as("the README's worked example").isNotNegative();
        example = readme.substring(start, readme.indexOf("**When the protocol hurts.**", start));
        summary = new ObjectMapper().readTree(RunFixture.folder().resolve("summary.json").toFile());
    }

    @Test
    void the_table_quotes_the_run_with_and_without_the_protocol() {
        JsonNode off = summary.get("counterfactual");
        Matcher pool = find("\\| India's gas pool unserved \\| " + NUMBER + " Mt \\(" + NUMBER + "% of demand\\) \\| "
                + NUMBER + " Mt \\(" + NUMBER + "%\\) \\|");
        Matcher sectors = find("\\| — power / petrochemicals / refineries cut \\| " + NUMBER + "% / " + NUMBER + "% / "
                + NUMBER + "% \\| " + NUMBER + "% / " + NUMBER + "% / " + NUMBER + "% \\|");
        Matcher mumbai = find("\\| Mumbai grid unserved \\| " + NUMBER + " GWh \\| " + NUMBER + " GWh \\|");
        Matcher tokyo = find("\\| Tokyo grid unserved \\| " + NUMBER + " GWh \\| " + NUMBER + " GWh \\|");
        Matcher cancelled = find("\\| Indian cargoes cancelled \\| " + NUMBER + " \\| " + NUMBER + " \\|");

        SoftAssertions soft = new SoftAssertions();
        quoted(soft, pool.group(1), summary.at("/gasPools/india/unservedMt"), "India unserved, with");
        quoted(soft, pool.group(2), summary.at("/gasPools/india/unservedPct"), "India unserved %, with");
        quoted(soft, pool.group(3), off.at("/gasPools/india/unservedMt"), "India unserved, without");
        quoted(soft, pool.group(4), off.at("/gasPools/india/unservedPct"), "India unserved %, without");
        String[] sectorNames = {"power", "petrochemicals", "refineries"};
        for (int i = 0; i < 3; i++) {
            quoted(soft, sectors.group(1 + i), summary.at("/gasPools/india/sectors/" + sectorNames[i] + "/unservedPct"),
                    sectorNames[i] + " cut, with");
            quoted(soft, sectors.group(4 + i), off.at("/gasPools/india/sectors/" + sectorNames[i] + "/unservedPct"),
                    sectorNames[i] + " cut, without");
        }
        quoted(soft, mumbai.group(1), summary.at("/grids/mumbai/unservedGWh"), "Mumbai, with");
        quoted(soft, mumbai.group(2), off.at("/grids/mumbai/unservedGWh"), "Mumbai, without");
        quoted(soft, tokyo.group(1), summary.at("/grids/tokyo/unservedGWh"), "Tokyo, with");
        quoted(soft, tokyo.group(2), off.at("/grids/tokyo/unservedGWh"), "Tokyo, without");
        quoted(soft, cancelled.group(1), summary.at("/importers/india/cargoesCancelled"), "India cancelled, with");
        quoted(soft, cancelled.group(2), off.at("/importers/india/cargoesCancelled"), "India cancelled, without");
        soft.assertAll();
    }

    @Test
    void the_story_quotes_the_protocols_figures() {
        JsonNode protocol = summary.get("protocol");
        SoftAssertions soft = new SoftAssertions();
        quoted(soft, find("The protocol made " + NUMBER + " requests").group(1), protocol.get("requests"), "requests");
        Matcher released = find("released " + NUMBER + " cargoes \\(" + NUMBER + " Mt\\)");
        quoted(soft, released.group(1), protocol.get("redirections"), "redirections");
        quoted(soft, released.group(2), protocol.get("redirectedMt"), "redirected Mt");
        quoted(soft, find("adding " + NUMBER + " sailing days").group(1), protocol.get("extraSailingDays"),
                "extra sailing days");
        Matcher payback = find("paid\\s+back " + NUMBER + " Mt in kind \\(" + NUMBER + " cargoes");
        quoted(soft, payback.group(1), protocol.get("repaidInKindMt"), "repaid in kind Mt");
        quoted(soft, payback.group(2), protocol.get("paybacks"), "paybacks");
        quoted(soft, find("the " + NUMBER + " Mt left, less than a cargo, was settled in\\s+money").group(1),
                protocol.get("settledInMoneyMt"), "settled in money Mt");
        soft.assertThat(example).containsPattern("nothing is owed at the end");
        soft.assertThat(protocol.get("owedMt").asDouble()).as("owed at the end").isZero();
        Matcher avoided = find("avoided " + NUMBER + " Mt of unserved gas in\\s+India and " + NUMBER + " GWh in Mumbai");
        quoted(soft, avoided.group(1), summary.at("/avoided/gasPoolsUnservedMt/india"), "avoided in India Mt");
        quoted(soft, avoided.group(2), summary.at("/avoided/gridsUnservedGWh/mumbai"), "avoided in Mumbai GWh");
        soft.assertAll();
    }

    private static Matcher find(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(example);
        assertThat(matcher.find()).as("the README's worked example says /%s/", regex).isTrue();
        return matcher;
    }

    /** The README's figure equals the summary's value rounded (half up) to the README's decimals. */
    private static void quoted(SoftAssertions soft, String readme, JsonNode value, String what) {
        BigDecimal quoted = new BigDecimal(readme);
        BigDecimal actual = new BigDecimal(value.asText()).setScale(quoted.scale(), RoundingMode.HALF_UP);
        soft.assertThat(quoted).as("README's %s (summary.json: %s)", what, value.asText()).isEqualByComparingTo(actual);
    }
}
