import { describe, expect, it } from "vitest";
import { itemFromText } from "../../../src/core/extract/items.ts";
import { findFte, normalizeClassification } from "../../../src/core/extract/ocr.ts";
import { splitTitleList } from "../../../src/core/extract/title-lists.ts";
import { graphOf, markdown, node, reportsOf, titles } from "./helpers.ts";

/*
 * How a list of direct reports is read: a title, and apart from it the classification, the size
 * (staff) and the number of identical positions the item stands for; never a count, a code or a
 * sentence left in the title.
 */

const read = (text: string) => {
  const item = itemFromText(text, 0, text);
  return (
    item && {
      title: item.title,
      classification: item.classification,
      fte: item.fte,
      count: item.count,
    }
  );
};

describe("a list item's title, classification, size and count", () => {
  it.each([
    [
      "**Manager, External Relations (EC-O7) staff of 5:** leads",
      "Manager, External Relations",
      "EC-07",
      5,
      1,
    ],
    ["Manager, Appeals, staff of 9 FTE", "Manager, Appeals", null, 9, 1],
    ["Manager, Operations (staff of 140)", "Manager, Operations", null, 140, 1],
    [
      "Manager, Domestic Policy (EC-O7) - staff of 4: leads",
      "Manager, Domestic Policy",
      "EC-07",
      4,
      1,
    ],
    ["Senior Paralegal (No Staff): coordinates", "Senior Paralegal", null, 0, 1],
    ["Gestionnaire, Services (effectif de deux employés)", "Gestionnaire, Services", null, 2, 1],
  ])("%j", (text, title, classification, fte, count) => {
    expect(read(text)).toEqual({ title, classification, fte, count });
  });

  it.each([
    ["Senior Analyst [x5]", "Senior Analyst", 5],
    ["Six Portfolio Managers", "Portfolio Manager", 6],
    ["3-4 Service Managers PMO-05", "Service Manager", 4],
    ["Four Manager positions", "Manager", 4],
    [
      "Managers of Gs&Cs Project Administration (3): deliver",
      "Manager of Gs&Cs Project Administration",
      3,
    ],
    ["Evaluation Managers (2 x EC-O7s)", "Evaluation Manager", 2],
    ["Paralegal [2] (No Staff)", "Paralegal", 2],
    [
      "Manager, Strategic Support Services (2 Positions): plans",
      "Manager, Strategic Support Services",
      2,
    ],
    ["two generic managers for which titles may differ", "Manager", 2],
    ["Area Directors", "Area Director", "several"],
    [
      "a number [varies by region] of Directors, Processing Services",
      "Director, Processing Services",
      "several",
    ],
  ])("counts identical positions in %j", (text, title, count) => {
    expect(read(text)).toMatchObject({ title, count });
  });

  it("leaves what follows a count to the description", () => {
    expect(
      read("Regional Director, Finance and Administration (4 positions) Atlantic, Quebec, Ontario"),
    ).toMatchObject({
      title: "Regional Director, Finance and Administration",
      count: 4,
    });
  });

  it("names an untitled position by its function", () => {
    expect(read("Title TBD (Fl-4). Strategic Financial Analysis")).toEqual({
      title: "Strategic Financial Analysis (title TBD)",
      classification: "FI-04",
      fte: null,
      count: 1,
    });
  });

  it("stops the title where a sentence goes on", () => {
    expect(read("A **Senior Advisor** also reports to the Director.")?.title).toBe(
      "Senior Advisor",
    );
    expect(
      read("Director, National Accounts Payable - Montreal Centre (staff of 28): directs"),
    ).toMatchObject({
      title: "Director, National Accounts Payable - Montreal Centre",
      fte: 28,
    });
    expect(read("a multi-level team responsible for policy review")).toBeNull();
  });
});

describe("classifications and sizes OCR damaged", () => {
  it.each([
    ["PMO-05", "PM-05"],
    ["Fl-4", "FI-04"],
    ["FIl-4", "FI-04"],
    ["EXO3", "EX-03"],
    ["EC-O7s", "EC-07"],
    ["(EC-7, 12 FTEs)", "EC-07"],
    ["IS-5", "IS-05"],
  ])("%s is %s", (written, code) => {
    expect(normalizeClassification(written)).toBe(code);
  });

  it("does not read a code in words that are not one", () => {
    expect(normalizeClassification("COVID-19 and G-20 meetings")).toBeNull();
  });

  it.each([
    ["(40-75 FTEs)", null],
    ["staff of approximately 5O to IOO FTEs", null],
    ["Direct FTEs: 24,000", 24_000],
    ["I6 FTEs", 16],
  ])("size of %j", (text, fte) => {
    expect(findFte(text)?.fte ?? null).toBe(fte);
  });
});

