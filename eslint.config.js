import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

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
    // The core runs in the browser, a worker and Node alike: keep React and Node built-ins out.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "node:*", "fs", "path", "@xyflow/*", "zustand"] },
      ],
    },
  },
  {
    // The conversion layer runs in the prebuild and in a Web Worker: the core and its own
    // libraries only, nothing from the app's layers, React or Node.
    files: ["src/convert/**/*.ts"],
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
            "../worker/*",
            "../store/*",
            "../chart/*",
            "../panel/*",
            "../app/*",
            "../export/*",
          ],
        },
      ],
    },
  },
);
