package org.vigie.analytics.influence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link InfluenceResult}'s graph for Gephi, Cytoscape, igraph or a spreadsheet: GEXF
 * 1.3, GraphML, and CSV nodes and edges. Node ids are account keys; nodes carry label, pagerank,
 * hub, authority, core, followers (empty when unknown), in-strength and community; edges their
 * weight. Text is escaped by the XML writer, and characters XML 1.0 forbids (control characters,
 * lone surrogates) are dropped, so any account name gives a well-formed file. The writer is not
 * closed.
 */
public final class GraphExport {
  private static final String GEXF_NS = "http://gexf.net/1.3";
  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String[][] NODE_ATTRIBUTES = {
    {"pagerank", "double"},
    {"hub", "double"},
    {"authority", "double"},
    {"core", "integer"},
    {"followers", "long"},
    {"instrength", "double"},
    {"community", "integer"}
  };

  private GraphExport() {}

  public static void gexf(InfluenceResult r, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(GEXF_NS);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      element(x, "creator", "Vigie");
      element(x, "description", "influence graph: " + r.kind().name().toLowerCase(Locale.ROOT));
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "static");
      x.writeStartElement("attributes");
      x.writeAttribute("class", "node");
      for (String[] a : NODE_ATTRIBUTES) {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", a[0]);
        x.writeAttribute("title", a[0]);
        x.writeAttribute("type", a[1]);
      }
      x.writeEndElement();
      x.writeStartElement("nodes");
      for (AccountInfluence a : r.accounts()) {
        x.writeStartElement("node");
        x.writeAttribute("id", clean(a.key()));
        x.writeAttribute("label", clean(a.label()));
        x.writeStartElement("attvalues");
        String[] values = values(a);
        for (int i = 0; i < values.length; i++) {
          if (!values[i].isEmpty()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", NODE_ATTRIBUTES[i][0]);
            x.writeAttribute("value", values[i]);
          }
        }
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int[] id = {0};
      InfluenceGraph g = r.graph();
      forEachEdge(
          g,
          (u, v, w) -> {
            x.writeEmptyElement("edge");
            x.writeAttribute("id", Integer.toString(id[0]++));
            x.writeAttribute("source", clean(g.key(u)));
            x.writeAttribute("target", clean(g.key(v)));
            x.writeAttribute("weight", number(w));
          });
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  public static void graphml(InfluenceResult r, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(GRAPHML_NS);
      key(x, "label", "node", "string");
      for (String[] a : NODE_ATTRIBUTES) {
        key(x, a[0], "node", a[1].equals("integer") ? "int" : a[1]);
      }
      key(x, "weight", "edge", "double");
      x.writeStartElement("graph");
      x.writeAttribute("id", "influence");
      x.writeAttribute("edgedefault", "directed");
      for (AccountInfluence a : r.accounts()) {
        x.writeStartElement("node");
        x.writeAttribute("id", clean(a.key()));
        data(x, "label", clean(a.label()));
        String[] values = values(a);
        for (int i = 0; i < values.length; i++) {
          if (!values[i].isEmpty()) {
            data(x, NODE_ATTRIBUTES[i][0], values[i]);
          }
        }
        x.writeEndElement();
      }
      InfluenceGraph g = r.graph();
      forEachEdge(
          g,
          (u, v, w) -> {
            x.writeStartElement("edge");
            x.writeAttribute("source", clean(g.key(u)));
            x.writeAttribute("target", clean(g.key(v)));
            data(x, "weight", number(w));
            x.writeEndElement();
          });
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  /** One row per account, by rank: {@code id,label,rank,tier,pagerank,…}. */
  public static void csvNodes(InfluenceResult r, Writer out) throws IOException {
    CSVPrinter csv = CSVFormat.DEFAULT.builder().get().print(out);
    csv.printRecord(
        "id",
        "label",
        "rank",
        "tier",
        "pagerank",
        "hub",
        "authority",
        "core",
        "followers",
        "instrength",
        "community",
        "engagement_rate");
    for (AccountInfluence a : r.accounts()) {
      String[] v = values(a);
      csv.printRecord(
          a.key(),
          a.label(),
          a.rank(),
          a.tier().name().toLowerCase(Locale.ROOT),
          v[0],
          v[1],
          v[2],
          v[3],
          v[4],
          v[5],
          v[6],
          a.engagementRate() == null ? "" : number(a.engagementRate()));
    }
    csv.flush();
  }

  /** One row per distinct directed pair: {@code source,target,weight}. */
  public static void csvEdges(InfluenceResult r, Writer out) throws IOException {
    CSVPrinter csv = CSVFormat.DEFAULT.builder().get().print(out);
    csv.printRecord("source", "target", "weight");
    InfluenceGraph g = r.graph();
    try {
      g.forEachEdge(
          (u, v, w) -> {
            try {
              csv.printRecord(g.key(u), g.key(v), number(w));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  private static String[] values(AccountInfluence a) {
    return new String[] {
      number(a.pageRank()),
      number(a.hub()),
      number(a.authority()),
      Integer.toString(a.core()),
      a.followers() == null ? "" : a.followers().toString(),
      number(a.inStrength()),
      Integer.toString(a.community())
    };
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The text without the characters XML 1.0 cannot carry. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == 0x9
          || c == 0xA
          || c == 0xD
          || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c))) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(text));
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String id, String owner, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", owner);
    x.writeAttribute("attr.name", id);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  @FunctionalInterface
  private interface XmlEdge {
    void write(int from, int to, double weight) throws XMLStreamException;
  }

  private static void forEachEdge(InfluenceGraph g, XmlEdge edge) throws XMLStreamException {
    for (int u = 0; u < g.nodeCount(); u++) {
      for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
        edge.write(u, g.outTarget[e], g.outWeight[e]);
      }
    }
  }
}
