/**
 * {@code lngsim compare}: several run folders side by side. {@link org.lngsim.compare.Headline}
 * takes the headline numbers out of each {@code summary.json}, {@link org.lngsim.compare.ComparisonTable}
 * lines them up against the first run (the reference: a baseline, or the run a variant is measured
 * against) with each difference judged better or worse, and {@link org.lngsim.compare.Comparison}
 * writes {@code compare.html} and its overlay charts into a folder of its own, atomically. Nothing
 * here simulates: every number comes from the saved files.
 */
package org.lngsim.compare;
