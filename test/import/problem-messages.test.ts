import { PROBLEMS } from "../../src/convert/messages.ts";
import { IMPORT_PROBLEMS } from "../../src/import/problem-messages.ts";

describe("why a file is not on the chart, in both languages", () => {
  it("says in English what the conversion table says, and has a French sentence for each", () => {
    for (const [code, text] of Object.entries(PROBLEMS)) {
      expect(IMPORT_PROBLEMS.en[code as keyof typeof PROBLEMS]).toBe(text);
    }
    const codes = Object.keys(IMPORT_PROBLEMS.en).sort();
    expect(Object.keys(IMPORT_PROBLEMS.fr).sort()).toEqual(codes);
    for (const code of codes) {
      const fr = IMPORT_PROBLEMS.fr[code as keyof typeof IMPORT_PROBLEMS.fr];
      expect(fr.length).toBeGreaterThan(10);
      expect(fr).not.toBe(IMPORT_PROBLEMS.en[code as keyof typeof IMPORT_PROBLEMS.en]);
    }
  });
});
