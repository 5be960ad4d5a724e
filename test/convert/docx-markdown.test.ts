import { describe, expect, it } from "vitest";
import { docxHtmlToMarkdown } from "../../src/convert/docx-markdown.ts";
import { extractGraph } from "../../src/core/extract/index.ts";

describe("docxHtmlToMarkdown (mammoth's HTML to the extractor's markdown)", () => {
  it("headings, bold labels, line breaks and entities", () => {
    const html =
      "<h1>Job Description</h1><h2>Director, R&amp;D</h2><p><strong>Reports To:</strong> CEO<br />" +
      "<strong>Level:</strong> EX-01</p><p>Text with &lt;b&gt; in it &amp; &quot;quotes&quot;.</p>";
    expect(docxHtmlToMarkdown(html)).toBe(
      '# Job Description\n\n## Director, R&D\n**Reports To:** CEO\n**Level:** EX-01\nText with <b> in it & "quotes".',
    );
  });

  it("nested and numbered lists", () => {
    const html =
      "<ul><li>Unit A<ul><li>Team A1</li></ul></li><li>Unit B</li></ul><ol><li>First</li><li>Second</li></ol>";
    expect(docxHtmlToMarkdown(html)).toBe("- Unit A\n  - Team A1\n- Unit B\n1. First\n2. Second");
  });

  it("a label/value table becomes field lines; a table of units becomes items with their sizes", () => {
    const html =
      "<table><tr><td><p><strong>Position Title</strong></p></td><td><p>Director, Data Services</p></td></tr>" +
      "<tr><td><p>Reports to:</p></td><td><p>Chief Data Officer</p></td></tr></table>" +
      "<p>Reporting to the Director are:</p>" +
      "<table><tr><th>Unit</th><th>Classification</th><th>FTEs</th></tr>" +
      "<tr><td>Data Integration Section</td><td>EC-06</td><td>12</td></tr>" +
      "<tr><td>Manager, Metadata Standards</td><td>EC-07</td><td>5</td></tr></table>";
    const markdown = docxHtmlToMarkdown(html);
    expect(markdown).toBe(
      [
        "**Position Title:** Director, Data Services",
        "**Reports to:** Chief Data Officer",
        "Reporting to the Director are:",
        "- Data Integration Section (EC-06, 12 FTEs)",
        "- Manager, Metadata Standards (EC-07, 5 FTEs)",
      ].join("\n"),
    );
    const graph = extractGraph([{ file: "t.docx", bytes: new TextEncoder().encode(markdown) }]);
    const byTitle = new Map(graph.nodes.map((n) => [n.title, n]));
    expect(byTitle.get("Data Integration Section")).toMatchObject({
      classification: "EC-06",
      fte: 12,
    });
    expect(byTitle.get("Manager, Metadata Standards")).toMatchObject({ fte: 5 });
    expect(graph.edges).toHaveLength(3);
  });

  it("drops pictures and keeps a link's text only", () => {
    const html = '<p>See <a href="http://tracker.invalid/">the chart</a><img src="" /> here.</p>';
    expect(docxHtmlToMarkdown(html)).toBe("See the chart here.");
  });
});
