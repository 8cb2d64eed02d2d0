package org.vigie.web.topics;

import java.util.List;

/**
 * The re-tags of the archive, newest first, each with a progress bar; {@link #running()} keeps the
 * htmx fragment polling.
 */
public record JobsView(List<Line> jobs, boolean running) {

  public record Line(
      long id, String topic, String state, int percent, String progress, String css) {}
}
