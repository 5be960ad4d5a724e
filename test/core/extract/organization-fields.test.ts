import { describe, expect, it } from "vitest";
import { graphOf, managerOf, markdown, node } from "./helpers.ts";

/*
 * The organization a position belongs to, as its header fields give it: each field at its level,
 * the label that names a level over a weaker one, and a unit written with its branch split in two.
 */

const TITLE = "Director, Policy Analysis";
const body = { "General Accountability": `The ${TITLE} is accountable for policy analysis.` };

function organizationOf(fields: Record<string, string>) {
  const graph = graphOf(["d.md", markdown({ "Position Title": TITLE, ...fields }, body)]);
  return { org: node(graph, TITLE).organization, facts: node(graph, TITLE).facts };
}

describe("organization fields", () => {
  it("reads department, branch and directorate from their labels", () => {
    const { org } = organizationOf({
      Department: "Employment and Social Development Canada",
      Branch: "Skills and Employment",
      Directorate: "Labour Market Integration",
    });
    expect(org).toEqual({
      department: "Employment and Social Development Canada",
      branch: "Skills and Employment",
      directorate: "Labour Market Integration",
    });
  });

  it("splits a unit written with its branch: the last word of each part says its level", () => {
    const { org, facts } = organizationOf({
      "Branch - Service":
        "Indigenous Early Learning, Child Care Secretariat, Strategic Policy Branch",
    });
    expect(org.branch).toBe("Strategic Policy Branch");
    expect(org.directorate).toBe("Indigenous Early Learning, Child Care Secretariat");
    // Both values are quoted from the one field that gave them.
    const quoted = facts.filter((f) => f.field === "branch" || f.field === "directorate");
    expect(quoted).toHaveLength(2);
    for (const f of quoted) expect(f.quote).toContain("Branch - Service");
  });

  it("keeps the supervisor's wording when it names the directorate another way", () => {
    const graph = graphOf([
      "d.md",
      markdown(
        {
          "Position Title": TITLE,
          "Branch - Service": "Early Learning, Child Care Secretariat, Strategic Policy Branch",
          "Supervisor's Position Title":
            "Director General, Early Learning & Child Care Secretariat",
        },
        body,
      ),
    ]);
    expect(managerOf(graph, TITLE)?.title).toBe(
      "Director General, Early Learning & Child Care Secretariat",
    );
  });

  it("reads 'Service Canada, Citizen Services Branch' as a department and its branch", () => {
    const { org } = organizationOf({ Branch: "Service Canada, Citizen Services Branch" });
    expect(org.department).toBe("Service Canada");
    expect(org.branch).toBe("Citizen Services Branch");
  });

  it("keeps a branch whose name has a comma but no unit word before it", () => {
    const { org } = organizationOf({ Branch: "Learning, Literacy and Essential Skills Branch" });
    expect(org.branch).toBe("Learning, Literacy and Essential Skills Branch");
    expect(org.directorate).toBeNull();
  });

  it("takes the 'Branch' field as the branch when a sector is given too (a sector is above)", () => {
    const { org } = organizationOf({
      Sector: "Citizenship and Heritage",
      Branch: "Citizenship Participation and Promotion",
    });
    expect(org.branch).toBe("Citizenship Participation and Promotion");
    expect(organizationOf({ Sector: "Citizenship and Heritage" }).org.branch).toBe(
      "Citizenship and Heritage",
    );
  });

  it("reads an organizational component given beside a branch as the unit below it", () => {
    const { org } = organizationOf({
      Branch: "Income Security and Social Development (ISSD)",
      "Organizational component": "Federal Secretariat on Early Learning and Child Care",
    });
    expect(org.branch).toBe("Income Security and Social Development");
    expect(org.directorate).toBe("Federal Secretariat on Early Learning and Child Care");
  });

  it("prefers a 'Directorate' field to a 'Division' field for the directorate", () => {
    const { org, facts } = organizationOf({
      Division: "Planning, Results and Risk Management",
      Directorate: "Strategic Integration, Planning, and Accountability",
    });
    expect(org.directorate).toBe("Strategic Integration, Planning, and Accountability");
    expect(facts.filter((f) => f.field === "directorate")).toHaveLength(1);
  });

  it("reads the French labels: direction générale is the branch, direction the directorate", () => {
    const graph = graphOf([
      "f.md",
      markdown(
        {
          "Titre du poste": "Directeur, Analyse des politiques",
          "Direction générale": "Compétences et emploi",
          Direction: "Intégration au marché du travail",
        },
        { "Responsabilité générale": "Le directeur est responsable de l'analyse." },
      ),
    ]);
    const { organization } = node(graph, "Directeur, Analyse des politiques");
    expect(organization.branch).toBe("Compétences et emploi");
    expect(organization.directorate).toBe("Intégration au marché du travail");
  });
});

describe("one organization written two ways", () => {
  const doc = (title: string, branch: string) =>
    markdown({ "Position Title": title, Branch: branch }, { "General Accountability": "Leads." });

  it("is shown under one spelling: the one OCR did not change, each document's kept in its facts", () => {
    const graph = graphOf(
      ["a.md", doc("Director, Program Operations", "Leaming")],
      ["b.md", doc("Director, Program Delivery", "Learning")],
      ["c.md", doc("Director, Program Policy", "Leaming")],
    );
    expect(graph.nodes.map((n) => n.organization.branch)).toEqual([
      "Learning",
      "Learning",
      "Learning",
    ]);
    const facts = graph.nodes.flatMap((n) => n.facts.filter((f) => f.field === "branch"));
    expect(facts.map((f) => f.value).sort()).toEqual(["Leaming", "Leaming", "Learning"]);
  });

  it("takes the spelling most documents use when one adds the unit's word", () => {
    const graph = graphOf(
      ["a.md", doc("Director, Trades", "Skills and Employment")],
      ["b.md", doc("Director, Apprenticeship", "Skills and Employment")],
      ["c.md", doc("Director, Mobility", "Skills and Employment Branch")],
      ["d.md", doc("Director, Energy", "Energy Sector")],
    );
    expect(graph.nodes.map((n) => n.organization.branch).sort()).toEqual([
      "Energy Sector",
      "Skills and Employment",
      "Skills and Employment",
      "Skills and Employment",
    ]);
  });
});
