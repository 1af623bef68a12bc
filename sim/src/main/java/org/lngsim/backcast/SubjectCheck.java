package org.lngsim.backcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an observation's subject names things of its world, for the metric's {@link SubjectKind}.
 * Returns the reason it does not, as one message, or nothing when it does.
 */
final class SubjectCheck {

    private final WorldIds ids;

    SubjectCheck(WorldIds ids) {
        this.ids = ids;
    }

    Optional<String> problem(SubjectKind kind, String subject) {
        return switch (kind) {
            case IMPORTER -> among(subject, ids.importers(), "importer");
            case IMPORTER_AND_COUNTRIES -> pair(subject, kind, ids.importers(), "importer")
                    .or(() -> countries(second(subject)));
            case IMPORTER_AND_CHOKEPOINT -> pair(subject, kind, ids.importers(), "importer")
                    .or(() -> among(second(subject), ids.chokepoints(), "chokepoint"));
            case TERMINAL -> among(subject, ids.terminals(), "terminal");
            case GRID -> among(subject, ids.grids(), "grid");
            case GAS_DEMAND -> among(subject, union(ids.pools(), ids.gasDemands()), "gas pool or gas demand");
            case POOL_SECTOR -> pair(subject, kind, ids.pools(), "gas pool")
                    .or(() -> among(second(subject), ids.sectors(first(subject)), "sector of " + first(subject)));
            case POOL -> among(subject, ids.pools(), "gas pool");
            case STOCK_HOLDER -> among(subject, union(ids.importers(), ids.regions(), ids.terminals()),
                    "importer, region or terminal");
            case PLANT_AND_IMPORTER -> {
                if (!subject.contains("/")) {
                    yield Optional.of("'" + subject + "' is not " + kind.description());
                }
                yield among(first(subject), ids.plants(), "plant").or(() -> among(second(subject), ids.importers(), "importer"));
            }
            case PLANT_OR_CONTRACT -> among(subject, union(ids.plants(), ids.contracts()), "plant or contract");
            case MARKET -> subject.isEmpty() ? Optional.of("is empty; name the market (asia, japan)") : Optional.empty();
        };
    }

    private static Optional<String> pair(String subject, SubjectKind kind, Set<String> firsts, String what) {
        if (!subject.contains("/")) {
            return Optional.of("'" + subject + "' is not " + kind.description());
        }
        return among(first(subject), firsts, what);
    }

    private Optional<String> countries(String list) {
        for (String country : list.split("\\+", -1)) {
            Optional<String> problem = among(country, ids.countries(), "supplier country");
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> among(String id, Set<String> known, String what) {
        if (known.contains(id)) {
            return Optional.empty();
        }
        return Optional.of("unknown " + what + " '" + id + "'; known: " + String.join(", ", known));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    static String first(String subject) {
        int slash = subject.indexOf('/');
        return slash < 0 ? subject : subject.substring(0, slash);
    }

    static String second(String subject) {
        int slash = subject.indexOf('/');
        return slash < 0 ? "" : subject.substring(slash + 1);
    }

    /** The countries of an {@code importer/country+country} subject. */
    static List<String> countriesOf(String subject) {
        return new ArrayList<>(List.of(second(subject).split("\\+")));
    }
}
