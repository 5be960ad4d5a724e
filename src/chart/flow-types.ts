import type { NodeTypes } from "@xyflow/react";
import { OrgGroupNode } from "./OrgGroupNode.tsx";
import { PositionNode } from "./PositionNode.tsx";
import { RoutesNode } from "./RoutesNode.tsx";

// A module constant: React Flow re-mounts every node when this object changes identity.
// There are no edge types: reporting lines are drawn by one RoutesNode, not as React Flow edges.
export const nodeTypes: NodeTypes = {
  position: PositionNode,
  org: OrgGroupNode,
  routes: RoutesNode,
};
