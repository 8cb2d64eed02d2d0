package org.vigie.archive.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.vigie.analytics.coordination.CoordinatedEdge;
import org.vigie.analytics.coordination.CoordinatedGroup;
import org.vigie.analytics.coordination.CoordinationDetector;
import org.vigie.analytics.coordination.CoordinationGroups;
import org.vigie.analytics.coordination.CoordinationResult;
import org.vigie.analytics.coordination.Evidence;
import org.vigie.analytics.coordination.PostShares;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Group;
import org.vigie.archive.coordination.CoordinationRecords.Member;
import org.vigie.archive.coordination.CoordinationRecords.ObjectCount;
import org.vigie.archive.coordination.CoordinationRecords.Pair;
import org.vigie.archive.coordination.CoordinationRecords.Run;
import org.vigie.document.Account;
import org.vigie.document.AnalyzedDocument;
import org.vigie.document.PublishedTime;
import org.vigie.search.Query;
import org.vigie.search.QueryParser;
import org.vigie.search.SearchFields;
import org.vigie.search.SearchRequest;
import org.vigie.search.Searcher;

/**
 * Coordination over the archive's posts: reads the posts of a period (a query, platforms), turns
 * them into a share log ({@link PostShares}), runs the detector, and stores the run with its groups
 * (connected components), their members, edges and evidence pairs. Each group is followed from the
 * run before with the same trigger and query: it continues the earlier group whose accounts it
 * shares most (Jaccard ≥ 0.3), and is marked new, grown, shrunk or the same. Thread-safe: runs are
 * independent.
 */
public final class CoordinationService {
  /** Evidence pairs kept per group. */
  public static final int EVIDENCE_PER_GROUP = 500;

  private static final double SAME_GROUP = 0.3;
  private static final long SEED = 1;

  /** Where a run is: {@code phase} reading (posts done of total), detecting, storing, done. */
  public record Progress(String phase, long done, long total) {}

  private final CoordinationTables tables;
  private final Searcher searcher;
  private final Clock clock;

  public CoordinationService(DataSource db, Searcher searcher, Clock clock) {
    this.tables = new CoordinationTables(db);
    this.searcher = searcher;
    this.clock = clock;
  }

  /** Runs and stores one detection; a failure is stored with the run, then rethrown. */
  public Run run(CoordinationRequest request, Consumer<Progress> progress) {
    return execute(start(request), request, progress);
  }

  /**
   * Records a run as started (status {@code running}) and answers its id: then {@link #execute}.
   */
  public long start(CoordinationRequest request) {
    return tables.startRun(request, clock.instant());
  }

  /** Runs the detection of a run {@link #start started}; a failure is stored, then rethrown. */
  public Run execute(long id, CoordinationRequest request, Consumer<Progress> progress) {
    try {
      Run done = detect(id, request, progress);
      progress.accept(new Progress("done", done.groups(), done.groups()));
      return done;
    } catch (RuntimeException e) {
      tables.failRun(id, String.valueOf(e.getMessage()), clock.instant());
      throw e;
    }
  }

  public List<Run> runs(int limit) {
    return tables.runs(limit);
  }

  public Optional<Run> run(long id) {
    return tables.run(id);
  }

  public List<Group> groups(long runId) {
    return tables.groups(runId);
  }

  public Optional<Group> group(long id) {
    return tables.group(id);
  }

  public List<Member> members(long group) {
    return tables.members(group);
  }

  public List<Edge> edges(long group) {
    return tables.edges(group);
  }

  public List<Pair> evidence(long group) {
    return tables.evidence(group);
  }

  /** The same group in every run that followed it, oldest first. */
  public List<Group> lineage(long lineage) {
    return tables.lineage(lineage);
  }

  /** The groups an account was found in, newest first. */
  public List<Group> groupsOf(String account, int limit) {
    return tables.groupsOf(account, limit);
  }

  /** Marks runs a stopped process left running as failed (call once at start). */
  public int markInterrupted() {
    return tables.markInterrupted(clock.instant());
  }

