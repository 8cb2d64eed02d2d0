package org.vigie.web.access;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.vigie.archive.access.ApiToken;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.User;
import org.vigie.archive.access.UserDirectory;
import org.vigie.web.page.Viewer;

/**
 * Decides, before any handler runs, who a request comes from and whether it may go on: API token
 * ({@code Authorization: Bearer …}) or session cookie, then the {@link AccessRules} table, then the
 * CSRF token of every write made with a cookie. Refusals: pages redirect to {@code /login}, the API
 * answers 401 (nobody) or 403 (not allowed, or a missing or wrong CSRF token).
 */
public final class AccessControl {
  public static final String SESSION_COOKIE = "vigie_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  private static final String VIEWER_ATTRIBUTE = "vigie.viewer";

  /** How the server treats people who have not signed in. */
  public enum Mode {
    /** Everything needs an account, except the login page, assets and health. */
    PROTECTED,
    /** Anonymous readers may search and read documents ({@code serve --public}); nothing else. */
    PUBLIC,
    /**
     * {@code vigie demo} on this machine only: every visitor is signed in as the built-in {@value
     * #DEMO_USER} admin (the bundled samples hold nothing private).
     */
    DEMO
  }

  public static final String DEMO_USER = "demo";

  private final UserDirectory users;
  private final Mode mode;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final LoginForms loginForms = new LoginForms();
  private final Semaphore hashing = new Semaphore(HASHING_AT_ONCE, true);
  private final Clock clock;
  private volatile ClientAddress addresses = ClientAddress.direct();

  /**
   * Passwords checked at once (each Argon2id check takes ~50 ms of a core and 19 MiB): the others
   * wait, so that a burst of logins cannot take every core from the searches and {@code /health}.
   */
  static final int HASHING_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /** How long a login waits for its turn to be checked before being told the server is busy. */
  static final Duration HASHING_WAIT = Duration.ofSeconds(10);

  /**
   * @param users the accounts; null only in public mode without a catalog (nobody can sign in)
   */
  public AccessControl(UserDirectory users, Mode mode, Clock clock) {
    if (users == null && mode != Mode.PUBLIC) {
      throw new IllegalArgumentException("only public mode may run without accounts");
    }
    this.users = users;
    this.mode = mode;
    this.sessions = new Sessions(clock);
    this.throttle = new LoginThrottle(clock);
    this.clock = clock;
  }

  public AccessControl(UserDirectory users, Mode mode) {
    this(users, mode, Clock.systemUTC());
  }

  /** Anonymous reading of search and documents only, with no accounts at all. */
  public static AccessControl publicReadOnly() {
    return new AccessControl(null, Mode.PUBLIC);
  }

  /**
   * Believes the forwarding headers ({@code Forwarded}, {@code X-Forwarded-For}, {@code
   * X-Forwarded-Proto}) of these proxies only; call before serving.
   */
  public AccessControl trusting(ClientAddress proxies) {
    this.addresses = proxies;
    return this;
  }

  /** The address the request comes from (through trusted proxies, the client's). */
  public String clientAddress(Context ctx) {
    return addresses.resolve(ctx.ip(), ctx.header("Forwarded"), ctx.header("X-Forwarded-For"));
  }

