package org.vigie.analytics.coordination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense int ids for strings, in order of first appearance. Not thread-safe. */
final class Interner {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final String numberedPrefix;
  private int numbered;

  /** Ids given without a name ({@link #numbered}) are named {@code prefix + id}. */
  Interner(String numberedPrefix) {
    this.numberedPrefix = numberedPrefix;
  }

  int id(String name) {
    Integer id = ids.get(name);
    if (id == null) {
      id = size();
      ids.put(name, id);
      names.add(name);
    }
    return id;
  }

  /** Takes an id chosen by the caller (synthetic logs): no string is kept. */
  void numbered(int id) {
    if (!names.isEmpty()) {
      throw new IllegalStateException("named and numbered ids cannot be mixed");
    }
    numbered = Math.max(numbered, id + 1);
  }

  /** The id of a name already seen, or -1. */
  int find(String name) {
    Integer id = ids.get(name);
    return id == null ? -1 : id;
  }

  String name(int id) {
    return id < names.size() ? names.get(id) : numberedPrefix + id;
  }

  int size() {
    return Math.max(names.size(), numbered);
  }
}