  int pruneWatchRuns(Instant before) {
    return tables.pruneWatchRuns(before);
  }

  private Run detect(long id, CoordinationRequest request, Consumer<Progress> progress) {
    PostShares shares = new PostShares(request.kinds());
    SearchRequest search = posts(request);
    long total = searcher.search(search.page(0, 0)).total();
    long[] seen = {0};
    searcher.forEachMatch(
        search,
        d -> {
          if (inPeriod(d, request)) {
            shares.add(d);
          }
          if (++seen[0] % 1000 == 0) {
            progress.accept(new Progress("reading", seen[0], total));
          }
        });
    progress.accept(new Progress("detecting", seen[0], total));
    CoordinationResult result = new CoordinationDetector(request.settings()).detect(shares.log());
    CoordinationGroups groups = result.groups(SEED);
    List<Group> previous =
        tables
            .previousRun(request.trigger(), request.query(), id)
            .map(tables::groups)
            .orElse(List.of());
    Map<Long, Set<String>> previousMembers = new HashMap<>();
    for (Group g : previous) {
      Set<String> accounts = new HashSet<>();
      tables.members(g.id()).forEach(m -> accounts.add(m.account()));
      previousMembers.put(g.id(), accounts);
    }
    Map<String, Integer> community = communities(groups);
    Map<String, Integer> componentOf = new HashMap<>();
    List<CoordinatedGroup> components = groups.components();
    for (int c = 0; c < components.size(); c++) {
      for (CoordinatedGroup.Member m : components.get(c).accounts()) {
        componentOf.put(m.account(), c);
      }
    }
    List<List<Edge>> edges = new ArrayList<>();
    components.forEach(c -> edges.add(new ArrayList<>()));
    for (CoordinatedEdge e : result.sortedEdges()) {
      edges.get(componentOf.get(e.accountA())).add(edge(e));
    }
    for (int c = 0; c < components.size(); c++) {
      progress.accept(new Progress("storing", c, components.size()));
      store(
          id,
          c,
          components.get(c),
          edges.get(c),
          result,
          shares,
          community,
          previous,
          previousMembers);
    }
    Run figures =
        new Run(
            id,
            null,
            null,
            request.trigger(),
            request.query(),
            request.from(),
            request.to(),
            List.of(),
            List.of(),
            0,
            0,
            0,
            0,
            shares.posts(),
            shares.withoutAccount() + shares.withoutTime(),
            shares.log().size(),
            result.sharePairs(),
            result.edgeCount(),
            result.accountCount(),
            components.size(),
            "done",
            null);
    tables.finishRun(id, figures, clock.instant());
    return tables.run(id).orElseThrow();
  }

  private void store(
      long runId,
      int rank,
      CoordinatedGroup component,
      List<Edge> edges,
      CoordinationResult result,
      PostShares shares,
      Map<String, Integer> community,
      List<Group> previous,
      Map<Long, Set<String>> previousMembers) {
    List<String> accounts =
        component.accounts().stream().map(CoordinatedGroup.Member::account).toList();
    Evidence evidence = result.evidence(accounts, EVIDENCE_PER_GROUP);
    Set<String> mine = new HashSet<>(accounts);
    Group continued = null;
    double best = 0;
    for (Group g : previous) {
      double j = jaccard(mine, previousMembers.get(g.id()));
      if (j >= SAME_GROUP && j > best) {
        best = j;
        continued = g;
      }
    }
    String change =
        continued == null
            ? "new"
            : accounts.size() >= Math.ceil(continued.size() * 1.2)
                    && accounts.size() > continued.size()
                ? "grown"
                : accounts.size() <= Math.floor(continued.size() * 0.8) ? "shrunk" : "same";
    List<ObjectCount> top = new ArrayList<>();
    evidence.objects().forEach((o, n) -> top.add(new ObjectCount(o, n)));
    Group g =
        new Group(
            0,
            runId,
            rank + 1,
            continued == null ? 0 : continued.lineage(),
            change,
            continued == null ? null : continued.size(),
            accounts.size(),
            edges.size(),
            evidence.total(),
            component.objects().size(),
            Instant.ofEpochSecond(component.firstShare()),
            Instant.ofEpochSecond(component.lastShare()),
            component.kinds().stream()
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .sorted()
                .toList(),
            component.platforms().stream().sorted().toList(),
            top,
            evidence.hours());
    long groupId = tables.insertGroup(g);
    List<Member> members = new ArrayList<>();
    for (CoordinatedGroup.Member m : component.accounts()) {
      Account a = shares.account(m.account());
      members.add(
          new Member(
              m.account(),
              label(m.account(), a),
              platformOf(m.account()),
              m.shares(),
              m.coordinatedShares(),
              community.getOrDefault(m.account(), 0)));
    }
    tables.insertMembers(groupId, members);
    tables.insertEdges(groupId, edges);
    List<Pair> pairs = new ArrayList<>();
    int seq = 0;
    for (Evidence.Pair p : evidence.pairs()) {
      pairs.add(
          new Pair(
              ++seq,
              p.object(),
              p.kind().name().toLowerCase(Locale.ROOT),
              p.accountA(),
              p.contentA(),
              Instant.ofEpochSecond(p.timeA()),
              p.accountB(),
              p.contentB(),
              Instant.ofEpochSecond(p.timeB())));
    }
    tables.insertEvidence(groupId, pairs);
  }

