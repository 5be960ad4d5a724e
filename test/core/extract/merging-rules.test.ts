import { describe, expect, it } from "vitest";
import { graphOf, managerOf, markdown, node, reportsOf, titles } from "./helpers.ts";

/*
 * When two mentions are one position: only on evidence (the same title in the same
 * organization, a position number, a name or acronym the document defines), never across
 * organizations or position numbers; and why, recorded on the node.
 */

const director = (title: string, fields: Record<string, string>, structure = ""): string =>
  markdown(
    { "Position Title": title, Level: "EX-01", ...fields },
    structure ? { "Organization Structure": structure } : {},
  );

describe("managers named with the document's own organization", () => {
  it("reads a manager named with the document's directorate as its head, the one described", () => {
    const graph = graphOf(
      [
        "manager.md",
        markdown({
          "Position Title": "Manager, Data Review",
          Level: "PM-06",
          Branch: "Border Sector",
          Directorate: "Data Review",
          "Reports To": "Director, Data Review",
        }),
      ],
      [
        "director.md",
        director("Director, Data Review", {
          Branch: "Border Sector",
          Directorate: "Data Review",
          "Reports To": "Director General, Border Operations",
        }),
      ],
    );
    expect(graph.nodes.map((n) => n.title).sort()).toEqual([
      "Director General, Border Operations",
      "Director, Data Review",
      "Manager, Data Review",
    ]);
    expect(managerOf(graph, "Manager, Data Review")?.title).toBe("Director, Data Review");
  });

  it("qualifies a French Assistant Deputy Minister named with the branch, one with its own description", () => {
    const dg = (title: string) =>
      "# Description de Travail\n\n## Détails du Poste\n\n" +
      `*   **Titre du Poste:** ${title}\n*   **Direction Générale:** Programmes des régions\n\n` +
      "## Structure Organisationnelle\n\nCe poste est l'un des deux postes qui relèvent du sous-ministre adjoint ou de la sous-ministre adjointe, Programmes des régions.\n";
    const graph = graphOf(
      ["a.md", dg("Directeur général, Prestation du Nord")],
      ["b.md", dg("Directeur général, Soutien des aînés")],
      [
        "adm.md",
        "# Description de Travail\n\n## Détails du Poste\n\n*   **Titre du Poste:** Sous-ministre adjoint, Programmes des régions\n*   **Direction Générale:** Programmes des régions\n",
      ],
    );
    expect(titles(reportsOf(graph, "Sous-ministre adjoint, Programmes des régions"))).toEqual([
      "Directeur général, Prestation du Nord",
      "Directeur général, Soutien des aînés",
    ]);
    expect(graph.nodes).toHaveLength(3);
  });
});

describe("a peer and a described position of one title", () => {
  it("stay two positions when the description puts its position under another manager", () => {
    const graph = graphOf(
      [
        "tfw.md",
        director(
          "Director, Policy and Program",
          { Branch: "Skills and Employment", Directorate: "Temporary Foreign Workers" },
          "The Director, Policy and Program is one of three positions reporting to the Director General, Temporary Foreign Workers. The others are the Director, Operations and the Director, Legislation.",
        ),
      ],
      [
        "fwcs.md",
        markdown(
          { "Position Title": "Director, Operations", Level: "EX-01" },
          {
            "Organization Structure":
              "The Director, Operations reports to the Director General, Federal Programs.",
          },
        ),
      ],
    );
    const operations = graph.nodes.filter((n) => n.title === "Director, Operations");
    expect(operations).toHaveLength(2);
    const managers = operations.map(
      (n) =>
        graph.nodes.find((m) => m.id === graph.edges.find((e) => e.target === n.id)?.source)?.title,
    );
    expect(managers.sort()).toEqual([
      "Director General, Federal Programs",
      "Director General, Temporary Foreign Workers",
    ]);
    expect(graph.diagnostics.filter((d) => d.code === "conflicting-manager")).toEqual([]);
  });
});

describe("generic managers", () => {
  it("qualifies 'Director General' by the document's directorate, one per directorate", () => {
    const graph = graphOf(
      [
        "a.md",
        director("Director, Policy Analysis", {
          Branch: "Skills",
          Directorate: "Employment Insurance Policy",
          "Reports To": "Director General",
        }),
      ],
      [
        "b.md",
        director("Director, Policy Design", {
          Branch: "Skills",
          Directorate: "Employment Insurance Policy",
          "Reports To": "Director General",
        }),
      ],
      [
        "c.md",
        director("Director, Trades", {
          Branch: "Skills",
          Directorate: "Workplace Partnerships",
          "Reports To": "Director General",
        }),
      ],
    );
    expect(titles(reportsOf(graph, "Director General, Employment Insurance Policy"))).toEqual([
      "Director, Policy Analysis",
      "Director, Policy Design",
    ]);
    expect(managerOf(graph, "Director, Trades")?.title).toBe(
      "Director General, Workplace Partnerships",
    );
  });

  it("never joins bare managers of documents that say nothing of their organization", () => {
    const graph = graphOf(
      [
        "a.md",
        director(
          "Director, Labour Affairs",
          {},
          "The Director is one of two positions reporting to the Director General.",
        ),
      ],
      [
        "b.md",
        director(
          "Director, Innovation Lab",
          {},
          "The Director is one of three positions reporting to the Director General.",
        ),
      ],
    );
    const managers = graph.nodes.filter((n) => n.title === "Director General");
    expect(managers).toHaveLength(2);
    expect(managers.map((m) => m.undescribedReports).sort()).toEqual([1, 2]);
  });

  it("puts a position under the fuller of two names its document gives its manager", () => {
    const graph = graphOf([
      "a.md",
      director(
        "Director, Accessibility Office",
        {
          "Supervisor Position Title":
            "Director General, College@ESDC and ESDC Accessibility Office",
        },
        "The Director is one of three positions reporting to the Director General.",
      ),
    ]);
    const manager = managerOf(graph, "Director, Accessibility Office");
    expect(manager?.title).toBe("Director General, College@ESDC and ESDC Accessibility Office");
    expect(manager?.aliases).toContain("Director General");
  });

  it("reads an abbreviated name of the manager as the same manager ('DG Corp. Planning & Management')", () => {
    const graph = graphOf([
      "a.md",
      director(
        "Director, Corporate Reporting",
        { "Reports to": "DG Corp. Planning & Management" },
        "*   **Reports to:** Director General, Corporate Planning and Management Directorate.",
      ),
    ]);
    expect(graph.nodes).toHaveLength(2);
    expect(managerOf(graph, "Director, Corporate Reporting")?.title).toBe(
      "Director General, Corporate Planning and Management Directorate",
    );
  });
});

