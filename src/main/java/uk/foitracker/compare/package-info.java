/**
 * Batches and comparison (issue 22, item 4): the same request sent to many authorities, their
 * published answers side by side, and their tables aligned by row and column labels. The label
 * normalising, alignment, grouping and similarity are plain Java ({@link
 * uk.foitracker.compare.LabelKeys}, {@link uk.foitracker.compare.Alignment}, {@link
 * uk.foitracker.compare.TextSimilarity}); the statute is not involved, so they are not in {@code
 * rules}.
 */
package uk.foitracker.compare;
