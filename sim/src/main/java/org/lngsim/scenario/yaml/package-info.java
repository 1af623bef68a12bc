/**
 * A YAML tree that remembers where every node came from (file, line, column), so that every
 * problem found after merging files and command-line overrides can still point at its source.
 * Built on SnakeYAML's composer with explicit limits, so hostile input fails fast and bounded;
 * messages quote the file's text only through {@link org.lngsim.scenario.yaml.Quoted}, a short key
 * at most, so that no message reproduces a file that is not a scenario.
 */
package org.lngsim.scenario.yaml;
