package org.vigie.analysis.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines of copied web pages that are page furniture rather than article text, in French
 * and English: navigation and page-position markers, counters, photo captions, breadcrumbs, and the
 * headings that open sidebars, comment forms and footers. Pure and thread-safe.
 */
final class BoilerplateLines {
  /** Whole lines that are never article text. Matched against {@link TextLine#key()}. */
  private static final List<String> FURNITURE =
      List.of(
          "show navigation hide navigation",
          "toggle navigation",
          "navigation",
          "menu",
          "top of page",
          "bottom of page",
          "back to top",
          "retour en haut",
          "haut de page",
          "aller au contenu",
          "skip to content",
          "skip to main content",
          "rechercher",
          "search",
          "accueil",
          "home",
          "connexion",
          "se connecter",
          "s'inscrire",
          "log in",
          "sign in",
          "plus",
          "lire la suite",
          "read more",
          "voir plus",
          "en savoir plus",
          "partager",
          "partager cet article",
          "partager sur facebook",
          "partager sur twitter",
          "share",
          "share this",
          "tweet",
          "imprimer",
          "print",
          "email",
          "e-mail",
          "facebook",
          "twitter",
          "whatsapp",
          "linkedin",
          "suivez-nous",
          "suivez-vous",
          "suivez nous",
          "follow us",
          "publicité",
          "advertisement",
          "laisser une réponse",
          "laisser un commentaire",
          "leave a reply",
          "leave a comment",
          "répondre",
          "reply",
          "j'aime",
          "like");

  /** Line beginnings that open the sidebars, comment areas and footers after an article. */
  private static final List<String> TRAILER_OPENERS =
      List.of(
          "fil d'actu",
          "liens intéressants",
          "liens utiles",
          "navigation par mots clés",
          "mots clés",
          "mots-clés",
          "tags",
          "articles mis en avant",
          "récemment sur",
          "articles récents",
          "derniers articles",
          "dernières nouvelles",
          "dernières infos",
          "à lire aussi",
          "lire aussi",
          "articles similaires",
          "articles liés",
          "articles connexes",
          "sur le même sujet",
          "dans la même rubrique",
          "vous aimerez aussi",
          "vous aimerez peut-être",
          "les plus lus",
          "commentaires",
          "laisser une réponse",
          "laisser un commentaire",
          "envoyez-moi un e-mail lorsque",
          "vous devez être membre",
          "join ",
          "related posts",
          "related articles",
          "you may also like",
          "recent posts",
          "popular posts",
          "most read",
          "leave a reply",
          "leave a comment",
          "comments",
          "plan du site",
          "newsletter",
          "abonnez-vous",
          "inscrivez-vous à notre newsletter",
          "tous droits réservés",
          "all rights reserved",
          "copyright",
          "©");

  private static final int MAX_OPENER_WORDS = 15;
  private static final String COUNTED =
      "(?:vues?|views?|lectures?|commentaires?|comments?|partages?|shares?|réactions?|likes?"
          + "|j'aime|reads?|fois)";
  private static final Pattern COUNTER =
      Pattern.compile(
          "^(?:[\\d\\s/.,:|]+|(?:\\d[\\d\\s.,]*\\s*" + COUNTED + "\\s*)+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CAPTION =
      Pattern.compile(
          "^(?:photo|photos|crédits?(?: photo)?|credits?|illustration|image|©|\\(photo)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_CAPTION_WORDS = 8;

  /** A trail is short: French quotes (« a » b « c ») must not make a paragraph look like one. */
  private static final int MAX_BREADCRUMB_WORDS = 40;

  private static final int MAX_CRUMB_WORDS = 14;
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>»›/|]\\s");
  private static final Pattern BREADCRUMB_START =
      Pattern.compile("^(?:accueil|home)\\s*[>»›/|]\\s.*", Pattern.CASE_INSENSITIVE);

  private BoilerplateLines() {}

  /** A whole line of page furniture: a menu toggle, a share button, a comment link… */
  static boolean isFurniture(TextLine line) {
    return FURNITURE.contains(line.key());
  }

  /** A count of views, comments or shares, or a line of bare numbers. */
  static boolean isCounter(TextLine line) {
    return COUNTER.matcher(line.text()).matches();
  }

  /** A short photo caption or credit that is not a sentence ({@code Photo d'archives}). */
  static boolean isCaption(TextLine line) {
    return line.words() <= MAX_CAPTION_WORDS
        && !line.endsLikeSentence()
        && CAPTION.matcher(line.text()).matches();
  }

  /** A breadcrumb trail: {@code Accueil > Rubrique > Titre}. */
  static boolean isBreadcrumb(TextLine line) {
    if (BREADCRUMB_START.matcher(line.text()).matches()) {
      return true;
    }
    String[] items = BREADCRUMB_SEPARATOR.split(line.text());
    return items.length >= 3
        && !line.endsLikeSentence()
        && line.words() <= MAX_BREADCRUMB_WORDS
        && Arrays.stream(items).allMatch(i -> Words.count(i) <= MAX_CRUMB_WORDS);
  }

  /** The last item of a breadcrumb trail, often the page's own title. */
  static String lastCrumb(TextLine line) {
    String[] items = BREADCRUMB_SEPARATOR.split(line.text());
    return items[items.length - 1].strip();
  }

  /** A heading that opens a sidebar, a comment form or a footer. */
  static boolean opensTrailer(TextLine line) {
    if (line.words() > MAX_OPENER_WORDS || line.bullet()) {
      return false;
    }
    String key = line.key();
    for (String opener : TRAILER_OPENERS) {
      if (key.startsWith(opener)) {
        return true;
      }
    }
    return false;
  }
}
