package org.vigie.analysis.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vigie.document.EntityType;

/**
 * Vigie's sequence tagger for names: a linear model over hashed token features ({@link
 * TaggerFeatures}) with tag-transition weights, decoded with Viterbi, trained as an averaged
 * structured perceptron ({@link NameTaggerTrainer}). Tags are IO: {@code O} or the entity type of
 * the token. Immutable and thread-safe.
 *
 * <p>The model shipped with Vigie is the resource {@code name-tagger.bin.gz} next to this class,
 * trained on the training split of the Europeana French newspapers corpus.
 */
public final class NameTagger {
  /** Tag ids: 0 is outside any name, the others are {@link EntityType}s by ordinal + 1. */
  public static final int OUTSIDE = 0;

  static final int TAGS = EntityType.values().length + 1;
  private static final int MAGIC = 0x564E4552; // "VNER"
  private static final int VERSION = 1;
  private static final String RESOURCE = "name-tagger.bin.gz";

  final int buckets;
  final float[] weights;

  /** transitions[from * TAGS + to]; row TAGS is the start of the sentence. */
  final float[] transitions;

  private final TaggerFeatures features;
  private final Gazetteer gazetteer;

  NameTagger(int buckets, float[] weights, float[] transitions, Gazetteer gazetteer) {
    this.buckets = buckets;
    this.weights = weights;
    this.transitions = transitions;
    this.features = new TaggerFeatures(buckets);
    this.gazetteer = gazetteer;
  }

  /** The model shipped with Vigie. */
  public static NameTagger standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final NameTagger STANDARD = loadResource();
  }

  private static NameTagger loadResource() {
    try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/vigie/analysis/ner/" + RESOURCE);
      }
      return read(in, Gazetteer.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/vigie/analysis/ner/" + RESOURCE, e);
    }
  }

  /** The tag of each word: {@link #OUTSIDE} or an {@link EntityType} ordinal + 1. */
  public int[] tag(List<String> words) {
    if (words.isEmpty()) {
      return new int[0];
    }
    return decode(features.extract(words, gazetteer), words.size());
  }

  int[] features(List<String> words) {
    return features.extract(words, gazetteer);
  }

  /** Viterbi: the best tag sequence under emission and transition weights. */
  int[] decode(int[] f, int n) {
    float[] score = new float[n * TAGS];
    int[] back = new int[n * TAGS];
    float[] emit = new float[TAGS];
    for (int i = 0; i < n; i++) {
      emissions(f, i, emit);
      for (int t = 0; t < TAGS; t++) {
        if (i == 0) {
          score[t] = emit[t] + transitions[TAGS * TAGS + t];
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < TAGS; p++) {
          float s = score[(i - 1) * TAGS + p] + transitions[p * TAGS + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * TAGS + t] = best + emit[t];
        back[i * TAGS + t] = arg;
      }
    }
    int[] tags = new int[n];
    int last = 0;
    for (int t = 1; t < TAGS; t++) {
      if (score[(n - 1) * TAGS + t] > score[(n - 1) * TAGS + last]) {
        last = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = last;
      last = back[i * TAGS + last];
    }
    return tags;
  }

  private void emissions(int[] f, int i, float[] emit) {
    Arrays.fill(emit, 0f);
    int base = i * TaggerFeatures.COUNT;
    for (int k = 0; k < TaggerFeatures.COUNT; k++) {
      int w = f[base + k] * TAGS;
      for (int t = 0; t < TAGS; t++) {
        emit[t] += weights[w + t];
      }
    }
  }

  /** Writes the model, weights quantized to 16 bits, gzipped. */
  void write(OutputStream out) throws IOException {
    float max = 1e-9f;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max / Short.MAX_VALUE;
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
      d.writeInt(MAGIC);
      d.writeInt(VERSION);
      d.writeInt(buckets);
      d.writeInt(TAGS);
      d.writeFloat(scale);
      for (float t : transitions) {
        d.writeFloat(t);
      }
      for (float w : weights) {
        d.writeShort(Math.round(w / scale));
      }
    }
  }

  static NameTagger read(InputStream in, Gazetteer gazetteer) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException("not a Vigie name tagger model (version " + VERSION + ")");
    }
    int buckets = d.readInt();
    if (d.readInt() != TAGS) {
      throw new IOException("the model has another tag set than " + TAGS + " tags");
    }
    float scale = d.readFloat();
    float[] transitions = new float[(TAGS + 1) * TAGS];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    byte[] raw = d.readNBytes(buckets * TAGS * 2);
    float[] weights = new float[buckets * TAGS];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (short) (((raw[2 * i] & 0xFF) << 8) | (raw[2 * i + 1] & 0xFF)) * scale;
    }
    return new NameTagger(buckets, weights, transitions, gazetteer);
  }
}
