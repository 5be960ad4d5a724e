import validateChunk from "virtual:details-chunk-validator";
import validateDocuments from "virtual:documents-part-validator";
import type { PartValidators } from "../core/graph/graph-parts.ts";

/** The details files' shape checks compiled at build time: loaded with the first details file. */
export const validators: PartValidators = { documents: validateDocuments, chunk: validateChunk };
