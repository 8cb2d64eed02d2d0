package org.vigie.analytics.report.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A chart's SVG drawn as a PNG image (Batik), for documents that take no vectors (Word). */
final class ChartImages {
  /** Pixels per SVG unit: twice the size, sharp when printed. */
  static final float SCALE = 2f;

  private ChartImages() {}

  static byte[] png(String svg, int width) {
    ReportFonts.registerWithAwt();
    PNGTranscoder t = new PNGTranscoder();
    t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width * SCALE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException("cannot draw a report chart as an image", e);
    }
    return out.toByteArray();
  }

  /** The width and height an SVG of {@link org.vigie.analytics.report.chart.Charts} declares. */
  static int[] size(String svg) {
    return new int[] {attribute(svg, "width=\""), attribute(svg, "height=\"")};
  }

  private static int attribute(String svg, String name) {
    int i = svg.indexOf(name) + name.length();
    return Integer.parseInt(svg.substring(i, svg.indexOf('"', i)));
  }
}
