package org.vigie.analysis.language;

/**
 * A feature vector that names only its non-zero entries: {@code values[k]} is the value of
 * dimension {@code indices[k]}. Indices are distinct, in no particular order. The arrays are owned
 * by the vector and never changed after construction.
 */
record SparseVector(int[] indices, float[] values) {
  SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException(
          "indices and values differ in length: " + indices.length + " vs " + values.length);
    }
  }

  int size() {
    return indices.length;
  }
}
