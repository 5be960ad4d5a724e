import { describe, expect, it } from "vitest";
import { graphOf, managerOf, markdown, node, reportsOf, titles } from "./helpers.ts";

/*
 * The header's fields however they are labelled (and when OCR lost the labels), and the unit's
 * size among several figures.
 */

const subjectOf = (text: string, file = "a.md") => {
  const graph = graphOf([file, text]);
  const doc = graph.documents[0];
  return { graph, subject: graph.nodes.find((n) => n.id === doc?.positionId) };
};

describe("field labels", () => {
  it.each([
    "Group/Level",
    "Class/Level",
    "Niveau du Poste",
    "Classification et Niveau",
    "Group & Level",
  ])("reads the level from '%s'", (label) => {
    const { subject } = subjectOf(
      markdown({ "Position Title": "Director, Innovation Lab", [label]: "EX-01" }),
    );
    expect(subject?.classification).toBe("EX-01");
  });

  it("reads '**Position:**' as the title, but a '**Manager:**' bullet in the structure as no field", () => {
    const { graph, subject } = subjectOf(
      markdown(
        {
          Position: "Director, Regional Computer Centre",
          "Supervisor's Position Title": "Executive Director, Quebec Region",
        },
        {
          Structure:
            "The Director has 2 positions reporting to it:\n\n*   **Manager:** responsible for operations.\n*   **Manager:** responsible for support.\n",
        },
      ),
    );
    expect(subject?.title).toBe("Director, Regional Computer Centre");
    expect(managerOf(graph, "Director, Regional Computer Centre")?.title).toBe(
      "Executive Director, Quebec Region",
    );
    expect(graph.nodes.map((n) => n.title)).not.toContain("Responsible for operations");
  });

  it("reads a supervisor given with a position number, or in brackets after one", () => {
    const numbered = subjectOf(
      markdown({
        Title: "Director, Partnership Evaluation",
        Supervisor: "I848, Director General, Evaluation",
      }),
    );
    expect(managerOf(numbered.graph, "Director, Partnership Evaluation")?.title).toBe(
      "Director General, Evaluation",
    );
    const bracketed = subjectOf(
      markdown({
        Title: "Director, Social Research",
        "Supervisor Position #": "84I63 [DG Policy Research- EX-O3]",
      }),
    );
    const manager = managerOf(bracketed.graph, "Director, Social Research");
    expect(manager?.title).toBe("Director General, Policy Research");
    expect(manager?.classification).toBe("EX-03");
  });

  it("reads an organization named at the start of a sentence, not the sentence", () => {
    const { subject } = subjectOf(
      markdown(
        { Title: "Director, Policy and Engagement" },
        {
          "Nature & Scope":
            "**Branch:** The Skills and Employment Branch (SEB) Is mandated to play a leadership role in programs.",
        },
      ),
    );
    expect(subject?.organization.branch).toBe("Skills and Employment Branch");
  });
});