describe("one position, one node", () => {
  it("keeps two positions of one title apart when their numbers differ, joins them when equal", () => {
    const fields = (number: string) => ({
      "Position Number": number,
      Directorate: "Compliance and Regional Operations",
    });
    const apart = graphOf(
      ["a.md", director("Director, Labour Program", fields("103217"))],
      ["b.md", director("Director, Labour Program", fields("103336"))],
    );
    expect(apart.nodes.filter((n) => n.title === "Director, Labour Program")).toHaveLength(2);
    const together = graphOf(
      ["a.md", director("Director, Labour Program", fields("103217"))],
      ["b.md", director("Director of Labour Program", fields("IO32I7"))],
    );
    const one = node(together, "Director, Labour Program");
    expect(one.documentIds).toHaveLength(2);
    expect(one.sameAs?.map((s) => s.reason)).toEqual(["position-number"]);
  });

  it("reads a short form or acronym of the document's own title as the position itself", () => {
    const graph = graphOf([
      "a.md",
      director(
        "Director, Skills and Labour Market Information",
        { Branch: "Skills" },
        "### Reporting to the Director, SLMI are 2 positions:\n\n*   **Manager, Labour Market Analysis (EC-07)**\n*   **Manager, Data Systems (CS-04)**\n",
      ),
    ]);
    expect(graph.nodes.map((n) => n.title)).not.toContain("Director, SLMI");
    expect(titles(reportsOf(graph, "Director, Skills and Labour Market Information"))).toEqual([
      "Manager, Data Systems",
      "Manager, Labour Market Analysis",
    ]);
  });

  it("records why another document's name was taken to be the same position", () => {
    const graph = graphOf(
      [
        "a.md",
        director("Director, Data Services", {
          Department: "Statistics Canada",
          "Reports To": "Director General, Data Access",
        }),
      ],
      [
        "b.md",
        director("Director, Microdata", {
          Department: "Statistics Canada",
          "Reports To": "Director General, Data Access",
        }),
      ],
    );
    const manager = node(graph, "Director General, Data Access");
    expect(manager.sameAs).toEqual([
      {
        name: "Director General, Data Access",
        documentId: graph.documents[1]?.id,
        reason: "same-title",
      },
    ]);
  });

  it("never joins two managers' reports of one title, joins one manager's across its descriptions", () => {
    const listing = (title: string, number: string) =>
      director(
        title,
        { "Position Number": number, Branch: "Finance" },
        "### Reporting to the Director are:\n\n*   **Director, Receivable Operations (staff of 30):** directs.\n",
      );
    const two = graphOf(
      ["a.md", listing("Director, Receivables East", "1")],
      ["b.md", listing("Director, Receivables West", "2")],
    );
    expect(two.nodes.filter((n) => n.title === "Director, Receivable Operations")).toHaveLength(2);
    const one = graphOf(
      ["a.md", listing("Director, Receivables", "1")],
      ["b.md", listing("Director, Receivables", "1")],
    );
    expect(one.nodes.filter((n) => n.title === "Director, Receivable Operations")).toHaveLength(1);
  });

  it("reads peers named two ways under one manager as one position each", () => {
    const structure = (others: string) =>
      `This is one of three positions reporting to the Director General, Regional Operations. The others are the: ${others}.`;
    const graph = graphOf(
      [
        "a.md",
        director(
          "Director, Labour Program West",
          { "Position Number": "1" },
          structure(
            "Chief of Planning and Accountability and the Regional Director for the Quebec Region",
          ),
        ),
      ],
      [
        "b.md",
        director(
          "Director, Labour Program East",
          { "Position Number": "2" },
          structure("Chief of Planning and Accoutability and the Regional Director for Quebec"),
        ),
      ],
    );
    expect(titles(reportsOf(graph, "Director General, Regional Operations"))).toHaveLength(4);
  });

  it("does not let one OCR slip ('Leaming') make another organization", () => {
    const graph = graphOf(
      ["a.md", director("Director, Program Development", { Branch: "Learning" })],
      [
        "b.md",
        director(
          "Director, Program Operations",
          { Branch: "Leaming" },
          "The Director is one of two positions reporting to the Director General, Adult Learning. The other is the Director, Program Development.",
        ),
      ],
    );
    expect(graph.nodes.filter((n) => n.title === "Director, Program Development")).toHaveLength(1);
  });
});
