/**
 * Wording shared by everything lngsim writes for people (command output, charts, the report), so
 * that "1 run" and "2 runs" read right everywhere.
 */
package org.lngsim.text;
