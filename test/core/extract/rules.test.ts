import { describe, expect, it } from "vitest";
import { decodeDocument, repairMojibake } from "../../../src/core/extract/decode.ts";
import { findDimensions } from "../../../src/core/extract/dimensions.ts";
import { extractGraph } from "../../../src/core/extract/index.ts";
import { findReportLists } from "../../../src/core/extract/lists.ts";
import { findPeerSentences } from "../../../src/core/extract/peers.ts";
import {
  findFte,
  normalizeClassification,
  parseDate,
  parseMoney,
  repairNumbersInValue,
} from "../../../src/core/extract/ocr.ts";
import { detectFormat, parseStructure } from "../../../src/core/extract/structure.ts";
import { findAbbreviations, findSubject } from "../../../src/core/extract/subject.ts";
import {
  acronymOf,
  readTitleBackward,
  readTitleForward,
  titleKey,
} from "../../../src/core/extract/titles.ts";
import { splitTitleList } from "../../../src/core/extract/title-lists.ts";

const encode = (text: string) => new TextEncoder().encode(text);

describe("OCR repair of codes and numbers", () => {
  it.each([
    ["EX-OI", "EX-01"],
    ["EX-O3", "EX-03"],
    ["CS-O5", "CS-05"],
    ["EX-OI(P)", "EX-01"],
    ["(interchange - CS-O5 equivalent)", "CS-05"],
    ["AS-7", "AS-07"],
  ])("normalizes classification %s -> %s", (input, expected) => {
    expect(normalizeClassification(input)).toBe(expected);
  });

  it("finds no classification in ordinary words", () => {
    expect(normalizeClassification("day-to- day activities")).toBeNull();
    expect(normalizeClassification("COVID-19 response")).toBeNull();
  });

  it.each([
    ["CS-O4. O FTEs", 0, false],
    ["CS-O5, I6 FTEs", 16, false],
    ["I3 FTEs", 13, false],
    ["Planned 3 FTEs", 3, true],
    ["FTEs: 3I", 31, false],
    ["Outreach Team - 8 FTEs", 8, false],
  ])("reads team size in %s", (input, fte, planned) => {
    expect(findFte(input)).toEqual({ fte, planned });
  });

  it.each([
    ["March I8, 2OI9", "2019-03-18"],
    ["June 17, 2008", "2008-06-17"],
    ["17 juin 2008", "2008-06-17"],
  ])("parses date %s", (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([
    ["$II.I Million", 11_100_000],
    ["6OOK", 600_000],
    ["2.58M", 2_580_000],
    ["$IM", 1_000_000],
    ["$1.3 million", 1_300_000],
  ])("parses money %s", (input, amount) => {
    expect(parseMoney(repairNumbersInValue(input))).toBe(amount);
  });

  it("leaves words alone while repairing numbers", () => {
    expect(repairNumbersInValue("$II.I Million")).toBe("$11.1 Million");
    expect(repairNumbersInValue("3I")).toBe("31");
    expect(repairNumbersInValue("Office I")).toBe("Office I");
    expect(parseMoney("From the Ontario office")).toBeNull();
  });
});

describe("decoding", () => {
  it("repairs UTF-8 read as cp1252 but keeps real accents", () => {
    expect(repairMojibake("Serviceâ€™s mandate").text).toBe("Service’s mandate");
    expect(repairMojibake("Ã‰quipe de la santé").text).toBe("Équipe de la santé");
  });

  it("strips a BOM and normalizes CRLF", () => {
    const decoded = decodeDocument(encode("\uFEFF# Title\r\nline\r\n"));
    expect(decoded.text).toBe("# Title\nline\n");
  });

  it("falls back to Windows-1252 for Latin-1 French", () => {
    const bytes = Uint8Array.from([
      ...encode("Titre du poste : Directrice, Syst"),
      0xe8,
      0x6d,
      0x65,
      0x73,
    ]);
    const decoded = decodeDocument(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toContain("Systèmes");
  });

  it("recognizes binary data", () => {
    expect(decodeDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])).binary).toBe(true);
  });
});

