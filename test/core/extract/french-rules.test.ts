import { describe, expect, it } from "vitest";
import { restoreLostAccents } from "../../../src/core/extract/french.ts";
import { titleKey } from "../../../src/core/extract/titles.ts";
import { graphOf, managerOf, node, reportsOf, titles } from "./helpers.ts";

/*
 * French job descriptions: inclusive titles, supervisors and reports written in running text,
 * sizes in words, and OCR that lost its accented letters. Each rule is checked on a document
 * written the way the collection's French descriptions are.
 */

const french = (structure: string, extra = "") =>
  "# Description de Travail\n\n## Détails du Poste\n\n" +
  "*   **Titre du Poste:** Directeur/directrice, Gestion des opérations et soutien\n" +
  "*   **Niveau du Poste:** EX-01\n*   **Direction Générale:** Compétences et emploi\n" +
  "*   **Direction:** Travailleurs étrangers temporaires\n" +
  extra +
  `\n## Structure\n\n${structure}\n`;

describe("French inclusive titles are one position", () => {
  it.each([
    ["Directeur/directrice, Approches communautaires", "Directeur, Approches communautaires"],
    [
      "Le directeur ou la directrice, Approches communautaires",
      "Directeur, Approches communautaires",
    ],
    ["Directeur ou directrice, Approches communautaires", "Directeur, Approches communautaires"],
    [
      "directeur général ou directrice générale, Communications",
      "Directeur général, Communications",
    ],
    [
      "sous-ministre adjoint ou de la sous-ministre adjointe, Politiques",
      "Sous-ministre adjoint, Politiques",
    ],
    ["chef d'équipe ou de la cheffe d'équipe, Paye", "Chef d'équipe, Paye"],
    ["superviseur ou à la superviseure, Paye", "Superviseur, Paye"],
  ])("%s", (written, same) => {
    expect(titleKey(written)).toBe(titleKey(same));
  });

  it("reads a heading of reports with an inclusive manager as the position's own reports", () => {
    const graph = graphOf([
      "fr.md",
      french(
        "### Relèvent du directeur ou de la directrice :\n\n*   **Gestionnaire, Programme (PM-06, 8 ETP) :** gère le programme.\n",
      ),
    ]);
    expect(graph.nodes.map((n) => n.title)).not.toContain("Directeur ou de la directrice");
    expect(
      titles(reportsOf(graph, "Directeur/directrice, Gestion des opérations et soutien")),
    ).toEqual(["Gestionnaire, Programme"]);
    expect(node(graph, "Gestionnaire, Programme")).toMatchObject({
      classification: "PM-06",
      fte: 8,
    });
  });
});

describe("French headings of reports", () => {
  it("reads any inclusive role in a heading ('Relèvent du sous-ministre adjoint ou de la sous-ministre adjointe :')", () => {
    const graph = graphOf([
      "fr.md",
      "# Description de Travail\n\n## Détails du Poste\n\n" +
        "*   **Titre du Poste:** Sous-ministre adjoint, Programmes des aînés\n" +
        "*   **Classification:** EX-04\n\n## Structure Organisationnelle\n\n" +
        "### Relèvent du sous-ministre adjoint ou de la sous-ministre adjointe :\n\n" +
        "*   **Directeur général, Prestation des pensions (EX-03, 577 ETP) :** dirige la prestation.\n",
    ]);
    expect(graph.nodes.map((n) => n.title)).toEqual([
      "Directeur général, Prestation des pensions",
      "Sous-ministre adjoint, Programmes des aînés",
    ]);
    expect(managerOf(graph, "Directeur général, Prestation des pensions")?.title).toBe(
      "Sous-ministre adjoint, Programmes des aînés",
    );
  });

  it("reads 'Relèvent du gestionnaire :' after a sentence on the position's own manager", () => {
    const graph = graphOf([
      "fr.txt",
      "--- Full Extracted Text ---\nTITRE DU POSTE : Gestionnaire, Paye DIRECTION GENERALE | Services NIVEAU DU POSTE - PM-O6 STRUCTURE ORGANISATIONNELLE : Ce poste est l'un des deux postes qui relèvent du directeur ou de la directrice, Surveillance de la paye. Relèvent du gestionnaire : Chef d'équipe, Données (PM-04, I8 ETP); Chef d'équipe, Relations (AS-O4, 7 ETP). NATURE ET PORTEE : Le travail continue.",
    ]);
    expect(titles(reportsOf(graph, "Gestionnaire, Paye"))).toEqual([
      "Chef d'équipe, Données",
      "Chef d'équipe, Relations",
    ]);
    expect(managerOf(graph, "Gestionnaire, Paye")?.title).toBe(
      "Directeur, Surveillance de la paye",
    );
  });
});

