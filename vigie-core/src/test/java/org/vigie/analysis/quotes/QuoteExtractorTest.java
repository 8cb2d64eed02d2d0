package org.vigie.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigie.document.Entity;
import org.vigie.document.EntityType;
import org.vigie.document.Quote;

/** The quote finder on plain strings, with the person entities the NER stage would give. */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  /**
   * Quotes of a text whose people are given as "Canonical Name" or "Canonical Name=role": every
   * occurrence of the full name or of its last word is a mention.
   */
  private List<Quote> quotes(String text, String... people) {
    List<Entity> entities = new ArrayList<>();
    for (String person : people) {
      String[] parts = person.split("=", 2);
      String name = parts[0];
      String role = parts.length > 1 ? parts[1] : null;
      String last = name.substring(name.lastIndexOf(' ') + 1);
      int i = 0;
      while (i < text.length()) {
        int full = text.indexOf(name, i);
        int shortName = text.indexOf(last, i);
        if (full < 0 && shortName < 0) {
          break;
        }
        boolean isFull = full >= 0 && full <= shortName;
        int at = isFull ? full : shortName;
        String written = isFull ? name : last;
        entities.add(new Entity(written, EntityType.PER, name, at, at + written.length(), role));
        i = at + written.length();
      }
    }
    entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Quote> found = extractor.extract(text, entities);
    assertThat(found)
        .allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
    return found;
  }

  @Nested
  class Cues {
    @Test
    void cueAfterWithTheSpeakerNamed() {
      assertThat(quotes("« Nous sommes prêts », a déclaré Aminata Traoré.", "Aminata Traoré"))
          .extracting(Quote::text, Quote::speaker, Quote::cue, Quote::direct)
          .containsExactly(tuple("Nous sommes prêts", "Aminata Traoré", "a déclaré", true));
    }

    @Test
    void cueAfterWithNoCommaAndAnAdverb() {
      assertThat(
              quotes(
                  "« Nous sommes prêts, » a déclaré avec enthousiasme Aminata Traoré.",
                  "Aminata Traoré"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(tuple("Nous sommes prêts", "Aminata Traoré", "a déclaré"));
    }

    @Test
    void invertedFutureAndPresentForms() {
      String text =
          "Ousmane Bamba a ouvert l'atelier. « Nous irons voter », poursuivra Ousmane Bamba. "
              + "« Le calme reviendra », soulignera-t-il. « Tout est prêt », ajoute-t-il. "
              + "« Merci », dit Ousmane Bamba.";
      assertThat(quotes(text, "Ousmane Bamba"))
          .extracting(Quote::speaker, Quote::cue)
          .containsExactly(
              tuple("Ousmane Bamba", "poursuivra"),
              tuple("Ousmane Bamba", "soulignera-t-il"),
              tuple("Ousmane Bamba", "ajoute-t-il"),
              tuple("Ousmane Bamba", "dit"));
    }

    @Test
    void cuesBeforeTheQuote() {
      String text =
          "Mme Keita a en effet noté : « Les chiffres sont bons ». Awa Keita réalise que « le "
              + "travail commence ». Elle reconnait également avoir, « beaucoup appris »."
              + " Selon elle, « rien n'est joué ».";
      assertThat(quotes(text, "Awa Keita"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(
              tuple("Les chiffres sont bons", "Awa Keita", "a en effet noté"),
              tuple("le travail commence", "Awa Keita", "réalise"),
              tuple("beaucoup appris", "Awa Keita", "reconnait"),
              tuple("rien n'est joué", "Awa Keita", "selon"));
    }

    @Test
    void beforeAddingKeepsTheSpeakerOfTheSentence() {
      String text =
          "Joanne Adamson a clos les travaux. « Merci à tous, » a-t-elle déclaré avant d’ajouter"
              + " : « Je vous exhorte à continuer ».";
      assertThat(quotes(text, "Joanne Adamson"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(
              tuple("Merci à tous", "Joanne Adamson", "a-t-elle déclaré"),
              tuple("Je vous exhorte à continuer", "Joanne Adamson", "avant d’ajouter"));
    }

    @Test
    void curlyAndStraightQuotationMarks() {
      String text = "“Nous voterons”, a affirmé Moussa Diarra. \"Sans violence\", a-t-il assuré.";
      assertThat(quotes(text, "Moussa Diarra"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(
              tuple("Nous voterons", "Moussa Diarra", "a affirmé"),
              tuple("Sans violence", "Moussa Diarra", "a-t-il assuré"));
    }
  }

  @Nested
  class Speakers {
    @Test
    void aPronounIsTheLastPersonOfItsGender() {
      String text =
          "M. Moussa Diarra a reçu Mme Awa Keita. « Le budget est prêt », a-t-il déclaré. « Il "
              + "faudra le voter », a-t-elle répondu.";
      assertThat(quotes(text, "Moussa Diarra", "Awa Keita"))
          .extracting(Quote::speaker)
          .containsExactly("Moussa Diarra", "Awa Keita");
    }

    @Test
    void aRoleNounIsThePersonWithThatRole() {
      String text =
          "Annie Paprocki est bibliothécaire à l'ONU. Moussa Diarra est ambassadeur. « Nous "
              + "sommes là pour aider », a avoué la bibliothécaire de l'ONU.";
      assertThat(quotes(text, "Annie Paprocki=bibliothécaire à l'ONU", "Moussa Diarra=ambassadeur"))
          .extracting(Quote::speaker, Quote::role)
          .containsExactly(tuple("Annie Paprocki", "la bibliothécaire de l'ONU"));
    }

    @Test
    void aNewRoleNounIsTheLastPersonOfItsGenderThenIsRemembered() {
      String text =
          "Isabella Poeschl organise la journée. « C'est une première », a poursuivi l'Officière"
              + " de presse de l'ONU. Peter Thomson et Michael Grant ont parlé du Canada. « Tout"
              + " change », a déclaré l'Officière de presse.";
      assertThat(quotes(text, "Isabella Poeschl", "Peter Thomson", "Michael Grant"))
          .extracting(Quote::speaker, Quote::role)
          .containsExactly(
              tuple("Isabella Poeschl", "l'Officière de presse de l'ONU"),
              tuple("Isabella Poeschl", "l'Officière de presse"));
    }

    @Test
    void aRoleWithAComplementPicksThePersonWhoseRoleNamesIt() {
      String text =
          "Ousmane Bamba et Amary Traoré étaient là. Le représentant de la CENI avouera qu'il"
              + " a été surpris.";
      assertThat(
              quotes(
                  text,
                  "Ousmane Bamba=chef de cabinet du ministère de la Communication",
                  "Amary Traoré=chargé de communication de la CENI"))
          .extracting(Quote::speaker, Quote::role, Quote::direct)
          .containsExactly(tuple("Amary Traoré", "Le représentant de la CENI", false));
    }

    @Test
    void aRolePhraseInAppositionToANameIsThatPerson() {
      String text =
          "« C'est une première », a déclaré un membre de l'équipe, Isabella Poeschl, hier.";
      assertThat(quotes(text, "Isabella Poeschl"))
          .extracting(Quote::speaker, Quote::role)
          .containsExactly(tuple("Isabella Poeschl", null));
    }

    @Test
    void aPossessiveRoleThenTheNameInAppositionIsThatPerson() {
      // issue 20, item 5: cue, then role, then the name in apposition
      String text =
          "Le parti a tenu son congrès à Bamako. « Nous irons jusqu'au bout », a déclaré son"
              + " président, Moussa Mara, devant les militants.";
      assertThat(quotes(text, "Moussa Mara"))
          .extracting(Quote::text, Quote::speaker)
          .containsExactly(tuple("Nous irons jusqu'au bout", "Moussa Mara"));
      String union =
          "« Les enseignants ne reprendront pas les cours sans garanties », a indiqué leur"
              + " secrétaire général, Ousmane Almoudou, mardi à Niamey.";
      assertThat(quotes(union, "Ousmane Almoudou"))
          .extracting(Quote::speaker)
          .containsExactly("Ousmane Almoudou");
    }

    @Test
    void anUnresolvedRoleKeepsTheRoleWithNoSpeaker() {
      assertThat(quotes("Pour le directeur de la section, il s'agit d'un premier pas."))
          .extracting(Quote::text, Quote::speaker, Quote::role, Quote::direct)
          .containsExactly(
              tuple("il s'agit d'un premier pas", null, "le directeur de la section", false));
    }

    @Test
    void aQuoteWithNoCueRightAfterASpeakersQuoteContinuesIt() {
      String text =
          "« Nous sommes prêts », a déclaré Aminata Traoré.\n\n« Le vote aura lieu dimanche"
              + " prochain ».\n\nLe temps passe.\n\nRien.\n\n« Ceci vient bien plus tard dans"
              + " le texte ».";
      assertThat(quotes(text, "Aminata Traoré"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(
              tuple("Nous sommes prêts", "Aminata Traoré", "a déclaré"),
              tuple("Le vote aura lieu dimanche prochain", "Aminata Traoré", null));
    }
  }

  @Nested
  class ReportedSpeech {
    @Test
    void verbsWithQue() {
      String text =
          "La responsable des politiques publiques de Facebook a indiqué que la plateforme"
              + " compte 2,7 milliards d'utilisateurs. Quant au directeur du CIGMA, Sambi Touré,"
              + " il a donné l'assurance que l'Internet ne sera pas coupé.";
      assertThat(
              quotes(
                  text,
                  "Balkissa Idé Siddo=responsable des politiques publiques de Facebook",
                  "Sambi Touré=directeur du CIGMA"))
          .extracting(Quote::text, Quote::speaker, Quote::cue, Quote::direct)
          .containsExactly(
              tuple("la plateforme compte 2,7 milliards d'utilisateurs", null, "a indiqué", false),
              tuple("l'Internet ne sera pas coupé", "Sambi Touré", "a donné l'assurance", false));
    }

    @Test
    void selonAndPourIntroduceAnOpinion() {
      String text =
          "Selon Awa Keita, la formation est essentielle. Pour Ousmane Bamba, il est important"
              + " de voter. Pour échanger avec eux, des agents étaient présents.";
      assertThat(quotes(text, "Awa Keita", "Ousmane Bamba"))
          .extracting(Quote::text, Quote::speaker, Quote::cue, Quote::direct)
          .containsExactly(
              tuple("la formation est essentielle", "Awa Keita", "selon", false),
              tuple("il est important de voter", "Ousmane Bamba", "pour", false));
    }

    @Test
    void anInciseAttributesItsSentence() {
      String text =
          "Moussa Diarra parle. C'est donc important, poursuivra Moussa Diarra, que tous votent."
              + " Les gouvernements peuvent diffuser leurs messages, a déclaré M. Diarra.";
      assertThat(quotes(text, "Moussa Diarra"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(
              tuple(
                  "C'est donc important, poursuivra Moussa Diarra, que tous votent",
                  "Moussa Diarra",
                  "poursuivra"),
              tuple(
                  "Les gouvernements peuvent diffuser leurs messages",
                  "Moussa Diarra",
                  "a déclaré"));
    }

    @Test
    void aQuotedFragmentOfReportedSpeechIsAPartialQuote() {
      String text =
          "« Tout change », a souligné Mme Poeschl, précisant que l'une des conséquences est de"
              + " « démystifier la diplomatie ».";
      assertThat(quotes(text, "Isabella Poeschl"))
          .extracting(Quote::text, Quote::speaker, Quote::cue, Quote::direct)
          .containsExactly(
              tuple("Tout change", "Isabella Poeschl", "a souligné", true),
              tuple(
                  "l'une des conséquences est de « démystifier la diplomatie »",
                  "Isabella Poeschl",
                  "précisant",
                  false),
              tuple("démystifier la diplomatie", "Isabella Poeschl", "précisant", true));
    }
  }

  @Nested
  class NotQuotations {
    @Test
    void titlesScareQuotesAndGoalsAreNotQuotes() {
      String text =
          "Des ambassadeurs qui « hashtaguent » sur Twitter. Trois tables rondes : « Tweeter au"
              + " sommet : les ambassadeurs et la diplomatie numérique » ; « Capitaliser sur les"
              + " plateformes » ; et « Les tendances 2015 ». Le projet a pour but de « Soutenir un"
              + " Mali pacifique et prospère ». Le thème « Technologie et Droits Humains ».";
      assertThat(quotes(text)).isEmpty();
    }

    @Test
    void aTermInReportedSpeechIsNotAPartialQuote() {
      String text =
          "Amary Traoré est venu. Le représentant de la CENI avouera qu'il a été surpris"
              + " d'apprendre que facebook lutte"
              + " contre les «fake news» en ligne.";
      assertThat(quotes(text, "Amary Traoré=chargé de communication de la CENI"))
          .extracting(Quote::speaker, Quote::direct)
          .containsExactly(tuple("Amary Traoré", false));
    }
  }

  @Nested
  class Marks {
    @Test
    void aQuoteRunsOverParagraphsThatReopenIt() {
      String text =
          "« Premier paragraphe du discours.\n\n« Deuxième paragraphe », a déclaré Awa Keita.";
      assertThat(quotes(text, "Awa Keita"))
          .extracting(Quote::text, Quote::speaker)
          .containsExactly(
              tuple("Premier paragraphe du discours.\n\n« Deuxième paragraphe", "Awa Keita"));
    }

    @Test
    void anUnclosedMarkSwallowsNothing() {
      String text =
          "« Ceci n'est jamais fermé.\n\nUn autre paragraphe.\n\n« Enfin », a déclaré Awa Keita.";
      assertThat(quotes(text, "Awa Keita"))
          .extracting(Quote::text, Quote::speaker)
          .containsExactly(tuple("Enfin", "Awa Keita"));
    }

    @Test
    void aQuoteStopsAfterThreeParagraphs() {
      // the first mark would need four paragraphs: unbalanced; the second one closes in three
      String text = "« Un.\n\n« Deux.\n\n« Trois.\n\n« Quatre », a déclaré Awa Keita.";
      assertThat(QuoteMarks.find(text)).hasSize(1);
      assertThat(quotes(text, "Awa Keita"))
          .extracting(Quote::text)
          .containsExactly("Deux.\n\n« Trois.\n\n« Quatre");
      assertThat(QuoteMarks.find("« Un.\n\n« Deux.\n\n« Trois », dit-il.")).hasSize(1);
    }

    @Test
    void emptyAndMarkOnlyTexts() {
      assertThat(quotes("")).isEmpty();
      assertThat(quotes("«")).isEmpty();
      assertThat(quotes("« »")).isEmpty();
      assertThat(quotes("»«\"“”")).isEmpty();
    }
  }

  /** The press's cue-then-role-then-name sentences (issue: "a déclaré son président, Nom"). */
  @Nested
  class RoleThenNameInApposition {
    @Test
    void possessiveRoleThenTheName() {
      assertThat(
              quotes(
                  "« Nous irons jusqu'au bout », a déclaré son président, Moussa Mara, devant la"
                      + " presse.",
                  "Moussa Mara"))
          .extracting(Quote::text, Quote::speaker, Quote::cue)
          .containsExactly(tuple("Nous irons jusqu'au bout", "Moussa Mara", "a déclaré"));
    }

    @Test
    void definiteRoleWithAComplementThenTheName() {
      assertThat(
              quotes(
                  "« Le dialogue est la seule voie », a affirmé le président de la commission,"
                      + " Ibrahim Sangaré.",
                  "Ibrahim Sangaré"))
          .extracting(Quote::speaker, Quote::cue)
          .containsExactly(tuple("Ibrahim Sangaré", "a affirmé"));
    }

    @Test
    void roleAloneStaysARoleWithNoSpeaker() {
      assertThat(quotes("« Les routes sont coupées », a expliqué le directeur de la section."))
          .extracting(Quote::speaker, Quote::role)
          .containsExactly(tuple(null, "le directeur de la section"));
    }
  }
}
