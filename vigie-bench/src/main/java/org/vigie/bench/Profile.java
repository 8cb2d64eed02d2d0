package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder profile in a few lines: the methods most often on top of the sampled stacks
 * (self time), and the Vigie methods most often nearest the top (where Vigie code spends, callees
 * included), as shares of the {@code jdk.ExecutionSample} events.
 */
final class Profile {
  private Profile() {}

  static void print(Path jfr, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> vigie = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.getFirst()), 1, Integer::sum);
      frames.stream()
          .map(Profile::name)
          .filter(n -> n.startsWith("org.vigie.") && !n.startsWith("org.vigie.bench."))
          .findFirst()
          .ifPresent(n -> vigie.merge(n, 1, Integer::sum));
    }
    System.out.printf(Locale.ROOT, "%nProfile (%s): %,d execution samples%n", jfr, samples);
    table("self time (top frame)", self, samples, top);
    table("nearest Vigie method (callees included)", vigie, samples, top);
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void table(String title, Map<String, Integer> counts, int total, int top) {
    System.out.printf("%n| %s | share |%n|---|---|%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total));
  }

  /** {@code Profile FILE.jfr [TOP]}. */
  public static void main(String[] args) throws IOException {
    print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25);
  }
}
