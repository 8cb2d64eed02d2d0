package org.vigie.archive.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vigie.analytics.coordination.ObjectKind;
import org.vigie.archive.coordination.CoordinationRecords.ObjectCount;

/** How lists, object counts and hourly activity are written in the coordination tables' text. */
final class CoordinationText {
  private CoordinationText() {}

  static String kinds(Set<ObjectKind> kinds) {
    return String.join(",", kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
  }

  static List<String> list(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
  }

  /** {@code object\tpairs} lines; objects never hold a tab or a line break (they are cleaned). */
  static String objects(List<ObjectCount> objects) {
    StringBuilder b = new StringBuilder();
    for (ObjectCount o : objects) {
      String line = clean(o.object()) + "\t" + o.pairs() + "\n";
      if (b.length() + line.length() > 16_000) {
        break;
      }
      b.append(line);
    }
    return b.toString();
  }

  static List<ObjectCount> readObjects(String s) {
    List<ObjectCount> found = new ArrayList<>();
    for (String line : s.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        found.add(new ObjectCount(line.substring(0, tab), Long.parseLong(line.substring(tab + 1))));
      }
    }
    return found;
  }

  /** {@code hour:pairs} items separated by commas, the most recent hours kept when too many. */
  static String activity(SortedMap<Long, Long> hours) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<Long, Long> e : hours.entrySet()) {
      items.add(e.getKey() + ":" + e.getValue());
    }
    String joined = String.join(",", items);
    while (joined.length() > 16_000 && !items.isEmpty()) {
      items.removeFirst();
      joined = String.join(",", items);
    }
    return joined;
  }

  static SortedMap<Long, Long> readActivity(String s) {
    SortedMap<Long, Long> hours = new TreeMap<>();
    if (s == null || s.isEmpty()) {
      return hours;
    }
    for (String item : s.split(",")) {
      int colon = item.indexOf(':');
      hours.put(
          Long.parseLong(item.substring(0, colon)), Long.parseLong(item.substring(colon + 1)));
    }
    return hours;
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String clean(String s) {
    return clip(s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '), 2000);
  }
}
