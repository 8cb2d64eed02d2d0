package org.vigie.store.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.util.BytesRef;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;
import org.vigie.store.TermVector;

/**
 * The binary doc value of an article's story assignment: the story's id, label, first and last days
 * and size just after the article joined, the article's day, title and weighted terms. Read for a
 * story's summary (the record of its largest size) and to rebuild the clusterer's window.
 */
final class StoryBytes {
  private StoryBytes() {}

  static BytesRef write(StoryRecord r) {
    StorySummary a = r.story();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(a.id());
      out.writeUTF(a.label());
      out.writeInt((int) a.first().toEpochDay());
      out.writeInt((int) a.last().toEpochDay());
      out.writeInt(a.size());
      out.writeInt((int) r.day().toEpochDay());
      out.writeUTF(r.title());
      out.writeShort(r.vector().size());
      for (int i = 0; i < r.vector().size(); i++) {
        out.writeUTF(r.vector().terms()[i]);
        out.writeFloat(r.vector().weights()[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  static StoryRecord read(BytesRef bytes) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
      String id = in.readUTF();
      String label = in.readUTF();
      LocalDate first = LocalDate.ofEpochDay(in.readInt());
      LocalDate last = LocalDate.ofEpochDay(in.readInt());
      int size = in.readInt();
      LocalDate day = LocalDate.ofEpochDay(in.readInt());
      String title = in.readUTF();
      int n = in.readShort();
      String[] terms = new String[n];
      float[] weights = new float[n];
      for (int i = 0; i < n; i++) {
        terms[i] = in.readUTF();
        weights[i] = in.readFloat();
      }
      StorySummary story = new StorySummary(id, label, first, last, size);
      return new StoryRecord(story, day, title, new TermVector(terms, weights));
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt story record", e);
    }
  }
}
