import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import type { Plugin } from "vite";
import { z } from "zod/mini";
import {
  detailsChunkSchema,
  documentsPartSchema,
  graphFileShapeSchema,
} from "../../src/core/graph/file-schema.ts";

/** Each virtual module and the schema (src/core/graph/file-schema.ts) it is compiled from. */
const VALIDATORS = {
  "virtual:graph-shape-validator": graphFileShapeSchema,
  "virtual:documents-part-validator": documentsPartSchema,
  "virtual:details-chunk-validator": detailsChunkSchema,
};

export const GRAPH_VALIDATOR_MODULE = "virtual:graph-shape-validator";

/**
 * A schema of the graph's files (version 2) compiled at build time into a plain validation
 * function: JSON Schema from zod, then Ajv's standalone code. The app checks the graph and its
 * details files with these, then the integrity rules; the prebuild and the tools validate with
 * zod itself. Generated code needs no eval at run time (the Content-Security-Policy forbids it)
 * and runs cold in ~3 ms where zod's interpreter took ~35 ms at 1,000 positions (and ~80 ms for
 * the documents of 25,000).
 */
export function validatorCode(schema: z.core.$ZodType = graphFileShapeSchema): string {
  const jsonSchema = z.toJSONSchema(schema, { io: "input" });
  // `unicode: false`: string lengths in UTF-16 units, as zod counts them, and no runtime helper
  // to import. Ajv calls the option deprecated and warns; `logger: false` keeps builds quiet.
  const ajv = new Ajv2020({
    code: { source: true, esm: true, optimize: true },
    unicode: false,
    // Every problem, not only the first: the error screen lists them (up to 20).
    allErrors: true,
    strict: true,
    logger: false,
  });
  const code = standaloneCode(ajv, ajv.compile(jsonSchema));
  if (/\brequire\(/.test(code)) throw new Error("a graph validator needs a runtime helper");
  return code;
}

export function graphValidatorPlugin(): Plugin {
  const resolved = new Map(Object.entries(VALIDATORS).map(([id, schema]) => [`\0${id}`, schema]));
  return {
    name: "org-atlas:graph-validator",
    resolveId: (id) => (id in VALIDATORS ? `\0${id}` : null),
    load: (id) => {
      const schema = resolved.get(id);
      return schema ? validatorCode(schema) : null;
    },
  };
}
