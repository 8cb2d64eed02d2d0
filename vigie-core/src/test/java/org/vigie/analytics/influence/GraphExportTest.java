package org.vigie.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vigie.document.Account;
import org.vigie.document.Relation.Kind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphExportTest {
  private static final String HOSTILE = "<script>alert(\"x\")</script> & Cie \u0001 ’é";

  private static InfluenceResult result() {
    List<InfluenceEdge> edges =
        List.of(
            new InfluenceEdge("x:1", "x:2", Kind.RETWEET, 1),
            new InfluenceEdge("x:1", "x:2", Kind.QUOTE, 1),
            new InfluenceEdge("x:3", "x:2", Kind.RETWEET, 1),
            new InfluenceEdge("x:2", "x:1", Kind.FORWARD, 1));
    Map<String, AccountProfile> profiles =
        Map.of("x:2", AccountProfile.of("x:2", new Account("x", "2", HOSTILE, null, 1234L)));
    return InfluenceJob.run(edges, profiles, InfluenceParams.defaults(GraphKind.AMPLIFICATION));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void gexfParsesBackWithItsAttributesAndWeights() throws Exception {
    StringWriter out = new StringWriter();
    GraphExport.gexf(result(), out);
    Document d = parse(out.toString());

    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = d.getElementsByTagNameNS("*", "node");
    assertThat(nodes.getLength()).isEqualTo(3);
    Element top = (Element) nodes.item(0);
    assertThat(top.getAttribute("id")).isEqualTo("x:2");
    assertThat(top.getAttribute("label")).isEqualTo("<script>alert(\"x\")</script> & Cie  ’é");
    NodeList values = top.getElementsByTagNameNS("*", "attvalue");
    assertThat(attribute(values, "followers")).isEqualTo("1234");
    assertThat(Double.parseDouble(attribute(values, "pagerank")))
        .isEqualTo(result().account("x:2").pageRank());
    assertThat(attribute(values, "core")).isEqualTo("1");
    NodeList edges = d.getElementsByTagNameNS("*", "edge");
    assertThat(edges.getLength()).isEqualTo(3);
    assertThat(((Element) edges.item(1)).getAttribute("weight")).isEqualTo("2");
  }

  @Test
  void graphmlParsesBackWithItsKeys() throws Exception {
    StringWriter out = new StringWriter();
    GraphExport.graphml(result(), out);
    Document d = parse(out.toString());

    assertThat(d.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://graphml.graphdrawing.org/xmlns");
    assertThat(d.getElementsByTagNameNS("*", "key").getLength()).isEqualTo(9);
    assertThat(d.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
    Element edge = (Element) d.getElementsByTagNameNS("*", "edge").item(1);
    assertThat(edge.getAttribute("source")).isEqualTo("x:1");
    assertThat(edge.getElementsByTagNameNS("*", "data").item(0).getTextContent()).isEqualTo("2");
    assertThat(out.toString()).doesNotContain("<script>");
  }

  @Test
  void csvHasOneRowPerAccountAndPair() throws Exception {
    StringWriter nodes = new StringWriter();
    StringWriter edges = new StringWriter();
    GraphExport.csvNodes(result(), nodes);
    GraphExport.csvEdges(result(), edges);

    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(nodes.toString()))
            .getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.getFirst().get("label")).isEqualTo(HOSTILE);
    assertThat(rows.getFirst().get("tier")).isEqualTo("top_1");
    assertThat(edges.toString().lines())
        .containsExactly("source,target,weight", "x:2,x:1,1", "x:1,x:2,2", "x:3,x:2,1");
  }

  private static String attribute(NodeList values, String name) {
    for (int i = 0; i < values.getLength(); i++) {
      Element e = (Element) values.item(i);
      if (e.getAttribute("for").equals(name)) {
        return e.getAttribute("value");
      }
    }
    return null;
  }
}
