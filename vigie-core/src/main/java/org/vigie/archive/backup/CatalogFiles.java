package org.vigie.archive.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The catalog's backup (an H2 {@code BACKUP TO} zip) and its tables' row counts. */
final class CatalogFiles {
  /** The database file's name in a data folder, and in the zip. */
  static final String DATABASE = "catalog.mv.db";

  /** The zip's name in a backup folder. */
  static final String ZIP = "catalog.zip";

  private CatalogFiles() {}

  /** Takes the database file out of an H2 backup zip into {@code folder}. */
  static void unzip(Path zip, Path folder) throws IOException {
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(DATABASE)) {
          Files.copy(in, folder.resolve(DATABASE));
          found = true;
        }
      }
    }
    if (!found) {
      throw new IOException(zip + " holds no " + DATABASE);
    }
  }

  /** Opens the database of a folder alone (no migration), for reading. */
  static Connection open(Path folder) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + folder.toAbsolutePath().resolve("catalog") + ";IFEXISTS=TRUE",
        "vigie",
        "");
  }

  /** Rows per table, by table name. */
  static Map<String, Long> rows(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, Long> rows = new TreeMap<>();
    for (String table : tables) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
        rs.next();
        rows.put(table, rs.getLong(1));
      }
    }
    return rows;
  }

  /** Rows per table of the database in a backup zip, read from a copy in {@code scratch}. */
  static Map<String, Long> rowsOfZip(Path zip, Path scratch) throws IOException, SQLException {
    Files.createDirectories(scratch);
    try {
      unzip(zip, scratch);
      try (Connection c = open(scratch)) {
        return rows(c);
      }
    } finally {
      Trees.delete(scratch);
    }
  }
}
