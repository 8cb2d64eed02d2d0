package org.vigie.collect.web;

import org.vigie.collect.CollectProgress;

/**
 * Progress of a web run in {@link CollectProgress}' terms: pages stand for files, and the total is
 * what is known so far (pages done plus pages waiting), so it can grow while a crawl discovers
 * links.
 */
final class RunProgress {
  private final CollectProgress listener;
  private int done;
  private long bytes;

  RunProgress(CollectProgress listener) {
    this.listener = listener;
  }

  void start(int waiting) {
    listener.update(new CollectProgress.Progress(0, waiting, 0, 0, null));
  }

  void pageDone(String url, long size, int waiting) {
    done++;
    bytes += size;
    listener.update(new CollectProgress.Progress(done, done + waiting, bytes, 0, url));
  }
}
