package org.vigie.collect.platform;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A perceptual hash of an image an export holds beside its posts (a Telegram export's {@code
 * photos/}), so that the same picture re-posted by several accounts — re-encoded, resized, lightly
 * cropped — is one object for coordination: a 64-bit difference hash (the image averaged into 9 × 8
 * cells of grey, one bit per pair of neighbours, left darker than right by more than noise). Copies
 * differ by a few bits; {@link #distance} counts them. Untrusted bytes: files over {@link
 * #MAX_BYTES} or images over {@link #MAX_PIXELS} are not decoded, large images are read subsampled,
 * and anything unreadable answers {@code null}.
 */
public final class ImageHash {
  static final long MAX_BYTES = 20L * 1024 * 1024;
  static final long MAX_PIXELS = 60_000_000L;

  /** Grey levels (of 255) under which two neighbouring cells count as equal. */
  private static final double FLAT = 2.0;

  private ImageHash() {}

  /** {@code dhash:} and 16 hex digits, or {@code null} when the file cannot be hashed. */
  public static String of(Path image) {
    try {
      if (!Files.isRegularFile(image) || Files.size(image) > MAX_BYTES) {
        return null;
      }
      BufferedImage picture = read(image);
      return picture == null
          ? null
          : "dhash:" + String.format(Locale.ROOT, "%016x", dhash(picture));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Bits that differ between two {@code dhash:} values. */
  public static int distance(String a, String b) {
    return Long.bitCount(value(a) ^ value(b));
  }

  /** The 64 bits of a {@code dhash:} value. */
  public static long value(String hash) {
    return Long.parseUnsignedLong(hash.substring("dhash:".length()), 16);
  }

  /** The difference hash of a decoded image. */
  static long dhash(BufferedImage picture) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    double[][] grey = new double[8][9];
    int[][] count = new int[8][9];
    for (int y = 0; y < h; y++) {
      int cy = Math.min(7, y * 8 / h);
      for (int x = 0; x < w; x++) {
        int cx = Math.min(8, x * 9 / w);
        int rgb = picture.getRGB(x, y);
        grey[cy][cx] +=
            0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
        count[cy][cx]++;
      }
    }
    long bits = 0;
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        double left = grey[y][x] / Math.max(1, count[y][x]);
        double right = grey[y][x + 1] / Math.max(1, count[y][x + 1]);
        // a flat area (a plain background) gives 0 rather than a bit re-encoding noise flips
        bits = bits << 1 | (left + FLAT < right ? 1 : 0);
      }
    }
    return bits;
  }

  private static BufferedImage read(Path image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          return null;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int sub = (int) Math.max(1, Math.sqrt(pixels / 250_000.0));
        param.setSourceSubsampling(sub, sub, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }
}
