package org.vigie.store.lucene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.vigie.store.DuplicateCandidate;
import org.vigie.store.Signature;

/**
 * The binary doc value of a near-duplicate candidate: the signature's length and bytes, then the id
 * and, for a copy, a tab and its original's id, in UTF-8.
 */
final class CandidateBytes {
  private CandidateBytes() {}

  static BytesRef write(String id, String duplicateOf, Signature signature) {
    byte[] sig = signature.toBytes();
    byte[] ids =
        (duplicateOf == null ? id : id + '\t' + duplicateOf).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(4 + sig.length + ids.length);
    b.putInt(sig.length).put(sig).put(ids);
    return new BytesRef(b.array());
  }

  static DuplicateCandidate read(BytesRef bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    int length = b.getInt();
    Signature signature = Signature.fromBytes(bytes.bytes, bytes.offset + 4, length);
    int from = bytes.offset + 4 + length;
    String ids = new String(bytes.bytes, from, bytes.length - 4 - length, StandardCharsets.UTF_8);
    int tab = ids.indexOf('\t');
    return tab < 0
        ? new DuplicateCandidate(ids, null, signature)
        : new DuplicateCandidate(ids.substring(0, tab), ids.substring(tab + 1), signature);
  }
}
