package org.vigie.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigie.analysis.nlp.Sentence;
import org.vigie.analysis.nlp.SentenceSplitter;
import org.vigie.analysis.nlp.Token;
import org.vigie.analysis.nlp.Tokenizer;
import org.vigie.analysis.nlp.lexemes.Lexeme;
import org.vigie.analysis.nlp.lexemes.Lexer;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.ErrorCause;
import org.vigie.document.IngestError;
import org.vigie.document.RawDocument;

/**
 * The working copy a pipeline passes from stage to stage: the raw input, read-only, and the
 * document being built. Not thread-safe; one draft belongs to one document in one thread.
 */
public final class DocumentDraft {
  private final RawDocument raw;
  private final AnalyzedDocument.Builder document;
  private final List<IngestError> warnings = new ArrayList<>();
  private String wordsOf;
  private List<Token> tokens;
  private List<Sentence> sentences;
  private String lexemesOf;
  private List<Lexeme> lexemes;

  public DocumentDraft(RawDocument raw) {
    this.raw = raw;
    this.document =
        AnalyzedDocument.builder()
            .url(raw.url())
            .origin(raw.origin())
            .sourceId(raw.sourceId())
            .fetchedAt(raw.fetchedAt())
            .contentType(raw.contentType());
  }

  public RawDocument raw() {
    return raw;
  }

  public AnalyzedDocument.Builder document() {
    return document;
  }

  /**
   * The words of the document's current text ({@link Tokenizer#french()}), cut once and shared by
   * the stages that read words (entities, quotations); cut again only if a stage changed the text.
   */
  public List<Token> tokens() {
    cutWords();
    return tokens;
  }

  /** The sentences of the document's current text, split once from {@link #tokens()}. */
  public List<Sentence> sentences() {
    cutWords();
    return sentences;
  }

  /**
   * The lexemes of the document's current text ({@link Lexer}), cut once and shared by the stages
   * whose grammars read them (dates, figures).
   */
  public List<Lexeme> lexemes() {
    String text = text();
    if (lexemes == null || !text.equals(lexemesOf)) {
      lexemes = Lexer.tokenize(text);
      lexemesOf = text;
    }
    return lexemes;
  }

  private void cutWords() {
    String text = text();
    if (tokens == null || !text.equals(wordsOf)) {
      tokens = Tokenizer.french().tokenize(text);
      sentences = SentenceSplitter.french().split(text, tokens);
      wordsOf = text;
    }
  }

  private String text() {
    String text = document.text();
    return text == null ? "" : text;
  }

  /** Notes a problem that did not stop the analysis (the document is still kept). */
  public void warn(ErrorCause cause, String message) {
    warnings.add(IngestError.warning(raw.origin(), cause, message));
  }

  public List<IngestError> warnings() {
    return List.copyOf(warnings);
  }
}