describe("titles", () => {
  it("treats 'X of Y', 'X, Y' and OCR 'X. Y' as one key", () => {
    expect(titleKey("Director of Engagement")).toBe(titleKey("Director, Engagement"));
    expect(titleKey("Executive Director. Service")).toBe(titleKey("Executive Director, Service"));
    expect(titleKey("Director, Engagement")).not.toBe(titleKey("Director, Outreach"));
  });

  it("derives acronyms from capitalized words", () => {
    expect(acronymOf("Chief Executive Officer")).toBe("ceo");
    expect(acronymOf("Executive Director, Service")).toBe("eds");
  });

  it("splits lists without breaking titles that contain commas or 'and'", () => {
    expect(
      splitTitleList(
        "Chief Operating Officer, Senior Technical Advisor, Chief of Staff and Director of Engagement",
      ),
    ).toEqual([
      "Chief Operating Officer",
      "Senior Technical Advisor",
      "Chief of Staff",
      "Director of Engagement",
    ]);
    expect(
      splitTitleList(
        "Director, Client Outreach; Director, Microdata Access; and Head of Security and Reliability",
      ),
    ).toEqual([
      "Director, Client Outreach",
      "Director, Microdata Access",
      "Head of Security and Reliability",
    ]);
  });

  it("reads a title forward, stopping before the next clause", () => {
    const text = "reporting to the Executive Director, Citizen Services, for the region";
    expect(readTitleForward(text, text.indexOf("the "))?.title).toBe(
      "Executive Director, Citizen Services",
    );
  });

  it("reads a title backward from a parenthesis, skipping page numbers", () => {
    const text = "monitoring trends. \n2 Head of Development (CS-O5, I6 FTEs)";
    expect(readTitleBackward(text, text.indexOf("("))?.title).toBe("Head of Development");
  });
});

describe("document structure", () => {
  it("tells markdown from OCR text", () => {
    expect(detectFormat("# Job Description\n\n**Title:** X")).toBe("markdown");
    expect(
      detectFormat(`--- Full Extracted Text ---\n${"POSITION TITLE: Director ".repeat(40)}`),
    ).toBe("ocr-text");
    expect(detectFormat("   ")).toBe("unknown");
  });

  it("reads OCR fields and blanks repeated page footers", () => {
    const page = (n: number, body: string) =>
      `${n > 1 ? `${n} ` : ""}${body} OG. Shared Footer Text`;
    const text = [
      "--- Full Extracted Text ---",
      page(
        1,
        "POSITION TITLE: Director, Data REPORTS TO: Director General, Analytics LEVEL: EX-OI GENERAL ACCOUNTABILITY The Director, Data is accountable for data.",
      ),
      page(2, "ORGANIZATION STRUCTURE The Director leads."),
    ].join("\n");
    const structure = parseStructure(text);
    expect(structure.fields.map((f) => [f.field, f.value])).toEqual([
      ["title", "Director, Data"],
      ["reportsTo", "Director General, Analytics"],
      ["classification", "EX-OI"],
    ]);
    expect(structure.sections.map((s) => s.heading)).toEqual([
      "GENERAL ACCOUNTABILITY",
      "ORGANIZATION STRUCTURE",
    ]);
    expect(structure.clean).not.toContain("Shared Footer Text");
    expect(structure.clean.length).toBe(text.length);
  });

  it("reads OCR dimensions with and without colons", () => {
    const text = `--- Full Extracted Text ---\n${"x ".repeat(250)}DIMENSIONS Unit FTEs: 3I Combined Salary and Operating Budget: 2.58M Execution of Program 6OOK Canadian Digital Service FTEs: 86 Budget: $II.I Million SPECIFIC ACCOUNTABILITIES I. Lead.`;
    const dims = findDimensions(parseStructure(text), "d");
    expect(dims.map((d) => [d.label, d.value, d.kind, d.amount])).toEqual([
      ["Unit FTEs", "31", "fte", 31],
      ["Combined Salary and Operating Budget", "2.58M", "money", 2_580_000],
      ["Execution of Program", "600K", "money", 600_000],
      ["Canadian Digital Service FTEs", "86", "fte", 86],
      ["Budget", "$11.1 Million", "money", 11_100_000],
    ]);
  });
});

