import { readUrlState, writeUrlState } from "../../src/app/url-state.ts";

describe("the URL says which chart it is about", () => {
  it("marks a chart of one's own documents as local, and the site's chart not at all", () => {
    const local = { ...readUrlState(""), chart: "local" as const, selected: "director-a1b2c" };
    expect(writeUrlState(local)).toBe("?chart=local&selected=director-a1b2c");
    expect(readUrlState("?chart=local&selected=director-a1b2c")).toMatchObject(local);
    expect(writeUrlState(readUrlState(""))).toBe("");
    expect(readUrlState("?chart=elsewhere").chart).toBeUndefined();
  });
});
