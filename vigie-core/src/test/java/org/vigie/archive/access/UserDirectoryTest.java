package org.vigie.archive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.archive.catalog.Catalog;

/** Accounts and tokens in a real catalog database. */
class UserDirectoryTest {
  @TempDir Path folder;
  Catalog catalog;
  UserDirectory users;

  @BeforeEach
  void open() {
    catalog = Catalog.open(folder);
    users = new UserDirectory(catalog.dataSource());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void theFirstAdminIsCreatedOnceWithAPasswordToChange() {
    String password = users.createFirstAdmin().orElseThrow().password();
    assertThat(users.createFirstAdmin()).isEmpty();
    User admin = users.authenticate("admin", password).orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.mustChangePassword()).isTrue();
    users.setPassword("admin", "un nouveau mot de passe", false);
    assertThat(users.authenticate("admin", password)).isEmpty();
    assertThat(users.authenticate("admin", "un nouveau mot de passe").orElseThrow())
        .extracting(User::mustChangePassword)
        .isEqualTo(false);
  }

  /**
   * A user added before the first start (the new user's trap) still leaves the archive an admin.
   */
  @Test
  void anAccountAddedBeforeTheFirstStartStillGetsAnAdminBeside() {
    users.add("admin", Role.VIEWER, "mot de passe du lecteur", false);
    users.add("awa", Role.ANALYST, "mot de passe d'Awa", false);
    UserDirectory.FirstAdmin created = users.createFirstAdmin().orElseThrow();
    assertThat(created.name()).isEqualTo("admin-2");
    assertThat(users.authenticate("admin-2", created.password()).orElseThrow().role())
        .isEqualTo(Role.ADMIN);
    assertThat(users.createFirstAdmin()).isEmpty();
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    PasswordHasher hasher = new PasswordHasher();
    String hash = hasher.hash("correct horse battery");
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
    assertThat(hasher.verify("correct horse battery", hash)).isTrue();
    assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
    assertThat(hasher.verify("x", "$argon2id$garbage")).isFalse();
    assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
  }

  @Test
  void wrongNamesAndPasswordsAreRefused() {
    users.add("awa", Role.ANALYST, "mot de passe sûr", false);
    assertThat(users.authenticate("awa", "mot de passe faux")).isEmpty();
    assertThat(users.authenticate("personne", "mot de passe sûr")).isEmpty();
    assertThatThrownBy(() -> users.add("awa", Role.VIEWER, "mot de passe sûr", false))
        .hasMessageContaining("already exists");
    assertThatThrownBy(() -> users.add("Awa Diallo", Role.VIEWER, "mot de passe sûr", false))
        .hasMessageContaining("bad account name");
    assertThatThrownBy(() -> users.add("moussa", Role.VIEWER, "court", false))
        .hasMessageContaining("at least 10");
    assertThatThrownBy(() -> Role.parse("chef")).hasMessageContaining("unknown role 'chef'");
  }

  @Test
  void theLastAdminCannotBeRemoved() {
    users.createFirstAdmin();
    users.add("awa", Role.VIEWER, "mot de passe sûr", false);
    assertThat(users.remove("awa")).isTrue();
    assertThat(users.remove("awa")).isFalse();
    assertThatThrownBy(() -> users.remove("admin")).hasMessageContaining("last admin");
  }

  @Test
  void tokensAreStoredHashedAndActAsTheirAccount() throws Exception {
    users.add("script", Role.ANALYST, "mot de passe sûr", false);
    ApiToken.Created created = users.createToken("script", "nightly export");
    assertThat(created.secret()).startsWith("vigie_").hasSizeGreaterThan(40);
    assertThat(users.userForToken(created.secret()).orElseThrow().name()).isEqualTo("script");
    assertThat(users.userForToken(created.secret() + "x")).isEmpty();
    assertThat(users.userForToken("Bearer nothing")).isEmpty();
    assertThat(users.tokens("script"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.label()).isEqualTo("nightly export");
              assertThat(t.lastUsed()).isNotNull();
            });
    try (var c = catalog.dataSource().getConnection();
        var rs = c.createStatement().executeQuery("SELECT secret_hash FROM api_token")) {
      rs.next();
      assertThat(rs.getString(1)).hasSize(64).isNotEqualTo(created.secret());
    }
    assertThat(users.revokeToken("someone-else", created.token().id())).isFalse();
    assertThat(users.revokeToken("script", created.token().id())).isTrue();
    assertThat(users.userForToken(created.secret())).isEmpty();
  }

  @Test
  void anAdminsResetRevokesTheTokensAnOwnChangeKeepsThem() {
    users.add("script", Role.ANALYST, "mot de passe sûr", false);
    ApiToken.Created kept = users.createToken("script", "kept");
    users.setPassword("script", "un autre mot de passe", false);
    assertThat(users.userForToken(kept.secret())).isPresent();
    users.setPassword("script", "remis par l'admin", true);
    assertThat(users.userForToken(kept.secret())).isEmpty();
    assertThat(users.tokens("script")).isEmpty();
    assertThat(users.tokens(null)).isEmpty();
  }

  @Test
  void aTokenKeepsItsScopeAndExpiryAndIsRefusedOnceExpired() throws Exception {
    users.add("script", Role.ANALYST, "mot de passe sûr", false);
    java.time.Instant soon = java.time.Instant.now().plusMillis(1500);
    ApiToken.Created created = users.createToken("script", "bref", ApiToken.Scope.READ, soon);
    ApiToken listed = users.tokens(null).getFirst();
    assertThat(listed.scope()).isEqualTo(ApiToken.Scope.READ);
    assertThat(java.time.Duration.between(soon, listed.expires()).abs())
        .isLessThan(java.time.Duration.ofMillis(1));
    assertThat(users.userForToken(created.secret())).isPresent();
    Thread.sleep(1600);
    assertThat(users.userForToken(created.secret())).isEmpty();
    assertThat(
            users.bearer(created.secret()).orElseThrow().token().expiredAt(java.time.Instant.now()))
        .isTrue();
    assertThatThrownBy(
            () ->
                users.createToken("script", "passé", ApiToken.Scope.FULL, java.time.Instant.now()))
        .hasMessageContaining("future");
  }
}
