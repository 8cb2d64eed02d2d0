package org.vigie.analysis.harm;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the two French hostility data sets under {@code ../shared/eval/hate}.
 *
 * <ul>
 *   <li>MLMA ({@code mlma/fr_dataset.csv}): a post is hostile unless its {@code sentiment} is
 *       {@code normal} alone ({@code offensive_normal} is hostile: one annotator saw hostility).
 *   <li>FTR ({@code ftr/FTR_new_labels.csv}): {@code label} 1 = racist.
 * </ul>
 *
 * <p><b>Decoding.</b> The files are read as bytes and decoded line by line: a line is first decoded
 * as strict UTF-8; when that fails only because the line ends inside a multi-byte sequence (FTR's
 * tweets were cut at a byte limit, leaving half a character before {@code ",0}), the broken bytes
 * are dropped; any other invalid line is decoded as windows-1252. {@link Decoding} counts the lines
 * of each kind so that the choice is visible in the evaluation.
 */
public final class HateCorpus {
  public static final String MLMA = "mlma";
  public static final String FTR = "ftr";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How many lines of a file were decoded each way. */
  public record Decoding(int utf8, int truncatedUtf8, int windows1252) {
    Decoding plus(Decoding other) {
      return new Decoding(
          utf8 + other.utf8, truncatedUtf8 + other.truncatedUtf8, windows1252 + other.windows1252);
    }
  }

  /** The posts of one data set and how its lines were decoded. */
  public record DataSet(String name, List<LabeledPost> posts, Decoding decoding) {}

  private HateCorpus() {}

  /** Both data sets of a {@code eval/hate} folder, MLMA first. */
  public static List<DataSet> readAll(Path folder) throws IOException {
    return List.of(
        readMlma(folder.resolve("mlma/fr_dataset.csv")),
        readFtr(folder.resolve("ftr/FTR_new_labels.csv")));
  }

  public static DataSet readMlma(Path file) throws IOException {
    return read(file, MLMA, "sentiment", value -> !value.strip().equals("normal"));
  }

  public static DataSet readFtr(Path file) throws IOException {
    return read(file, FTR, "label", HateCorpus::ftrLabel);
  }

  private static boolean ftrLabel(String value) {
    return switch (value.strip()) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new IllegalArgumentException("label is neither 0 nor 1: '" + value + "'");
    };
  }

  private interface LabelRule {
    boolean hostile(String value);
  }

  private static DataSet read(Path file, String name, String labelColumn, LabelRule rule)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such data file: " + file);
    }
    int[] counts = new int[3];
    String text = decode(Files.readAllBytes(file), counts);
    List<LabeledPost> posts = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      if (!parser.getHeaderMap().containsKey("tweet")
          || !parser.getHeaderMap().containsKey(labelColumn)) {
        throw new IllegalArgumentException(
            file + ": header must name 'tweet' and '" + labelColumn + "'");
      }
      for (CSVRecord record : parser) {
        posts.add(post(file, name, labelColumn, rule, record));
      }
    }
    return new DataSet(name, List.copyOf(posts), new Decoding(counts[0], counts[1], counts[2]));
  }

  private static LabeledPost post(
      Path file, String name, String labelColumn, LabelRule rule, CSVRecord record) {
    try {
      return new LabeledPost(
          name,
          record.getRecordNumber() + 1,
          record.get("tweet"),
          rule.hostile(record.get(labelColumn)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(
          file + ", record " + record.getRecordNumber() + ": " + e.getMessage(), e);
    }
  }

  /** Decodes line by line as described in the class comment, counting kinds in {@code counts}. */
  static String decode(byte[] bytes, int[] counts) {
    StringBuilder out = new StringBuilder(bytes.length);
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      out.append(decodeLine(bytes, start, end, counts));
      if (end < bytes.length) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static String decodeLine(byte[] bytes, int start, int end, int[] counts) {
    String strict = strictUtf8(bytes, start, end);
    if (strict != null) {
      counts[0]++;
      return strict;
    }
    String repaired = withoutCutSequences(bytes, start, end);
    if (repaired != null) {
      counts[1]++;
      return repaired;
    }
    counts[2]++;
    return new String(bytes, start, end - start, WINDOWS_1252);
  }

  private static String strictUtf8(byte[] bytes, int start, int end) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The line without its cut multi-byte sequences, when every invalid byte is a lead or
   * continuation byte of a sequence followed by ASCII (a cut, not another encoding); else null.
   */
  private static String withoutCutSequences(byte[] bytes, int start, int end) {
    byte[] kept = new byte[end - start];
    int n = 0;
    int i = start;
    while (i < end) {
      int b = bytes[i] & 0xff;
      int length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
      if (length == 0) {
        return null;
      }
      int valid = 1;
      while (valid < length && i + valid < end && (bytes[i + valid] & 0xc0) == 0x80) {
        valid++;
      }
      if (valid == length) {
        System.arraycopy(bytes, i, kept, n, length);
        n += length;
        i += length;
      } else if (i + valid < end && (bytes[i + valid] & 0x80) == 0) {
        i += valid;
      } else {
        return null;
      }
    }
    return strictUtf8(kept, 0, n);
  }
}