  /** The request's posts: its query, type post, the days of the period, its platforms. */
  static SearchRequest posts(CoordinationRequest r) {
    List<Query> all = new ArrayList<>();
    if (!r.query().isEmpty()) {
      all.add(QueryParser.parse(r.query()));
    }
    all.add(new Query.Term(SearchFields.TYPE, AnalyzedDocument.POST));
    LocalDate from = LocalDate.ofInstant(r.from(), ZoneOffset.UTC);
    LocalDate to = LocalDate.ofInstant(r.to().minusNanos(1), ZoneOffset.UTC);
    all.add(new Query.DateRange(SearchFields.PUBLISHED, from, to));
    SearchRequest search = SearchRequest.matching(new Query.And(all)).withCopies(true);
    return r.platforms().isEmpty()
        ? search
        : search.withFilters(Map.of(SearchFields.PLATFORM, r.platforms()));
  }

  private static boolean inPeriod(AnalyzedDocument d, CoordinationRequest r) {
    if (d.published() == null || d.published().length() <= 10) {
      return true; // counted as left out by PostShares
    }
    Instant t = PublishedTime.toInstant(d.published());
    return !t.isBefore(r.from()) && t.isBefore(r.to());
  }

  private static Map<String, Integer> communities(CoordinationGroups groups) {
    Map<String, Integer> community = new HashMap<>();
    List<CoordinatedGroup> all = groups.communities();
    for (int c = 0; c < all.size(); c++) {
      for (CoordinatedGroup.Member m : all.get(c).accounts()) {
        community.put(m.account(), c + 1);
      }
    }
    return community;
  }

  private static Edge edge(CoordinatedEdge e) {
    return new Edge(
        e.accountA(),
        e.accountB(),
        e.weight(),
        e.objects(),
        e.meanDelta(),
        Double.isNaN(e.symmetry()) ? null : e.symmetry(),
        e.fastWeight(),
        e.flagged(),
        e.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList());
  }

  /** {@code @handle (Name)}, or the name, or the key. */
  static String label(String key, Account a) {
    if (a == null) {
      return key;
    }
    String handle = a.handle() == null || a.handle().isBlank() ? null : a.handle();
    String name = a.name() == null || a.name().isBlank() ? null : a.name();
    if (handle != null && name != null && !name.equals(handle)) {
      return "@" + handle + " (" + name + ")";
    }
    return handle != null ? "@" + handle : name != null ? name : key;
  }

  private static String platformOf(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (b == null || b.isEmpty()) {
      return 0;
    }
    int both = 0;
    for (String s : a) {
      both += b.contains(s) ? 1 : 0;
    }
    return both / (double) (a.size() + b.size() - both);
  }
}
