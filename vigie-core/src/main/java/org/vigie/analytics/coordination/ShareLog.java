package org.vigie.analytics.coordination;

import java.util.Arrays;

/**
 * A share log held column by column (ints and longs, no object per share), so that ten million
 * shares fit in a few hundred megabytes. Accounts, objects, contents and platforms are interned to
 * dense ints. Not thread-safe; fill it, then hand it to {@link CoordinationDetector}.
 */
public final class ShareLog {
  private final Interner accounts = new Interner("a");
  private final Interner objects = new Interner("o");
  private final Interner contents = new Interner("c");
  private final Interner platforms = new Interner("p");
  private int[] account = new int[1024];
  private int[] object = new int[1024];
  private int[] content = new int[1024];
  private long[] time = new long[1024];
  private byte[] kind = new byte[1024];
  private short[] platform = new short[1024];
  private boolean[] selfObject = new boolean[1024];
  private int size;
  private long skippedNoObject;

  /**
   * Adds a share; a share without an object (null, empty or {@code NA}) is not added but counted
   * ({@link #skippedNoObject()}).
   */
  public void add(Share s) {
    String o = s.object();
    if (o == null || o.isEmpty() || o.equals("NA")) {
      skippedNoObject++;
      return;
    }
    int p = platforms.id(s.platform());
    if (p > Short.MAX_VALUE) {
      throw new IllegalArgumentException("more than 32767 platforms: " + s.platform());
    }
    append(
        accounts.id(s.account()),
        objects.id(o),
        contents.id(s.content()),
        s.time(),
        s.kind(),
        (short) p,
        s.content().equals(o));
  }

  /**
   * Adds a share given by ids the caller chose (synthetic logs for tests and benchmarks): names are
   * then {@code a17}, {@code o3}, {@code c42}. A log is either named or numbered.
   */
  public void addNumbered(int accountId, int objectId, int contentId, long seconds) {
    accounts.numbered(accountId);
    objects.numbered(objectId);
    contents.numbered(contentId);
    append(accountId, objectId, contentId, seconds, ObjectKind.OTHER, (short) 0, false);
  }

  private void append(int a, int o, int c, long t, ObjectKind k, short p, boolean self) {
    if (size == account.length) {
      grow();
    }
    account[size] = a;
    object[size] = o;
    content[size] = c;
    time[size] = t;
    kind[size] = (byte) k.ordinal();
    platform[size] = p;
    selfObject[size] = self;
    size++;
  }

  private void grow() {
    int n = account.length + (account.length >> 1);
    account = Arrays.copyOf(account, n);
    object = Arrays.copyOf(object, n);
    content = Arrays.copyOf(content, n);
    time = Arrays.copyOf(time, n);
    kind = Arrays.copyOf(kind, n);
    platform = Arrays.copyOf(platform, n);
    selfObject = Arrays.copyOf(selfObject, n);
  }

  /** Shares held. */
  public int size() {
    return size;
  }

  /** Shares given without an object, left out. */
  public long skippedNoObject() {
    return skippedNoObject;
  }

  public int accountCount() {
    return accounts.size();
  }

  public int objectCount() {
    return objects.size();
  }

  public String accountName(int id) {
    return accounts.name(id);
  }

  /** The id of an account name in this log, or -1. */
  int accountId(String name) {
    return accounts.find(name);
  }

  String contentName(int id) {
    return contents.name(id);
  }

  public String objectName(int id) {
    return objects.name(id);
  }

  public String platformName(int id) {
    return platforms.name(id);
  }

  int contentCount() {
    return contents.size();
  }

  int account(int row) {
    return account[row];
  }

  int object(int row) {
    return object[row];
  }

  int content(int row) {
    return content[row];
  }

  long time(int row) {
    return time[row];
  }

  ObjectKind kind(int row) {
    return ObjectKind.values()[kind[row]];
  }

  int platform(int row) {
    return platform[row];
  }

  boolean contentIsObject(int row) {
    return selfObject[row];
  }
}