describe("printed forms read by OCR", () => {
  const ocr = (line: string) =>
    `--- Full Extracted Text ---\n${line} ${"The work continues. ".repeat(30)}`;

  it("reads labels without colons ('Position Title Director, X Position Classification …')", () => {
    const { graph, subject } = subjectOf(
      ocr(
        "WORK DESCRIPTION Position Number Position Title Director, Business Analysis Position Classification National Occupation Code EX-OI 4II Supervisor Position Title Director General, Strategic Directions GENERAL ACCOUNTABILITY The Director, Business Analysis is accountable for analysis.",
      ),
      "a.txt",
    );
    expect(subject?.title).toBe("Director, Business Analysis");
    expect(subject?.classification).toBe("EX-01");
    expect(managerOf(graph, "Director, Business Analysis")?.title).toBe(
      "Director General, Strategic Directions",
    );
  });

  it("reads capital labels separated by a bar or a dash", () => {
    const { subject } = subjectOf(
      ocr(
        "TITRE DU POSTE : Directeur/directrice, Gestion affaires DIRECTION GENERALE | Compétences et emploi NIVEAU DU POSTE - EX-OI RESPONSABILITE GENERALE : Le directeur gère.",
      ),
      "a.txt",
    );
    expect(subject).toMatchObject({
      classification: "EX-01",
      organization: { branch: "Compétences et emploi" },
    });
  });

  it("finds the position of a form whose title line OCR garbled, from its challenges", () => {
    const { subject } = subjectOf(
      ocr(
        "EXECUTIVE WORK DESCRIPTION : GROUPILEVEL: Uwector General, Employment Communications EXO3 GENERAL ACCOUNTABILITY: Leads communications. Major challenges for the DG, Employment Communications: lead teams.",
      ),
      "a.txt",
    );
    expect(subject?.title).toBe("Director General, Employment Communications");
    expect(subject?.classification).toBe("EX-03");
  });

  it("ends a supervisor value where the next capital label begins, however far the line runs", () => {
    const { graph } = subjectOf(
      ocr(
        "EXECUTIVE WORK DESCRIPTION Title : Director Policy and Engagement GROUP/LEVEL: EX-OI GENERAL ACCOUNTABILITY: The Director Policy and Engagement leads policy. ORGANIZATIONAL STRUCTURE: REPORTS TO: DG Labour Market Integration ISSUES & INITIATIVES: DIRECT REPORTS: Manager Policy EC-7 (6 FTEs) The Director creates linkages.",
      ),
      "a.txt",
    );
    expect(managerOf(graph, "Director Policy and Engagement")?.title).toBe(
      "Director General, Labour Market Integration",
    );
  });
});

describe("the unit's size", () => {
  const sized = (dimensions: string, title = "Director, Costing") =>
    subjectOf(markdown({ Title: title, Level: "EX-01" }, { Dimensions: dimensions })).subject
      ?.fte ?? null;

  it.each([
    ["*   **Direct Indirect FTEs:** I4 23,955", 14],
    ["*   **Division Directorate FTEs:** 24 IO7", 24],
    ["*   **Direct FTEs:** 24,000", 24_000],
    ["*   **Number of person years:** 18 full-time", 18],
    ["*   **Staff:** 305 PYs", 305],
    ["*   **Staff:** 26 Indeterminates 21 Terms, Secondees and Students 2/7 Consultants", null],
    ["*   **Number of Staff:** 33 - 92", null],
    ["*   **FTEs:** II-59.4", null],
  ])("%s", (dimensions, fte) => {
    expect(sized(dimensions)).toBe(fte);
  });

  it("reads a head count written before its unit on an OCR line, not an item's size", () => {
    const ocrSize = (line: string) =>
      subjectOf(
        `--- Full Extracted Text ---\nEXECUTIVE WORK DESCRIPTION Title : Director Policy GROUP/LEVEL: EX-OI GENERAL ACCOUNTABILITY: The Director Policy leads. ${line} ${"The work continues. ".repeat(20)}`,
        "a.txt",
      ).subject?.fte ?? null;
    expect(ocrSize("DIMENSIONS: I8 FTEs, Budget $2.6 M REPORTS TO: DG Policy")).toBe(18);
    expect(ocrSize("DIMENSIONS: Budget $2.6 M DIRECT REPORTS: Manager Policy EC-7 (6 FTEs)")).toBe(
      null,
    );
  });

  it("takes a Director General's directorate figure", () => {
    expect(sized("*   **Division Directorate FTEs:** 24 IO7", "Director General, Costing")).toBe(
      107,
    );
  });

  it("reads a size stated in the structure, and the reports it consists of", () => {
    const graph = graphOf([
      "a.md",
      markdown(
        { Title: "Director, Centre of Specialization", Level: "EX-01" },
        {
          "Organizational Structure":
            "The Director, Centre of Specialization is responsible for staff of 55 FTEs [or above] consisting of:\n*   the Manager of Policy, Research and Analysis [30 FTEs]\n*   the Manager of Stakeholder Relations [25 FTEs]\n",
        },
      ),
    ]);
    expect(node(graph, "Director, Centre of Specialization").fte).toBe(55);
    expect(titles(reportsOf(graph, "Director, Centre of Specialization"))).toEqual([
      "Manager of Policy, Research and Analysis",
      "Manager of Stakeholder Relations",
    ]);
    expect(node(graph, "Manager of Stakeholder Relations").fte).toBe(25);
  });
});
