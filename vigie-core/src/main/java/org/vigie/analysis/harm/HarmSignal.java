package org.vigie.analysis.harm;

import java.util.List;
import java.util.Set;

/**
 * The verdict on one text.
 *
 * @param hostile whether the text itself expresses hostility towards a group (a quoted, reported,
 *     denied or denounced hostile statement is not)
 * @param score 0..1; 0.5 and above means hostile
 * @param label one word for people: {@code hostile}, {@code menace}, {@code déshumanisation},
 *     {@code insulte}, {@code rapporté}, {@code dénoncé}, {@code nié}, {@code grossièreté}, {@code
 *     neutre}
 * @param categories the lexicon categories of the hostile words found (even when reported)
 * @param targets the groups named or aimed at, in order of first mention
 * @param evidence the words and cues behind the verdict, in text order
 * @param reported whether hostile words were found inside a quotation, a report or a denunciation
 */
public record HarmSignal(
    boolean hostile,
    double score,
    String label,
    Set<String> categories,
    List<String> targets,
    List<EvidenceSpan> evidence,
    boolean reported) {}