describe("inline lists", () => {
  it("splits at a title, not at every 'and'", () => {
    expect(
      splitTitleList(
        "the Director, Policy Analysis and Initiatives; the Director, Legislative and Regulatory Policy Design, the Director, Policy Development; and the Director, Quantitative Analysis",
      ),
    ).toEqual([
      "the Director, Policy Analysis and Initiatives",
      "the Director, Legislative and Regulatory Policy Design",
      "the Director, Policy Development",
      "the Director, Quantitative Analysis",
    ]);
  });

  it("reads OCR's colons and periods between titles, and enumerations", () => {
    expect(
      splitTitleList(
        "Director, Program Integrity and Accountability: Director, Client Relations; and Director, eServices",
      ),
    ).toEqual([
      "Director, Program Integrity and Accountability",
      "Director, Client Relations",
      "Director, eServices",
    ]);
    expect(
      splitTitleList(
        "Director, Program Development. Manager, Program Services and Manager, Program Support",
      ),
    ).toEqual([
      "Director, Program Development",
      "Manager, Program Services",
      "Manager, Program Support",
    ]);
    expect(
      splitTitleList(
        "(I) an Executive Assistant; (2) the Senior Director of Research (3) the Director of Analysis",
      ),
    ).toEqual([
      "an Executive Assistant",
      "the Senior Director of Research",
      "the Director of Analysis",
    ]);
  });
});

describe("reports in a document", () => {
  it("reads the issue's list: sizes, codes and a sentence item, and no junk node", () => {
    const graph = graphOf([
      "a.md",
      markdown(
        {
          "Position Title": "Director, Data, Research & Innovation",
          "Group/Level": "EX-01",
          Branch: "Income Security",
        },
        {
          "Organization Structure":
            "### Reporting to the Director Data, Research & Innovation are the following senior positions:\n\n" +
            "*   **Manager, ELCC Data and Research (EC-O7) staff of 6:** responsible for data.\n" +
            "*   **Manager, ELCC Grants & Contributions (EC-O7) staff of 8:** responsible for grants.\n" +
            "*   A **Senior Advisor** also reports to the Director.",
        },
      ),
    ]);
    const reports = reportsOf(graph, "Director, Data, Research & Innovation");
    expect(titles(reports)).toEqual([
      "Manager, ELCC Data and Research",
      "Manager, ELCC Grants & Contributions",
      "Senior Advisor",
    ]);
    expect(node(graph, "Manager, ELCC Data and Research")).toMatchObject({
      classification: "EC-07",
      fte: 6,
    });
    expect(graph.nodes).toHaveLength(4);
  });

  it("gives a box the number of identical positions, and two bullets of one title are two", () => {
    const graph = graphOf([
      "a.md",
      markdown(
        { "Position Title": "Director, Policy and Program", Level: "EX-01" },
        {
          Structure:
            "The Director has 3 positions reporting to it including the following:\n\n" +
            "*   **Manager:** manages relationships.\n*   **Manager:** manages research.\n" +
            "*   **Administrative Support:** supports the division.\n",
        },
      ),
    ]);
    expect(node(graph, "Manager").positionCount).toBe(2);
    expect(node(graph, "Administrative Support").positionCount).toBeUndefined();
    expect(node(graph, "Director, Policy and Program").undescribedReports).toBeUndefined();
  });

  it("reads staff described sentence by sentence", () => {
    const graph = graphOf([
      "a.md",
      markdown(
        { Position: "Director, Central Operations", Division: "Central Operations" },
        {
          "Organizational Structure":
            "The Manager, Identity Certificates, is responsible for identity services. The Manager, Mail Services, is responsible for mail. The Administrative Officer is responsible for administration.",
        },
      ),
    ]);
    expect(titles(reportsOf(graph, "Director, Central Operations"))).toEqual([
      "Administrative Officer",
      "Manager, Identity Certificates",
      "Manager, Mail Services",
    ]);
  });
});
