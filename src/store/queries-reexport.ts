// The store reads the graph only through core queries; one import point keeps that visible.
export { childrenOf } from "../core/graph/indexes.ts";
export {
  chainOfCommand,
  collapsedBeyondLevel,
  hiddenBy,
  organizationOf,
  subtree,
} from "../core/graph/queries.ts";
