package org.vigie.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.archive.access.Role;

/** The role table, row by row. */
class AccessRulesTest {
  static Role need(String method, String path) {
    return AccessRules.ruleFor(method, path).role();
  }

  @Test
  void openRoutes() {
    assertThat(AccessRules.ruleFor("GET", "/login").anyone()).isTrue();
    assertThat(AccessRules.ruleFor("POST", "/login").anyone()).isTrue();
    assertThat(AccessRules.ruleFor("GET", "/assets/vigie.css").anyone()).isTrue();
    assertThat(AccessRules.ruleFor("GET", "/health").anyone()).isTrue();
    assertThat(AccessRules.ruleFor("POST", "/assets/x").anyone()).isFalse();
    assertThat(AccessRules.ruleFor("GET", "/loginx").anyone()).isFalse();
  }

  @Test
  void rolesByRouteAndMethod() {
    assertThat(need("GET", "/")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/stories/abc")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/export")).isEqualTo(Role.ANALYST);
    assertThat(need("GET", "/api/export")).isEqualTo(Role.ANALYST);
    assertThat(need("GET", "/sources")).isEqualTo(Role.VIEWER);
    assertThat(need("POST", "/sources")).isEqualTo(Role.EDITOR);
    assertThat(need("DELETE", "/api/sources/lessor")).isEqualTo(Role.EDITOR);
    assertThat(need("POST", "/topics/new")).isEqualTo(Role.EDITOR);
    assertThat(need("POST", "/alerts")).isEqualTo(Role.ANALYST);
    assertThat(need("GET", "/admin/users")).isEqualTo(Role.ADMIN);
    assertThat(need("DELETE", "/api/users/awa")).isEqualTo(Role.ADMIN);
    assertThat(need("POST", "/api/tokens")).isEqualTo(Role.VIEWER);
    assertThat(need("POST", "/logout")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/documents/ab12/original")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/documents/ab12/original.warc")).isEqualTo(Role.VIEWER);
    assertThat(need("POST", "/documents/ab12/original")).isEqualTo(Role.ADMIN);
  }

  @Test
  void viewersReadTheReviewQueueAnalystsDecideEditorsSetTheThreshold() {
    assertThat(need("GET", "/review")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/review/7")).isEqualTo(Role.VIEWER);
    assertThat(need("GET", "/api/review/7")).isEqualTo(Role.VIEWER);
    assertThat(need("POST", "/review/7")).isEqualTo(Role.ANALYST);
    assertThat(need("POST", "/api/review/7")).isEqualTo(Role.ANALYST);
    assertThat(need("GET", "/api/review/decisions")).isEqualTo(Role.ANALYST);
    assertThat(need("PUT", "/api/review/threshold")).isEqualTo(Role.EDITOR);
    assertThat(need("GET", "/api/review/threshold")).isEqualTo(Role.VIEWER);
    assertThat(AccessRules.ruleFor("GET", "/review").publicRead()).isFalse();
  }

  @Test
  void routesNobodyListedAreProtected() {
    assertThat(need("GET", "/entities/Bamako")).isEqualTo(Role.VIEWER);
    assertThat(need("POST", "/entities/Bamako")).isEqualTo(Role.ADMIN);
    assertThat(need("PUT", "/api/anything")).isEqualTo(Role.ADMIN);
    assertThat(AccessRules.ruleFor("GET", "/entities").publicRead()).isFalse();
  }

  @Test
  void publicReadCoversSearchAndDocumentsOnly() {
    assertThat(AccessRules.ruleFor("GET", "/").publicRead()).isTrue();
    assertThat(AccessRules.ruleFor("GET", "/documents/ab12").publicRead()).isTrue();
    assertThat(AccessRules.ruleFor("GET", "/api/search").publicRead()).isTrue();
    assertThat(AccessRules.ruleFor("GET", "/api/documents/ab12").publicRead()).isTrue();
    assertThat(AccessRules.ruleFor("POST", "/").publicRead()).isFalse();
    assertThat(AccessRules.ruleFor("GET", "/stories").publicRead()).isFalse();
    assertThat(AccessRules.ruleFor("GET", "/export").publicRead()).isFalse();
  }
}