describe("relations", () => {
  it.each([
    [
      "The incumbent supervises: Analyst Team (4 FTEs); Data Team - 6 FTEs; and Manager, Quality (AS-05).",
      3,
    ],
    [
      "Direct reports:\n\n* **Manager, Operations (PM-06, 12 FTEs):** runs things.\n* Outreach Unit - 3 FTEs\n",
      2,
    ],
    [
      "The following positions report to the Director, Data: Head of Design (CS-O5, I3 FTEs) accountable for design. Head of Product, (CS-O5, 8 FTEs): accountable for products.",
      2,
    ],
    [
      "Reporting to the Manager are:\n\n*   **Team Leader, Intake:** leads intake.\n*   **Team Leader, Review:** leads review.\n",
      2,
    ],
  ])("finds the reports in %j", (text, count) => {
    const lists = findReportLists(parseStructure(text));
    expect(lists).toHaveLength(1);
    expect(lists[0]?.items).toHaveLength(count);
  });

  it("keeps classification and planned size on list items", () => {
    const [list] = findReportLists(
      parseStructure(
        "Direct reports: Analysis Team (Planned 3 FTEs); Manager, Data (EC-O6, I2 FTEs).",
      ),
    );
    expect(list?.items.map((i) => [i.title, i.classification, i.fte, i.ftePlanned])).toEqual([
      ["Analysis Team", null, 3, true],
      ["Manager, Data", "EC-06", 12, false],
    ]);
  });

  it("reads peers and the stated count from 'one of five'", () => {
    const text =
      "The Director, Data is one of five positions reporting to the CEO, CDS. The others are: Chief Operating Officer, Senior Technical Advisor, Chief of Staff and Director of Engagement. Next.";
    const [peer] = findPeerSentences(parseStructure(text));
    expect(peer?.managerTitle).toBe("CEO, CDS");
    expect(peer?.statedCount).toBe(5);
    expect(peer?.peers.map((p) => p.title)).toEqual([
      "Chief Operating Officer",
      "Senior Technical Advisor",
      "Chief of Staff",
      "Director of Engagement",
    ]);
  });

  it("prefers the body's title over a stale header and keeps the header as an alias", () => {
    const text =
      "POSITION TITLE: Director General, Old Name LEVEL: EX-O3 GENERAL ACCOUNTABILITY The Executive Director, Service (ED/S), is accountable to the CEO. The Executive Director, Service leads. CERTIFICATION the position of Executive Director, Service. " +
      "x ".repeat(200);
    const structure = parseStructure(`--- Full Extracted Text ---\n${text}`);
    const subject = findSubject(structure, findAbbreviations(structure.clean));
    expect(subject?.title).toBe("Executive Director, Service");
    expect(subject?.overriddenHeaderTitle).toBe("Director General, Old Name");
    expect(subject?.abbreviations).toContain("ED/S");
  });
});

describe("matching positions across documents", () => {
  const doc = (department: string, title: string, reportsTo: string) =>
    `# Job Description\n\n* **Position Title:** ${title}\n* **Department:** ${department}\n* **Reports To:** ${reportsTo}\n`;

  it("merges the same position named two ways in one department", () => {
    const graph = extractGraph([
      {
        file: "a.md",
        bytes: encode(doc("Health Canada", "Director, Planning", "Director General, Strategy")),
      },
      {
        file: "b.md",
        bytes: encode(doc("Health Canada", "Director of Planning", "Director General, Strategy")),
      },
    ]);
    const directors = graph.nodes.filter(
      (n) => titleKey(n.title) === titleKey("Director, Planning"),
    );
    expect(directors).toHaveLength(1);
    expect(directors[0]?.documentIds).toHaveLength(2);
    const names = [directors[0]?.title, ...(directors[0]?.aliases ?? [])];
    expect(names).toEqual(expect.arrayContaining(["Director of Planning", "Director, Planning"]));
  });

  it("keeps the same title in two departments apart", () => {
    const graph = extractGraph([
      {
        file: "a.md",
        bytes: encode(doc("Health Canada", "Director, Planning", "Director General, Strategy")),
      },
      {
        file: "b.md",
        bytes: encode(doc("Parks Canada", "Director, Planning", "Director General, Strategy")),
      },
    ]);
    expect(graph.nodes.filter((n) => n.title === "Director, Planning")).toHaveLength(2);
    expect(graph.nodes.filter((n) => n.title === "Director General, Strategy")).toHaveLength(2);
  });

  it("gives the same ids whatever order the files come in", () => {
    const files = [
      {
        file: "a.md",
        bytes: encode(doc("Health Canada", "Director, Planning", "Director General, Strategy")),
      },
      {
        file: "b.md",
        bytes: encode(doc("Health Canada", "Manager, Budgets", "Director, Planning")),
      },
    ];
    const forward = extractGraph(files);
    const backward = extractGraph([...files].reverse());
    expect(backward.nodes.map((n) => n.id)).toEqual(forward.nodes.map((n) => n.id));
    expect(backward.edges).toEqual(forward.edges);
  });
});
