package org.vigie.archive.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One prepared statement on a connection of the catalog's pool, closed afterwards, its SQL errors
 * turned into {@link CatalogException}s naming the query: what every table keeper of the catalog
 * (runs, accounts…) does for each query.
 */
public final class Sql {
  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** One row as a value. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

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

  /** Runs an update after {@code bind} set its parameters; answers the rows changed. */
  public int update(String sql, Binder bind) {
    return run(
        sql,
        ps -> {
          bind.bind(ps);
          return ps.executeUpdate();
        });
  }

  /** Every row of a query, read by {@code row}, after {@code bind} set its parameters. */
  public <T> List<T> select(String sql, Binder bind, Row<T> row) {
    return run(
        sql,
        ps -> {
          bind.bind(ps);
          List<T> found = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              found.add(row.read(rs));
            }
          }
          return found;
        });
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
