package org.vigie.analysis.harm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The statistical half of the hostility classifier: one linear head per data set over shared hashed
 * TF-IDF features ({@link HarmFeatures}), weights quantised to one signed byte per bucket and the
 * IDF to one unsigned byte, the whole file gzip-compressed. Each head's score is a logistic of its
 * margin centred on the threshold tuned on the dev split, so 0.5 is the decision point. Immutable
 * and thread-safe.
 */
public final class HarmModel {
  static final String RESOURCE = "/org/vigie/analysis/harm/harm-model.bin.gz";
  private static final int MAGIC = 0x56484d31; // "VHM1"
  static final float IDF_STEP = 0.05f;
  static final float SLOPE = 4f;

  /** A quantised linear head. */
  record Head(String name, byte[] weights, float scale, float bias, float threshold) {
    double margin(HarmVector x) {
      double s = 0;
      int[] index = x.index();
      float[] value = x.value();
      for (int i = 0; i < index.length; i++) {
        s += weights[index[i]] * value[i];
      }
      return s * scale + bias;
    }

    double score(HarmVector x) {
      return 1 / (1 + Math.exp(-SLOPE * (margin(x) - threshold)));
    }
  }

  private final HarmFeatures features;
  private final float[] idf;
  private final Map<String, Head> heads;

  HarmModel(int bits, float[] idf, List<Head> heads) {
    this.features = new HarmFeatures(bits);
    this.idf = idf;
    this.heads = new LinkedHashMap<>();
    heads.forEach(h -> this.heads.put(h.name(), h));
  }

  /** The model shipped in Vigie's jar. */
  public static HarmModel load() {
    try (InputStream in = HarmModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("hostility model missing from the classpath: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable bundled hostility model " + RESOURCE, e);
    }
  }

  /** A model written by {@link #write}; {@link IOException} names what is wrong. */
  public static HarmModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  static HarmModel read(InputStream raw) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Vigie hostility model");
    }
    int bits = in.readInt();
    byte[] quantised = new byte[1 << bits];
    in.readFully(quantised);
    float[] idf = new float[quantised.length];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (quantised[i] & 0xff) * IDF_STEP;
    }
    int count = in.readInt();
    List<Head> heads = new java.util.ArrayList<>();
    for (int h = 0; h < count; h++) {
      String name = in.readUTF();
      float scale = in.readFloat();
      float bias = in.readFloat();
      float threshold = in.readFloat();
      byte[] weights = new byte[1 << bits];
      in.readFully(weights);
      heads.add(new Head(name, weights, scale, bias, threshold));
    }
    return new HarmModel(bits, idf, heads);
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(features.bits());
    for (float v : idf) {
      out.writeByte(quantiseIdf(v));
    }
    out.writeInt(heads.size());
    for (Head h : heads.values()) {
      out.writeUTF(h.name());
      out.writeFloat(h.scale());
      out.writeFloat(h.bias());
      out.writeFloat(h.threshold());
      out.write(h.weights());
    }
    out.flush();
    gzip.finish();
  }

  static int quantiseIdf(float v) {
    return Math.min(255, Math.round(v / IDF_STEP));
  }

  /** The names of the heads, in the order they were trained. */
  public List<String> heads() {
    return List.copyOf(heads.keySet());
  }

  /** The feature vector of a text (shared by every head). */
  HarmVector vector(String text) {
    return HarmVector.tfIdf(features.count(text), idf);
  }

  /** One head's score of a text, 0..1, 0.5 at its tuned threshold. */
  public double score(String head, String text) {
    return head(head).score(vector(text));
  }

  /** Every head's score of one text, by head name. */
  public Map<String, Double> scores(String text) {
    HarmVector x = vector(text);
    Map<String, Double> scores = new LinkedHashMap<>();
    heads.values().forEach(h -> scores.put(h.name(), h.score(x)));
    return scores;
  }

  Head head(String name) {
    Head h = heads.get(name);
    if (h == null) {
      throw new IllegalArgumentException("no head '" + name + "' in the model: " + heads.keySet());
    }
    return h;
  }

  HarmFeatures features() {
    return features;
  }

  float[] idf() {
    return idf;
  }
}
