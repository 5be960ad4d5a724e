import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { layers } from "./eslint.layers.js";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "public/graph.json",
      "public/layout.json",
      "test-output",
      "coverage",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The core runs in the browser, a worker and Node alike: keep React, Node built-ins and
    // build-time modules out.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "node:*",
            "fs",
            "path",
            "@xyflow/*",
            "zustand",
            // A module only Vite provides: core would then run only under Vite.
            "virtual:*",
          ],
        },
      ],
    },
  },
  {
    // The conversion layer runs in the prebuild and in a Web Worker: no React, DOM library or
    // Node (which layers it may import is the layer rule's, eslint.layers.js).
    files: ["src/convert/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "node:*", "fs", "path", "@xyflow/*", "zustand"] },
      ],
    },
  },
  ...layers,
);
