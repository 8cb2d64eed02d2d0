package org.vigie.archive.alerts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.vigie.archive.catalog.Sql;

/** The alert tables' queries: one statement at a time over the catalog's {@link Sql}. */
final class AlertSql {
  /** Binds a statement's parameters, or reads its result. */
  interface Body {
    void run(PreparedStatement ps) throws SQLException;
  }

  /** One row as a value. */
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final Sql sql;

  AlertSql(DataSource db) {
    this.sql = new Sql(db, "alert");
  }

  void run(String query, Body body) {
    sql.run(
        query,
        ps -> {
          body.run(ps);
          return null;
        });
  }

  /** Every row of a query, read by {@code row}, after {@code bind} set its parameters. */
  <T> List<T> select(String query, Body bind, Row<T> row) {
    return sql.select(query, bind::run, row::read);
  }
}
