package org.vigie.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.document.AnalyzedDocument;
import org.vigie.search.SearchFields;

/**
 * Checks one commit of an index folder without writing to it (a second process may read while
 * another writes): every file's Lucene checksum, one live document per id, and what the documents
 * say (given to a consumer, for the archived originals' check). Reading never takes the write lock.
 */
public final class LuceneCheck {
  /**
   * What was found.
   *
   * @param generation the commit checked
   * @param documents live documents
   * @param idsDigest SHA-256 (hex) of the live documents' ids, sorted, one per line
   * @param problems what is wrong, by the file or id it concerns
   */
  public record Result(
      String generation, long documents, String idsDigest, Map<String, String> problems) {}

  private LuceneCheck() {}

  /**
   * Checks the commit {@code generation} of the index in {@code folder}, or its latest commit when
   * {@code generation} is null.
   */
  public static Result check(Path folder, String generation, Consumer<AnalyzedDocument> each) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      problems.put(folder.getFileName().toString(), "the index folder is missing");
      return new Result("", 0, "", problems);
    }
    try (Directory directory = FSDirectory.open(folder)) {
      IndexCommit commit;
      try {
        commit = commit(directory, generation);
      } catch (IOException | RuntimeException e) {
        problems.put("index", "no readable commit: " + e.getMessage());
        return new Result("", 0, "", problems);
      }
      for (String file : commit.getFileNames()) {
        checksum(directory, file, problems);
      }
      if (!problems.isEmpty()) {
        return new Result(Long.toString(commit.getGeneration()), 0, "", problems);
      }
      try (DirectoryReader reader = DirectoryReader.open(commit)) {
        String digest = ids(reader, problems);
        documents(reader, each);
        return new Result(
            Long.toString(commit.getGeneration()), reader.numDocs(), digest, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the index in " + folder, e);
    }
  }

  private static IndexCommit commit(Directory directory, String generation) throws IOException {
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    if (generation == null) {
      return commits.getLast();
    }
    for (IndexCommit c : commits) {
      if (Long.toString(c.getGeneration()).equals(generation)) {
        return c;
      }
    }
    throw new IOException("commit " + generation + " is gone");
  }

  private static void checksum(Directory directory, String file, Map<String, String> problems) {
    try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
      CodecUtil.checksumEntireFile(in);
    } catch (IOException | RuntimeException e) {
      problems.put("index/" + file, "corrupt or unreadable: " + e.getMessage());
    }
  }

  /** The ids' digest, in term order; an id held by two live documents is a problem. */
  private static String ids(DirectoryReader reader, Map<String, String> problems)
      throws IOException {
    MessageDigest sha = sha256();
    Terms terms = MultiTerms.getTerms(reader, SearchFields.ID);
    if (terms == null) {
      return HexFormat.of().formatHex(sha.digest());
    }
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum it = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      postings = it.postings(postings, PostingsEnum.NONE);
      int held = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          held++;
        }
      }
      if (held > 0) {
        sha.update(term.utf8ToString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      if (held > 1) {
        problems.put("id " + term.utf8ToString(), held + " documents have this id");
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void documents(DirectoryReader reader, Consumer<AnalyzedDocument> each)
      throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    for (int d = 0; d < reader.maxDoc(); d++) {
      if (live == null || live.get(d)) {
        each.accept(LuceneDocuments.load(stored, d));
      }
    }
  }

  /** SHA-256 (hex) of ids, sorted, one per line: what {@link Result#idsDigest()} holds. */
  public static String idsDigest(List<String> ids) {
    MessageDigest sha = sha256();
    ids.stream()
        .sorted()
        .forEach(
            id -> {
              sha.update(id.getBytes(StandardCharsets.UTF_8));
              sha.update((byte) '\n');
            });
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
