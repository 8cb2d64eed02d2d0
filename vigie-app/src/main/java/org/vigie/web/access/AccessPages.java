package org.vigie.web.access;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.archive.access.AccessException;
import org.vigie.archive.access.ApiToken;
import org.vigie.archive.access.Role;
import org.vigie.archive.access.User;
import org.vigie.archive.access.UserDirectory;
import org.vigie.web.page.Chrome;
import org.vigie.web.page.Missing;
import org.vigie.web.page.Pages;
import org.vigie.web.page.Viewer;
import org.vigie.web.page.WebText;

/**
 * The account pages: login and logout, changing one's password, one's API tokens, and the admin's
 * list of accounts. Each handler is one method; who may call which is decided by {@link
 * AccessRules}, before they run.
 */
public final class AccessPages {
  public static final String LOGIN = "/login";
  public static final String LOGOUT = "/logout";
  public static final String PASSWORD = "/account/password";

  private final AccessControl access;

  public AccessPages(AccessControl access) {
    this.access = access;
  }

  /** Adds the routes. */
  public void routes(JavalinConfig config) {
    config.routes.get(LOGIN, this::loginForm);
    config.routes.post(LOGIN, this::login);
    config.routes.post(LOGOUT, this::logout);
    config.routes.get(PASSWORD, this::passwordForm);
    config.routes.post(PASSWORD, this::changePassword);
    config.routes.get("/account", ctx -> accountPage(ctx, null, null));
    config.routes.post("/account/tokens", this::createToken);
    config.routes.post("/account/tokens/{id}/delete", this::revokeToken);
    config.routes.get("/admin/users", ctx -> usersPage(ctx, null, null));
    config.routes.post("/admin/users", this::addUser);
    config.routes.post("/admin/users/{name}/delete", this::removeUser);
    config.routes.post("/admin/users/{name}/password", this::resetPassword);
  }

  private void loginForm(Context ctx) {
    WebText t = Pages.text(ctx);
    Viewer viewer = AccessControl.viewer(ctx);
    if (viewer.signedIn()) {
      ctx.redirect(next(ctx.queryParam("next")));
      return;
    }
    String error = access.users().isEmpty() ? t.t("login.disabled") : null;
    renderLogin(ctx, t, next(ctx.queryParam("next")), error);
  }

  /**
   * Checks a login. The attempt is counted by the throttle before its password is checked, and
   * refused unchecked when it comes too early (429).
   */
  private void login(Context ctx) {
    WebText t = Pages.text(ctx);
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = next(ctx.formParam("next"));
    String address = access.clientAddress(ctx);
    Duration wait = access.throttle().attempt(name, address);
    if (!wait.isZero()) {
      throttled(ctx, wait);
      renderLogin(ctx, t, next, t.t("login.throttled", seconds(wait)));
      return;
    }
    Optional<User> user = access.authenticate(name, password);
    if (user.isEmpty()) {
      ctx.status(401);
      renderLogin(ctx, t, next, t.t("login.failed"));
      return;
    }
    access.throttle().succeeded(name, address);
    access.startSession(ctx, user.get().name());
    ctx.redirect(user.get().mustChangePassword() ? PASSWORD : next);
  }

  /** The current password was right: the attempt is not held against the account. */
  private boolean forgive(String name, String address) {
    access.throttle().succeeded(name, address);
    return false;
  }

