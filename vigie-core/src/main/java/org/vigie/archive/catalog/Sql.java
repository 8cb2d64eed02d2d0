package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One prepared statement on a connection of the catalog's pool, closed afterwards, its SQL errors
 * turned into {@link CatalogException}s naming the query: what every table keeper of the catalog
 * (runs, accounts…) does for each query.
 */
public final class Sql {
  /** The work done with the prepared statement. */
  @FunctionalInterface
  public interface Statement<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  private final DataSource db;
  private final String what;

  /**
   * @param what what the queries are about, for error messages ("catalog", "account")
   */
  public Sql(DataSource db, String what) {
    this.db = db;
    this.what = what;
  }

  public <T> T run(String sql, Statement<T> body) {
    return run(sql, body, false);
  }

  /** With {@code keys}, the statement returns the keys it generates. */
  public <T> T run(String sql, Statement<T> body, boolean keys) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            keys
                ? c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)
                : c.prepareStatement(sql)) {
      return body.run(ps);
    } catch (SQLException e) {
      throw new CatalogException(what + " query failed: " + sql, e);
    }
  }
}
