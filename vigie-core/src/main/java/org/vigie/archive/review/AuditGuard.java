package org.vigie.archive.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The catalog's trigger on {@code review_audit} (migration V14): refuses every UPDATE and DELETE,
 * so that the audit trail of review decisions is only ever appended to, whoever connects.
 */
public final class AuditGuard implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    Object id = oldRow == null || oldRow.length == 0 ? "?" : oldRow[0];
    throw new SQLException(
        "the review audit trail is append-only: row "
            + id
            + " cannot be "
            + (newRow == null ? "deleted" : "changed"),
        "42000");
  }
}
