package org.vigie.collect;

import java.io.IOException;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}, read with jwarc, which handles the per-record gzip
 * itself). HTTP {@code response} records with a 2xx status and an HTML or plain text type, and
 * {@code resource} records with such a type, become documents; every other record is skipped
 * without an error. See {@link WarcFileReader} for what happens around a broken record.
 */
public final class WarcFormat implements FileFormat {

  @Override
  public boolean accepts(String lowerCaseName) {
    return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz");
  }

  @Override
  public void read(InputFile file, DocumentSink sink) throws IOException {
    new WarcFileReader(file, sink).read();
  }
}
