import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { orgVar } from "../theme/org-var.ts";
import type { GroupFlowNode } from "./flow-elements.ts";
import { frameName } from "./frame-name.ts";
import { useT } from "../ui-support/useT.ts";
import "./org-group-node.css";

/** The frame and label around one organization's trees. */
export const OrgGroupNode = memo(
  function OrgGroupNode({ data }: NodeProps<GroupFlowNode>) {
    const t = useT();
    const name = frameName(data, t);
    const count = `${t.plural("org.positions", data.count)}${data.figures !== null ? ` · ${data.figures}` : ""}`;
    return (
      <div className="org-frame" style={{ "--org": orgVar(data.color) } as React.CSSProperties}>
        <div className="org-frame__label">
          <span className="org-frame__name" title={name}>
            {name}
          </span>
          <span className="org-frame__count" title={count}>
            {count}
          </span>
        </div>
      </div>
    );
  },
  (a, b) => a.data === b.data,
);
