/**
 * The graph.json schema version this Org Atlas writes and reads up to. Apart from
 * file-schema.ts, so the app's start-up code can name it without loading zod.
 */
export const GRAPH_FILE_VERSION = 2 as const;
