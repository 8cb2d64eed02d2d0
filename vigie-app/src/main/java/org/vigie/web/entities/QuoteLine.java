package org.vigie.web.entities;

/**
 * A quote as pages list it: the words, who said them (with a link to their entity page), and the
 * document they were read in.
 */
public record QuoteLine(
    String text,
    boolean direct,
    String speaker,
    String speakerUrl,
    String role,
    String documentTitle,
    String documentUrl,
    String date) {}
