import type { EdgeTypes, NodeTypes } from "@xyflow/react";
import { OrgGroupNode } from "./OrgGroupNode.tsx";
import { PositionNode } from "./PositionNode.tsx";
import { RouteEdge } from "./RouteEdge.tsx";

// Module constants: React Flow re-mounts every node when these objects change identity.
export const nodeTypes: NodeTypes = { position: PositionNode, org: OrgGroupNode };
export const edgeTypes: EdgeTypes = { route: RouteEdge };
