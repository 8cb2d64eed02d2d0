package org.vigie.collect.platform;

import java.io.IOException;
import org.vigie.collect.DocumentSink;

/**
 * Reads one platform export file into posts. Implementations are stateless and thread-safe.
 *
 * <p>Every bad record (a message that is not valid JSON, a CSV row with a broken quote, a tweet
 * without text, a bad date) is reported to the sink with its position and cause, and the reader
 * goes on with the next one. It throws only when the rest of the file cannot be read; posts
 * delivered before are kept. A truncated file is reported where it broke.
 */
@FunctionalInterface
public interface ExportReader {

  void read(ExportFile file, DocumentSink sink) throws IOException;
}