describe("French supervisors and peers", () => {
  it.each([
    "rend compte au sous-ministre ou à la sous-ministre, de l'exercice des responsabilités suivantes",
    "rend compte au sous-ministre de l'exercice des responsabilités suivantes",
  ])("an Assistant Deputy Minister %s: the Deputy Minister, another position", (sentence) => {
    const graph = graphOf([
      "fr.md",
      "# Description de Travail\n\n## Détails du Poste\n\n" +
        "*   **Titre du Poste:** Sous-ministre adjoint, Programmes des aînés\n\n" +
        `## Responsabilité Générale\n\nLe sous-ministre adjoint ou la sous-ministre adjointe, Programmes des aînés, ${sentence} : coordonner.\n`,
    ]);
    expect(managerOf(graph, "Sous-ministre adjoint, Programmes des aînés")?.title).toBe(
      "Sous-ministre",
    );
  });

  it("reads 'occupe l'un des trois postes qui relèvent du directeur général ou de la directrice générale, X'", () => {
    const graph = graphOf([
      "fr.md",
      french(
        "Le directeur ou la directrice occupe l'un des trois postes qui relèvent du directeur général ou de la directrice générale, Travailleurs étrangers temporaires.",
      ),
    ]);
    const manager = managerOf(graph, "Directeur/directrice, Gestion des opérations et soutien");
    expect(manager?.title).toBe("Directeur général, Travailleurs étrangers temporaires");
    expect(manager?.undescribedReports).toBe(2);
  });

  it("reads 'rend compte au …' and a supervisor field ('Surveillant :')", () => {
    const sentence = graphOf([
      "fr.md",
      french(
        "Le directeur ou la directrice, Gestion des opérations et soutien, rend compte au directeur général ou à la directrice générale, Direction du développement communautaire et des partenariats, de l'exercice de ses responsabilités.",
      ),
    ]);
    expect(
      managerOf(sentence, "Directeur/directrice, Gestion des opérations et soutien")?.title,
    ).toBe("Directeur général, Direction du développement communautaire et des partenariats");
    const field = graphOf([
      "fr.md",
      french(
        "Le titulaire dirige une équipe.",
        "*   **Surveillant :** Directeur général, Mesures actives d'emploi\n",
      ),
    ]);
    expect(managerOf(field, "Directeur/directrice, Gestion des opérations et soutien")?.title).toBe(
      "Directeur général, Mesures actives d'emploi",
    );
  });

  it("reads the others named after 'Les autres postes sont ceux du …'", () => {
    const graph = graphOf([
      "fr.md",
      french(
        "Le directeur ou la directrice occupe l'un des trois postes qui relèvent du directeur général, Travailleurs étrangers temporaires. Les autres postes sont ceux du directeur ou de la directrice, Surveillance financière des subventions, et du directeur ou de la directrice, Coordination des activités avec Service Canada.",
      ),
    ]);
    expect(
      titles(reportsOf(graph, "Directeur général, Travailleurs étrangers temporaires")),
    ).toEqual([
      "Directeur, Coordination des activités avec Service Canada",
      "Directeur, Surveillance financière des subventions",
      "Directeur/directrice, Gestion des opérations et soutien",
    ]);
  });

  it("reads a supervisor's long qualifier in sentence case as one title", () => {
    const graph = graphOf([
      "fr.md",
      french(
        "### Relèvent du directeur :\n\n*   **Superviseur, Partenariats et planification des travailleurs étrangers temporaires (PM-03, 23 ETP) :** met en œuvre le cadre.\n",
      ),
    ]);
    expect(
      titles(reportsOf(graph, "Directeur/directrice, Gestion des opérations et soutien")),
    ).toEqual([
      "Superviseur, Partenariats et planification des travailleurs étrangers temporaires",
    ]);
  });

  it("reads a size in words ('effectif de deux employés')", () => {
    const graph = graphOf([
      "fr.md",
      french(
        "### Relèvent du directeur :\n\n*   **Gestionnaire, Liaison (effectif de deux employés) :** assure la liaison.\n",
      ),
    ]);
    expect(node(graph, "Gestionnaire, Liaison").fte).toBe(2);
  });
});

describe("French OCR that lost its accented letters", () => {
  it("restores the words letter for letter, keeping every offset", () => {
    const text =
      "du directeur g n ral ou de la directrice g n rale, Comp tences et emploi; minist riel";
    const restored = restoreLostAccents(text);
    expect(restored).toBe(
      "du directeur général ou de la directrice générale, Compétences et emploi; ministériel",
    );
    expect(restored).toHaveLength(text.length);
    expect(restoreLostAccents("The general manager")).toBe("The general manager");
  });
});
