package org.vigie.analysis.harm;

/**
 * One line of the hostility lexicon.
 *
 * @param pattern what to look for ({@link TokenPattern} syntax)
 * @param category {@code slur}, {@code dehumanisation}, {@code threat}, {@code hostility}, {@code
 *     stigma} (a label that stigmatises when said of a group), or {@code profanity} (hostile only
 *     with a target)
 * @param target the group the term aims at, or empty when it takes the group from the text
 * @param severity 1 (offensive) to 3 (incitement, the worst slurs)
 * @param language ISO 639-3 code ({@code fra}, {@code bam}, {@code wol}, {@code mos}, {@code ful})
 * @param country ISO 3166 codes or {@code *}
 * @param source the public report the term is documented in, or {@code compilé par Vigie}
 */
public record LexiconEntry(
    TokenPattern pattern,
    String category,
    String target,
    int severity,
    String language,
    String country,
    String source) {
  public static final String SLUR = "slur";
  public static final String DEHUMANISATION = "dehumanisation";
  public static final String THREAT = "threat";
  public static final String HOSTILITY = "hostility";
  public static final String STIGMA = "stigma";
  public static final String PROFANITY = "profanity";
}
