package org.vigie.analysis.language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear (softmax) classifier over hashed character n-grams, its weights quantised to one byte
 * each: {@code logit(c) = scale[c] * sum_j weight[j][c] * x[j] + bias[c]}.
 *
 * <p>Labels are the training labels ({@code arb}, {@code ary}, {@code bam}, ...); mapping them to
 * the codes Vigie reports is {@link RegionalLanguageDetector}'s business. The model also carries
 * the Bambara/Dyula margin its trainer tuned, so that a model file is complete on its own.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>File format (gzip): magic {@code VGLD}, version, bits, maxN, Manding margin, label count, the
 * labels, per-label scales and biases, then the weights, bucket by bucket.
 */
final class RegionalLanguageModel {
  private static final int MAGIC = 0x56474C44;
  private static final int VERSION = 1;

  private final CharNgramHasher hasher;
  private final List<String> labels;
  private final float[] scales;
  private final float[] biases;
  private final byte[] weights;
  private final double mandingMargin;

  RegionalLanguageModel(
      CharNgramHasher hasher,
      List<String> labels,
      float[] scales,
      float[] biases,
      byte[] weights,
      double mandingMargin) {
    int n = labels.size();
    if (scales.length != n || biases.length != n || weights.length != n * hasher.buckets()) {
      throw new IllegalArgumentException(
          "model arrays do not fit " + n + " labels and " + hasher.buckets() + " buckets");
    }
    this.hasher = hasher;
    this.labels = List.copyOf(labels);
    this.scales = scales;
    this.biases = biases;
    this.weights = weights;
    this.mandingMargin = mandingMargin;
  }

  /** Quantises float weights laid out as {@code weights[label][bucket]}. */
  static RegionalLanguageModel quantize(
      CharNgramHasher hasher, List<String> labels, float[][] weights, float[] biases) {
    int n = labels.size();
    float[] scales = new float[n];
    byte[] q = new byte[n * hasher.buckets()];
    for (int c = 0; c < n; c++) {
      float max = 0;
      for (float w : weights[c]) {
        max = Math.max(max, Math.abs(w));
      }
      scales[c] = max == 0 ? 1 : max / 127f;
      for (int j = 0; j < hasher.buckets(); j++) {
        q[j * n + c] = (byte) Math.round(weights[c][j] / scales[c]);
      }
    }
    return new RegionalLanguageModel(hasher, labels, scales, biases.clone(), q, 0);
  }

  /** The same model with another Bambara/Dyula margin. */
  RegionalLanguageModel withMandingMargin(double margin) {
    return new RegionalLanguageModel(hasher, labels, scales, biases, weights, margin);
  }

  CharNgramHasher hasher() {
    return hasher;
  }

  List<String> labels() {
    return labels;
  }

  /**
   * The smallest difference between the Bambara and Dyula logits for which the detector names one
   * of the two rather than the Manding macrolanguage.
   */
  double mandingMargin() {
    return mandingMargin;
  }

  /** One logit per label, in {@link #labels()} order. */
  double[] logits(SparseVector x) {
    int n = labels.size();
    double[] acc = new double[n];
    for (int k = 0; k < x.size(); k++) {
      int base = x.indices()[k] * n;
      float v = x.values()[k];
      for (int c = 0; c < n; c++) {
        acc[c] += weights[base + c] * v;
      }
    }
    for (int c = 0; c < n; c++) {
      acc[c] = acc[c] * scales[c] + biases[c];
    }
    return acc;
  }

  /** Turns logits into probabilities that sum to 1. */
  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logits[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out));
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(hasher.bits());
    data.writeInt(hasher.maxN());
    data.writeDouble(mandingMargin);
    data.writeInt(labels.size());
    for (String label : labels) {
      data.writeUTF(label);
    }
    writeFloats(data, scales);
    writeFloats(data, biases);
    data.write(weights);
    data.flush();
    gzip.finish();
    gzip.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param source names the input in error messages
   * @throws IOException when the input is not such a model, saying why and naming the source
   */
  static RegionalLanguageModel read(InputStream in, String source) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    int magic = data.readInt();
    int version = data.readInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IOException(source + " is not a Vigie language model (version " + VERSION + ")");
    }
    CharNgramHasher hasher = new CharNgramHasher(data.readInt(), data.readInt());
    double margin = data.readDouble();
    String[] labels = new String[data.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data.readUTF();
    }
    float[] scales = readFloats(data, labels.length);
    float[] biases = readFloats(data, labels.length);
    byte[] weights = new byte[labels.length * hasher.buckets()];
    data.readFully(weights);
    return new RegionalLanguageModel(hasher, List.of(labels), scales, biases, weights, margin);
  }

  private static void writeFloats(DataOutputStream data, float[] values) throws IOException {
    for (float v : values) {
      data.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInputStream data, int n) throws IOException {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = data.readFloat();
    }
    return values;
  }
}
