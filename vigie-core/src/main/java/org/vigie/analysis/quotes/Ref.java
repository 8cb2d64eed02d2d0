package org.vigie.analysis.quotes;

import org.vigie.document.Entity;

/** How a text designates the speaker of a quote, before resolution. */
sealed interface Ref {

  /** A person named by an entity, maybe after a role phrase in apposition ("un membre…, X"). */
  record Named(Entity entity, RolePhrase apposition) implements Ref {}

  /** A subject pronoun: "elle", "il", "a-t-elle", "soulignera-t-il". */
  record Pronoun(Gender gender) implements Ref {}

  /** A role phrase: "la bibliothécaire de l'ONU". */
  record Role(RolePhrase phrase) implements Ref {}

  /** The speaker already attributed in the sentence: "ajoutant que", "avant d'ajouter". */
  record SentenceSpeaker() implements Ref {}
}