  /**
   * Checks a password, at most {@link #HASHING_AT_ONCE} at once.
   *
   * @throws ServiceUnavailableResponse when no turn came within {@link #HASHING_WAIT}
   */
  Optional<User> authenticate(String name, String password) {
    if (users == null) {
      return Optional.empty();
    }
    boolean turn;
    try {
      turn = hashing.tryAcquire(HASHING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    }
    if (!turn) {
      throw new ServiceUnavailableResponse("too many logins at once: try again in a few seconds");
    }
    try {
      return users.authenticate(name, password);
    } finally {
      hashing.release();
    }
  }

  LoginForms loginForms() {
    return loginForms;
  }

  public Mode mode() {
    return mode;
  }

  public Optional<UserDirectory> users() {
    return Optional.ofNullable(users);
  }

  /** How many sessions the server keeps (at most {@link Sessions#MAX_SESSIONS}). */
  public int sessionCount() {
    return sessions.size();
  }

  Sessions sessions() {
    return sessions;
  }

  LoginThrottle throttle() {
    return throttle;
  }

  /** The before-handler: identifies the request, then lets it through or refuses it. */
  public void check(Context ctx) {
    if (mode == Mode.DEMO) {
      DemoGuard.checkHost(ctx);
    }
    Viewer viewer = identify(ctx);
    ctx.attribute(VIEWER_ATTRIBUTE, viewer);
    Viewer.setCurrent(viewer);
    String method = ctx.req().getMethod();
    String path = ctx.path();
    if (isImplicitDemo(viewer)) {
      DemoGuard.refusePersistentWrite(method, path);
    }
    AccessRules.Rule rule = AccessRules.ruleFor(method, path);
    if (!rule.anyone() && !(mode == Mode.PUBLIC && rule.publicRead() && !viewer.signedIn())) {
      if (!viewer.signedIn()) {
        refuseAnonymous(ctx);
        return;
      }
      if (viewer.mustChangePassword()
          && !path.startsWith(AccessPages.PASSWORD)
          && !path.equals(AccessPages.LOGOUT)) {
        if (isApi(ctx)) {
          throw new ForbiddenResponse("the account must change its password first");
        }
        ctx.redirect(AccessPages.PASSWORD);
        ctx.skipRemainingHandlers();
        return;
      }
      if (!viewer.may(rule.role())) {
        throw new ForbiddenResponse(
            "this needs the role "
                + rule.role().code()
                + "; "
                + viewer.name()
                + " is "
                + viewer.role().code());
      }
    }
    if (method.equals("POST") && path.equals(AccessPages.LOGIN)) {
      loginForms.check(ctx, csrfSent(ctx));
    } else if (AccessRules.WRITES.contains(method) && !viewer.bearer()) {
      checkCsrf(ctx, viewer);
    }
  }

  /** Whether this is the demo's built-in visitor rather than someone who signed in. */
  boolean isImplicitDemo(Viewer viewer) {
    return mode == Mode.DEMO && !viewer.bearer() && DEMO_USER.equals(viewer.name());
  }

  /** The after-handler: forgets the thread's viewer. */
  public void done(Context ctx) {
    Viewer.clearCurrent();
  }

  /** The viewer {@link #check} found for this request. */
  public static Viewer viewer(Context ctx) {
    Viewer v = ctx.attribute(VIEWER_ATTRIBUTE);
    return v == null ? Viewer.ANONYMOUS : v;
  }

  private Viewer identify(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(ctx, auth.substring(7).strip());
    }
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
    if (session.isEmpty() && mode == Mode.DEMO) {
      session = Optional.of(startSession(ctx, DEMO_USER));
    }
    if (session.isEmpty()) {
      return Viewer.ANONYMOUS;
    }
    Sessions.Session s = session.get();
    if (s.user() == null) {
      return new Viewer(null, null, false, s.csrf(), false);
    }
    if (mode == Mode.DEMO && s.user().equals(DEMO_USER)) {
      return new Viewer(DEMO_USER, Role.ADMIN, false, s.csrf(), false);
    }
    Optional<User> user = users().flatMap(u -> u.find(s.user()));
    return user.map(u -> new Viewer(u.name(), u.role(), u.mustChangePassword(), s.csrf(), false))
        .orElseGet(() -> new Viewer(null, null, false, s.csrf(), false));
  }

  /**
   * The viewer of an API token: refused when unknown, revoked or expired, and for a write when the
   * token is read-only. A token acts with its account's duty to change its password first.
   */
  private Viewer bearer(Context ctx, String secret) {
    ApiToken.Bearer bearer =
        users()
            .flatMap(u -> u.bearer(secret))
            .orElseThrow(() -> unauthorized(ctx, "the API token is unknown or revoked"));
    ApiToken token = bearer.token();
    if (token.expiredAt(clock.instant())) {
      throw unauthorized(ctx, "the API token " + token.id() + " expired on " + token.expires());
    }
    if (token.scope() == ApiToken.Scope.READ
        && AccessRules.WRITES.contains(ctx.req().getMethod())) {
      throw new ForbiddenResponse("the API token " + token.id() + " is read-only");
    }
    User user = bearer.user();
    return new Viewer(user.name(), user.role(), user.mustChangePassword(), null, true);
  }

  /** Opens a session of an account and hands its cookie to the browser. */
  Sessions.Session startSession(Context ctx, String user) {
    sessions.close(ctx.cookie(SESSION_COOKIE));
    Sessions.Session s = sessions.open(user);
    ctx.cookie(new Cookie(SESSION_COOKIE, s.id(), "/", -1, secure(ctx), true, null, SameSite.LAX));
    Viewer viewer = new Viewer(user, null, false, s.csrf(), false);
    ctx.attribute(VIEWER_ATTRIBUTE, viewer);
    Viewer.setCurrent(viewer);
    return s;
  }

  /** Ends this request's session and clears its cookie. */
  void endSession(Context ctx) {
    sessions.close(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(new Cookie(SESSION_COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
  }

  /** Secure cookies when the browser reached us over HTTPS, directly or through a trusted proxy. */
  boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || addresses.trusts(ctx.ip()) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private void refuseAnonymous(Context ctx) {
    if (isApi(ctx)) {
      throw unauthorized(ctx, "sign in or send an API token (Authorization: Bearer …)");
    }
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String login =
        AccessPages.LOGIN + "?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8);
    if ("true".equals(ctx.header("HX-Request"))) {
      ctx.header("HX-Redirect", login);
    }
    ctx.redirect(login);
    ctx.skipRemainingHandlers();
  }

  private static UnauthorizedResponse unauthorized(Context ctx, String message) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"vigie\"");
    return new UnauthorizedResponse(message);
  }

  private static String csrfSent(Context ctx) {
    String sent = ctx.header(CSRF_HEADER);
    return sent == null && isForm(ctx) ? ctx.formParam(CSRF_FIELD) : sent;
  }

  private static void checkCsrf(Context ctx, Viewer viewer) {
    String sent = csrfSent(ctx);
    boolean ok =
        viewer.csrf() != null
            && sent != null
            && MessageDigest.isEqual(
                viewer.csrf().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      throw new ForbiddenResponse("missing or wrong CSRF token: reload the page and try again");
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }
}
