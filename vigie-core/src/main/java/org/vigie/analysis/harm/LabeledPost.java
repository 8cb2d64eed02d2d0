package org.vigie.analysis.harm;

/**
 * One annotated post of a hostility data set.
 *
 * @param dataset the data set's name ({@code mlma}, {@code ftr})
 * @param line the line of the file where the record starts (1-based), for error messages
 * @param text the post as published
 * @param hostile the gold label
 */
public record LabeledPost(String dataset, long line, String text, boolean hostile) {}
