package org.lngsim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.YamlNode;

/** Collects problems found by the checks, locating each by its path in the composed tree. */
final class ProblemCollector {

    private final YamlNode root;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(YamlNode root) {
        this.root = root;
    }

    /** A problem with the value at {@code path}. */
    void at(TreePath path, String message) {
        problems.add(new Problem(path.locate(root, false), path.toString(), message));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
