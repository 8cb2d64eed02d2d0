package org.vigie.archive.coordination;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigie.archive.coordination.CoordinationRecords.Edge;
import org.vigie.archive.coordination.CoordinationRecords.Member;
import org.vigie.archive.coordination.CoordinationRecords.Pair;

/**
 * A stored group for Gephi, igraph or a spreadsheet: GEXF 1.3 (accounts as nodes with their
 * platform, shares, coordinated shares and community; undirected edges with weight, objects, mean
 * delta, fast pairs and kinds), and CSV files of nodes, edges and evidence. Characters XML 1.0
 * forbids are dropped, so any account name gives a well-formed file. Writers are not closed.
 */
public final class GroupExport {
  private static final String GEXF_NS = "http://gexf.net/1.3";
  private static final String[][] NODE_ATTRIBUTES = {
    {"platform", "string"},
    {"shares", "integer"},
    {"coordinated", "integer"},
    {"community", "integer"}
  };
  private static final String[][] EDGE_ATTRIBUTES = {
    {"objects", "integer"},
    {"mean_delta", "double"},
    {"fast_weight", "integer"},
    {"kinds", "string"}
  };

  private GroupExport() {}

  public static void gexf(String title, List<Member> members, List<Edge> edges, Writer out)
      throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(GEXF_NS);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      x.writeStartElement("creator");
      x.writeCharacters("Vigie");
      x.writeEndElement();
      x.writeStartElement("description");
      x.writeCharacters(clean(title));
      x.writeEndElement();
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "undirected");
      x.writeAttribute("mode", "static");
      attributes(x, "node", NODE_ATTRIBUTES);
      attributes(x, "edge", EDGE_ATTRIBUTES);
      x.writeStartElement("nodes");
      for (Member m : members) {
        x.writeStartElement("node");
        x.writeAttribute("id", clean(m.account()));
        x.writeAttribute("label", clean(m.label()));
        values(
            x,
            NODE_ATTRIBUTES,
            m.platform(),
            String.valueOf(m.shares()),
            String.valueOf(m.coordinated()),
            String.valueOf(m.community()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int id = 0;
      for (Edge e : edges) {
        x.writeStartElement("edge");
        x.writeAttribute("id", String.valueOf(id++));
        x.writeAttribute("source", clean(e.accountA()));
        x.writeAttribute("target", clean(e.accountB()));
        x.writeAttribute("weight", String.valueOf(e.weight()));
        values(
            x,
            EDGE_ATTRIBUTES,
            String.valueOf(e.objects()),
            String.format(Locale.ROOT, "%.3f", e.meanDelta()),
            String.valueOf(e.fastWeight()),
            String.join(",", e.kinds()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the GEXF file", e);
    }
  }

  public static void nodesCsv(List<Member> members, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    csv.printRecord("account", "label", "platform", "shares", "coordinated", "community");
    for (Member m : members) {
      csv.printRecord(
          m.account(), m.label(), m.platform(), m.shares(), m.coordinated(), m.community());
    }
    csv.flush();
  }

  public static void edgesCsv(List<Edge> edges, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    csv.printRecord(
        "account_a",
        "account_b",
        "weight",
        "objects",
        "mean_time_delta",
        "edge_symmetry_score",
        "fast_weight",
        "flagged",
        "kinds");
    for (Edge e : edges) {
      csv.printRecord(
          e.accountA(),
          e.accountB(),
          e.weight(),
          e.objects(),
          String.format(Locale.ROOT, "%.3f", e.meanDelta()),
          e.symmetry() == null ? "" : String.format(Locale.ROOT, "%.4f", e.symmetry()),
          e.fastWeight(),
          e.flagged(),
          String.join(",", e.kinds()));
    }
    csv.flush();
  }

  public static void evidenceCsv(List<Pair> pairs, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    csv.printRecord(
        "seq",
        "object",
        "kind",
        "account_a",
        "doc_a",
        "time_a",
        "account_b",
        "doc_b",
        "time_b",
        "delta_seconds");
    for (Pair p : pairs) {
      csv.printRecord(
          p.seq(),
          p.object(),
          p.kind(),
          p.accountA(),
          p.docA(),
          p.timeA(),
          p.accountB(),
          p.docB(),
          p.timeB(),
          p.deltaSeconds());
    }
    csv.flush();
  }

  private static void attributes(XMLStreamWriter x, String kind, String[][] attributes)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", kind);
    for (String[] a : attributes) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", a[0]);
      x.writeAttribute("title", a[0]);
      x.writeAttribute("type", a[1]);
    }
    x.writeEndElement();
  }

  private static void values(XMLStreamWriter x, String[][] attributes, String... values)
      throws XMLStreamException {
    x.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", attributes[i][0]);
      x.writeAttribute("value", clean(values[i]));
    }
    x.writeEndElement();
  }

  /** Drops characters XML 1.0 cannot hold. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
