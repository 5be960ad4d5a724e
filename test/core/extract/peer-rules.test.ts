import { describe, expect, it } from "vitest";
import { graphOf, managerOf, markdown, node, reportsOf, titles } from "./helpers.ts";

/*
 * Peers: the other positions a document says report to the same manager, however they are
 * introduced, and the count check when a document says how many there are.
 */

const doc = (structure: string, fields: Record<string, string> = {}) =>
  markdown(
    {
      "Position Title": "Director, Audit Planning",
      Level: "EX-01",
      Branch: "Internal Audit",
      ...fields,
    },
    { "Organization Structure": structure },
  );

const siblings = (text: string, manager: string) =>
  titles(reportsOf(graphOf(["a.md", doc(text)]), manager));

describe("peers however introduced", () => {
  it("'The other two are: …' in the same sentence", () => {
    expect(
      siblings(
        "This is one of three senior positions reporting to the Chief Audit Executive, the other two are: Senior Director, Audit Operations and the Director, Professional Practices.",
        "Chief Audit Executive",
      ),
    ).toEqual([
      "Director, Audit Planning",
      "Director, Professional Practices",
      "Senior Director, Audit Operations",
    ]);
  });

  it("'These Executives include the following:' and a bullet list", () => {
    expect(
      siblings(
        "The Director is one of four executives reporting to the Chief Audit Executive. These Executives include the following:\n\n*   Senior Director, Audit Operations\n*   Director, Professional Practices\n*   Director, Data Analytics\n",
        "Chief Audit Executive",
      ),
    ).toEqual([
      "Director, Audit Planning",
      "Director, Data Analytics",
      "Director, Professional Practices",
      "Senior Director, Audit Operations",
    ]);
  });

  it("peers separated by colons, an OCR'd period in a title, and 'one of' without 'is'", () => {
    expect(
      siblings(
        "The Director one of four executives reporting to the Chief Audit Executive. The others are: Senior Director, Audit Operations: Director. Professional Practices, Director, Data Analytics.",
        "Chief Audit Executive",
      ),
    ).toEqual([
      "Director, Audit Planning",
      "Director, Data Analytics",
      "Director, Professional Practices",
      "Senior Director, Audit Operations",
    ]);
  });

  it("an enumerated list with classifications inside the titles", () => {
    const graph = graphOf([
      "a.md",
      doc(
        "The Director is one of four positions reporting directly to the Chief Audit Executive. The others are: (I) an Executive Assistant; (2) the Senior Director (EX-2) of Audit Operations, responsible for the audit plan (3) the Director (EX-I) of the Data Analytics Division, responsible for analytics.",
      ),
    ]);
    expect(titles(reportsOf(graph, "Chief Audit Executive"))).toEqual([
      "Director of the Data Analytics Division",
      "Director, Audit Planning",
      "Executive Assistant",
      "Senior Director of Audit Operations",
    ]);
    expect(node(graph, "Senior Director of Audit Operations").classification).toBe("EX-02");
  });

  it("drops a placeholder ('the DG, (Branch Specific)') and a note in parentheses", () => {
    expect(
      siblings(
        "The Director is one of 5 to 8 positions reporting to the ADM. The others are the Directors General (DG), Audit Oversight, the DG, Strategic Directions, and (where appropriate) the DG, (Branch Specific).",
        // A generic manager is named by the document's own branch.
        "Assistant Deputy Minister, Internal Audit",
      ),
    ).toEqual([
      "Director General, Audit Oversight",
      "Director General, Strategic Directions",
      "Director, Audit Planning",
    ]);
  });
});

describe("a stated count with fewer positions known", () => {
  it("marks the unnamed peers on the manager and keeps the count check", () => {
    const graph = graphOf([
      "a.md",
      doc(
        "This is one of seven (7) senior management positions reporting to the Chief Audit Executive. The others are the Director, Data Analytics and the Director, Professional Practices.",
      ),
    ]);
    expect(node(graph, "Chief Audit Executive").undescribedReports).toBe(4);
    expect(graph.diagnostics.map((d) => d.code)).toContain("count-mismatch");
  });

  it("counts identical positions and other documents' positions before marking any", () => {
    const graph = graphOf([
      "a.md",
      doc(
        "The Director is one of four positions reporting to the Chief Audit Executive. The others are three Regional Directors (Atlantic, Quebec, Western).",
      ),
    ]);
    expect(node(graph, "Regional Director").positionCount).toBe(3);
    expect(node(graph, "Chief Audit Executive").undescribedReports).toBeUndefined();
  });

  it("gives no count for 'one of 5 to 8 positions'", () => {
    const graph = graphOf([
      "a.md",
      doc("The Director is one of 5 to 8 positions reporting to the Chief Audit Executive."),
    ]);
    expect(node(graph, "Chief Audit Executive").undescribedReports).toBeUndefined();
  });
});

describe("a statement about a position above", () => {
  it("reads 'The Executive Director, X represents one of five business streams reporting to the Executive Head'", () => {
    const graph = graphOf([
      "a.md",
      markdown(
        {
          "Position Title": "Director, Program Delivery",
          "Department/Agency": "Service Canada",
          "Organizational Component": "Program Services",
          "Supervisor's Position Title": "Executive Director, Program Services",
        },
        {
          "Organizational Structure":
            "The Executive Director, Program Services represents one of five business streams reporting to the Executive Head, Service Management.",
        },
      ),
    ]);
    // The manager's qualifier only repeats the document's own unit: the box is its Executive
    // Director, with the longer name kept.
    expect(managerOf(graph, "Director, Program Delivery")?.aliases).toContain(
      "Executive Director, Program Services",
    );
    expect(managerOf(graph, "Executive Director, Program Services")?.title).toBe(
      "Executive Head, Service Management",
    );
  });
});

describe("a bulleted list of peers", () => {
  it("ends at its first line of anything else: the position's own reports follow", () => {
    const graph = graphOf([
      "a.md",
      doc(
        "This is one of three executive positions reporting to the Chief Audit Executive. These Executives include the following:\n\n*   Director, Trade Services\n*   Director, Call Centre Planning\n\n### Reporting to the Director, Audit Planning are two positions:\n\n*   **Evaluation Support Team (staff of 22):** Delivers training.\n*   **Manager, Benefits (CS-04) staff of 40:** Improves processes.\n",
      ),
    ]);
    expect(titles(reportsOf(graph, "Chief Audit Executive"))).toEqual([
      "Director, Audit Planning",
      "Director, Call Centre Planning",
      "Director, Trade Services",
    ]);
    expect(titles(reportsOf(graph, "Director, Audit Planning"))).toEqual([
      "Evaluation Support Team",
      "Manager, Benefits",
    ]);
  });
});

describe("the count check", () => {
  it("says once that a French document's count is more than the positions named", () => {
    const text = markdown(
      {
        "Titre du Poste": "Directeur/directrice, Communications, ISP",
        Classification: "EX-01",
        "Direction Générale": "Communications",
      },
      {
        "Structure Organisationnelle":
          "Ce poste est l'un des sept postes qui relèvent du directeur général ou de la directrice générale, Communications.",
      },
    );
    const graph = graphOf(["f.md", text]);
    const counts = graph.diagnostics.filter((d) => d.code === "count-mismatch");
    expect(counts).toHaveLength(1);
    expect(counts[0]?.message).toContain("7");
    const manager = managerOf(graph, "Directeur/directrice, Communications, ISP");
    expect(manager?.undescribedReports).toBe(6);
  });
});
