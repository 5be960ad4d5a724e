import Fuse from "fuse.js";
import { syntheticOrg } from "/work/wt-lean/src/core/graph/synthetic.ts";
const g = syntheticOrg(100_000, { orgs: 20 });
const entries = g.nodes.map((n) => ({ id: n.id, title: n.title, aliases: n.aliases, classification: n.classification ?? "", organization: n.organization.department ?? "" }));
let t = performance.now();
const fuse = new Fuse(entries, { keys: [{ name: "title", weight: 3 }, { name: "aliases", weight: 2 }, { name: "classification", weight: 1 }, { name: "organization", weight: 1 }], threshold: 0.35, ignoreLocation: true });
console.log("build", Math.round(performance.now() - t));
for (const q of ["d", "di", "dir", "dire", "director", "director poli", "polcy", "EX-01", "Department C"]) {
  t = performance.now();
  const r = fuse.search(q, { limit: 12 });
  console.log(q, Math.round(performance.now() - t), "ms", r.length);
}
