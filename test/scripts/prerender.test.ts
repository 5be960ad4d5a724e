import { firstViewTemplate, withFirstView } from "../../scripts/prerender.ts";
import { FIRST_VIEW_MARKER } from "../../scripts/lib/first-view-marker.ts";
import type { FirstView } from "../../src/app/first-view.tsx";

const page = `<div id="root"></div>${FIRST_VIEW_MARKER}<script>inline</script>`;

describe("prerender's edits to index.html", () => {
  it("puts the first view after the marker, and replaces it on a second run", () => {
    const once = withFirstView(page, "<template>A</template>");
    expect(once).toContain(`${FIRST_VIEW_MARKER}<template>A</template>`);
    const twice = withFirstView(once, "<template>B</template>");
    expect(twice).toContain("<template>B</template>");
    expect(twice).not.toContain("<template>A</template>");
    expect(twice.endsWith("<script>inline</script>")).toBe(true);
    expect(withFirstView(twice, "")).not.toContain("<template>");
  });

  it("moves style attributes to data attributes the page applies, and escapes the fit", () => {
    const view: FirstView = {
      // As React writes it: quotes in text and attribute values are escaped.
      html: '<div style="width:10px" title="a style=&quot;b&quot;">x style=&quot;y&quot;</div>',
      language: "fr",
      graphHash: "abc",
      layoutsHash: "def",
      layoutHash: "ghi",
      fit: {
        bounds: { x: 0, y: 0, width: 1, height: 2 },
        focus: { x: 0.5, y: 1 },
        minZoom: 0.05,
        maxZoom: 1,
        padding: 0.08,
        readableZoom: 0.7,
      },
    };
    const template = firstViewTemplate(view);
    expect(template).toContain(
      '<div data-first-view-style="width:10px" title="a style=&quot;b&quot;">x style=&quot;y&quot;</div>',
    );
    expect(template).toMatch(/^<template data-first-view="fr" data-graph="abc" data-layouts="def"/);
    const fit = /data-fit="([^"]*)"/.exec(template)![1]!;
    expect(JSON.parse(fit.replaceAll("&quot;", '"'))).toEqual(view.fit);
  });
});
