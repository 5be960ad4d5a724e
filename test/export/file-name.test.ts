import { buildIndex } from "../../src/core/graph/indexes.ts";
import {
  acronym,
  exportFileName,
  isoDate,
  positionSubject,
  slug,
} from "../../src/export/file-name.ts";
import { seedLike } from "../support.ts";

describe("export file names", () => {
  it("say what and when", () => {
    const date = new Date(2026, 10, 23, 23, 59);
    expect(exportFileName("cds-executive-director-service", date, "png")).toBe(
      "cds-executive-director-service-2026-11-23.png",
    );
    expect(exportFileName("org-chart", new Date(2027, 0, 5), ".pdf")).toBe(
      "org-chart-2027-01-05.pdf",
    );
    expect(exportFileName("", date, "csv")).toBe("org-chart-2026-11-23.csv");
    expect(isoDate(new Date(2026, 1, 3))).toBe("2026-02-03");
  });

  it("name a position by its unit's initials and its title", () => {
    const ix = buildIndex(seedLike());
    expect(positionSubject(ix.byId.get("cds-ed-service")!)).toBe("cds-executive-director-service");
    expect(positionSubject(ix.byId.get("esdc-director-client-relations")!)).toBe(
      "learning-director-client-relations",
    );
  });

  it("are ASCII and safe on every file system", () => {
    expect(slug("Directeur général, Opérations / Québec")).toBe(
      "directeur-general-operations-quebec",
    );
    expect(slug('a:b*c?"d<e>f|g\\h')).toBe("a-b-c-d-e-f-g-h");
    expect(slug("x".repeat(100))).toHaveLength(60);
    expect(acronym("Employment and Social Development Canada")).toBe("esdc");
    expect(acronym("Agence des services frontaliers du Canada")).toBe("asfc");
  });
});
