/**
 * The command line (picocli). Commands only parse arguments, call the library and map its errors
 * to exit codes: 0 success, 1 failure while running, 2 invalid input or usage.
 */
package org.lngsim.cli;