  private static void throttled(Context ctx, Duration wait) {
    ctx.header("Retry-After", Long.toString(seconds(wait)));
    ctx.status(429);
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private void renderLogin(Context ctx, WebText t, String next, String error) {
    String csrf = access.loginForms().issue(ctx, access.secure(ctx));
    Pages.render(
        ctx, "login.jte", new AccessViews.Login(chrome(ctx, t, "login.title"), next, error, csrf));
  }

  /** Only a path of this site, never another site's address. */
  private static String next(String asked) {
    boolean local =
        asked != null
            && asked.startsWith("/")
            && !asked.startsWith("//")
            && !asked.startsWith("/\\")
            && !asked.startsWith(LOGIN);
    return local ? asked : "/";
  }

  private void logout(Context ctx) {
    access.endSession(ctx);
    ctx.redirect(LOGIN);
  }

  private void passwordForm(Context ctx) {
    WebText t = Pages.text(ctx);
    Viewer v = AccessControl.viewer(ctx);
    Pages.render(
        ctx,
        "password.jte",
        new AccessViews.Password(
            chrome(ctx, t, "password.title"), v.mustChangePassword(), null, v.csrf()));
  }

  private void changePassword(Context ctx) {
    WebText t = Pages.text(ctx);
    Viewer v = AccessControl.viewer(ctx);
    UserDirectory users = directory();
    String current = Optional.ofNullable(ctx.formParam("current")).orElse("");
    String fresh = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String error = null;
    String address = access.clientAddress(ctx);
    Duration wait = access.throttle().attempt(v.name(), address);
    if (!wait.isZero()) {
      throttled(ctx, wait);
      error = t.t("login.throttled", seconds(wait));
    } else if (access.authenticate(v.name(), current).isEmpty()) {
      error = t.t("password.wrong");
    } else if (forgive(v.name(), address)) {
      error = null;
    } else if (!fresh.equals(ctx.formParam("confirm"))) {
      error = t.t("password.mismatch");
    } else if (fresh.equals(current)) {
      error = t.t("password.same");
    } else {
      try {
        users.setPassword(v.name(), fresh, false);
      } catch (AccessException e) {
        error = t.t("password.short", UserDirectory.MIN_PASSWORD_LENGTH);
      }
    }
    if (error != null) {
      ctx.status(ctx.status().getCode() == 429 ? 429 : 400);
      Pages.render(
          ctx,
          "password.jte",
          new AccessViews.Password(
              chrome(ctx, t, "password.title"), v.mustChangePassword(), error, v.csrf()));
      return;
    }
    access.sessions().closeAll(v.name());
    access.startSession(ctx, v.name());
    ctx.redirect("/");
  }

  private void accountPage(Context ctx, String secret, String error) {
    WebText t = Pages.text(ctx);
    Viewer v = AccessControl.viewer(ctx);
    List<AccessViews.TokenRow> rows =
        v.name().equals(AccessControl.DEMO_USER) && access.mode() == AccessControl.Mode.DEMO
            ? List.of()
            : directory().tokens(v.name()).stream().map(k -> row(k, t)).toList();
    Pages.render(
        ctx,
        "account.jte",
        new AccessViews.Account(
            chrome(ctx, t, "account.title"),
            v.name(),
            t.t("role." + v.role().code()),
            rows,
            secret,
            error,
            v.csrf()));
  }

  private static AccessViews.TokenRow row(ApiToken k, WebText t) {
    return new AccessViews.TokenRow(
        k.id(),
        k.label(),
        k.user(),
        t.dateTime(k.created()),
        k.lastUsed() == null ? "—" : t.dateTime(k.lastUsed()),
        k.expires() == null ? t.t("account.never") : t.dateTime(k.expires()),
        t.t("account.scope." + k.scope().code()),
        k.expiredAt(Instant.now()));
  }

  private void createToken(Context ctx) {
    Viewer v = AccessControl.viewer(ctx);
    try {
      TokenRequest asked =
          TokenRequest.of(
              ctx.formParam("label"), ctx.formParam("scope"), ctx.formParam("days"), Instant.now());
      ApiToken.Created created =
          directory().createToken(v.name(), asked.label(), asked.scope(), asked.expires());
      accountPage(ctx, created.secret(), null);
    } catch (AccessException e) {
      ctx.status(400);
      accountPage(ctx, null, e.getMessage());
    }
  }

  private void revokeToken(Context ctx) {
    long id = parseId(ctx.pathParam("id"));
    if (!directory().revokeToken(AccessControl.viewer(ctx).name(), id)) {
      throw Missing.token(id);
    }
    ctx.redirect("/account");
  }

  static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw Missing.token(id);
    }
  }

  private void usersPage(Context ctx, String notice, String error) {
    WebText t = Pages.text(ctx);
    Function<User, AccessViews.UserRow> row =
        u ->
            new AccessViews.UserRow(
                u.name(),
                t.t("role." + u.role().code()),
                t.dateTime(u.created()),
                u.mustChangePassword());
    List<String> roles = Arrays.stream(Role.values()).map(Role::code).toList();
    Pages.render(
        ctx,
        "users.jte",
        new AccessViews.Users(
            chrome(ctx, t, "users.title"),
            directory().list().stream().map(row).toList(),
            roles,
            notice,
            error,
            AccessControl.viewer(ctx).csrf()));
  }

  private void addUser(Context ctx) {
    WebText t = Pages.text(ctx);
    UserDirectory users = directory();
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    try {
      Role role = Role.parse(Optional.ofNullable(ctx.formParam("role")).orElse(""));
      String password = users.randomPassword();
      users.add(name, role, password, true);
      usersPage(ctx, t.t("users.created", name, password), null);
    } catch (AccessException e) {
      ctx.status(400);
      usersPage(ctx, null, e.getMessage());
    }
  }

  private void removeUser(Context ctx) {
    String name = ctx.pathParam("name");
    try {
      if (!directory().remove(name)) {
        throw Missing.user(name);
      }
      access.sessions().closeAll(name);
      usersPage(ctx, Pages.text(ctx).t("users.removed", name), null);
    } catch (AccessException e) {
      ctx.status(400);
      usersPage(ctx, null, e.getMessage());
    }
  }

  private void resetPassword(Context ctx) {
    String name = ctx.pathParam("name");
    UserDirectory users = directory();
    if (users.find(name).isEmpty()) {
      throw Missing.user(name);
    }
    String password = users.randomPassword();
    users.setPassword(name, password, true);
    access.sessions().closeAll(name);
    usersPage(ctx, Pages.text(ctx).t("users.resetDone", name, password), null);
  }

  private UserDirectory directory() {
    return access.users().orElseThrow(Missing::accounts);
  }

  private static Chrome chrome(Context ctx, WebText t, String titleKey) {
    return new Chrome(t, t.t(titleKey), Pages.switchUrl(ctx, t));
  }

  /** When a token or account was created, for the API. */
  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
