import boundaries from "eslint-plugin-boundaries";

/**
 * The layers of src/ and what each may import (docs/architecture.md, decision 0700). Each layer
 * lists the layers below it that it uses; anything else, a sibling UI folder included, is a
 * wrong-way import and fails the lint. src/main.tsx (the entry) is no layer: it may import all.
 */
const FEATURES = ["chart", "panel", "outline", "present", "export", "import"];
const BELOW_FEATURES = ["core", "convert", "worker", "store", "i18n", "theme", "ui-support"];

const MAY_IMPORT = {
  core: [],
  convert: ["core"],
  worker: ["core", "convert"],
  // The store holds the reader's language, so it knows i18n's Language type.
  store: ["core", "convert", "worker", "i18n"],
  // i18n and theme are leaves: tables and functions that import no other layer.
  i18n: [],
  theme: [],
  "ui-support": ["core", "convert", "worker", "store", "i18n", "theme"],
  ...Object.fromEntries(FEATURES.map((feature) => [feature, BELOW_FEATURES])),
  app: [...BELOW_FEATURES, ...FEATURES],
};

const elements = Object.keys(MAY_IMPORT).map((layer) => ({
  type: layer,
  pattern: `src/${layer}`,
  partialMatch: false,
}));

const policies = Object.entries(MAY_IMPORT).map(([layer, below]) => ({
  from: { element: { type: layer } },
  allow: { to: { element: { types: { anyOf: [layer, ...below] } } } },
}));

export const layers = [
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: { "boundaries/elements": elements },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies,
          message: "{{from.type}} must not import {{to.type}} (the layer rule, eslint.layers.js)",
        },
      ],
      // A file in a folder that is no layer escapes the rule: give the folder its place above.
      "boundaries/no-unknown-files": "error",
    },
  },
  {
    files: ["src/*.{ts,tsx}"],
    rules: { "boundaries/no-unknown-files": "off" },
  },
];
