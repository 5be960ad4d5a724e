import { Panel, useReactFlow, useStore } from "@xyflow/react";
import type { ReactFlowState } from "@xyflow/react";
import { memo, useEffect, useId, useMemo, useRef } from "react";
import type { KeyboardEvent, PointerEvent } from "react";
import { FIT_VIEW } from "./ChartProvider.tsx";
import { motionMs } from "../ui-support/motion.ts";
import { orgVar } from "../theme/org-var.ts";
import type { FlowNode } from "./flow-elements.ts";
import { overviewKeyAction, overviewShapes, overviewViewBox, visibleRect } from "./overview.ts";

const SIZE = { width: 200, height: 150 };
const selectTransform = (s: ReactFlowState) => s.transform;
const selectPaneWidth = (s: ReactFlowState) => s.width;
const selectPaneHeight = (s: ReactFlowState) => s.height;

/**
 * The chart's overview (minimap): frames outlined, boxes as one path per organization colour, the
 * visible part framed; press or drag to move the view there, scroll to zoom; from the keyboard,
 * arrows move the view, + and − zoom, 0 shows the whole chart. A handful of
 * elements whatever the chart's size: React Flow's MiniMap draws and subscribes one component
 * per box, which with 10,000 boxes added ~200 ms to "Expand all" and doubled the cost of every
 * pan. Same classes as the MiniMap, so it is themed, hidden when presenting or printing, and
 * placed alike.
 */
export const OverviewMap = memo(function OverviewMap({
  nodes,
  label,
  keysHint,
}: {
  nodes: readonly FlowNode[];
  label: string;
  keysHint: string;
}) {
  const flow = useReactFlow();
  const transform = useStore(selectTransform);
  const paneWidth = useStore(selectPaneWidth);
  const paneHeight = useStore(selectPaneHeight);
  const shapes = useMemo(() => overviewShapes(nodes), [nodes]);
  const view = visibleRect(transform, { width: paneWidth, height: paneHeight });
  const box = overviewViewBox(shapes.bounds, view, SIZE);
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = overviewKeyAction(event.key, event.shiftKey, view);
    if (!action) return;
    event.preventDefault();
    const duration = motionMs(200);
    if (action.kind === "pan") {
      const centre = {
        x: view.x + view.width / 2 + action.x,
        y: view.y + view.height / 2 + action.y,
      };
      void flow.setCenter(centre.x, centre.y, { zoom: flow.getZoom(), duration });
    } else if (action.kind === "zoom") {
      void flow.zoomTo(flow.getZoom() * action.factor, { duration });
    } else {
      void flow.fitView({ ...FIT_VIEW, duration });
    }
  };

  const centreAt = (event: PointerEvent<SVGSVGElement>) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    // Not a React handler: React's wheel listeners are passive and could not stop the page
    // from scrolling.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void flow.zoomTo(flow.getZoom() * Math.pow(1.2, -event.deltaY / 100));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [flow]);

  // The mask's outer edge lies outside the element, so only the visible part is outlined.
  const out = 10 * box.scale;
  const outer = `M${box.x - out},${box.y - out}h${box.width + 2 * out}v${box.height + 2 * out}h${-box.width - 2 * out}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap overview-map">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        // A control of its own: focusable, operated with the keys its description names.
        role="application"
        tabIndex={0}
        aria-labelledby={titleId}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event);
        }}
      >
        <title id={titleId}>{label}</title>
        <desc id={hintId}>{keysHint}</desc>
        {shapes.boxes.map(({ color, d }) => (
          <path key={color} d={d} style={{ fill: orgVar(color) }} />
        ))}
        {shapes.frames.map((f) => (
          <rect
            key={f.key}
            x={f.x}
            y={f.y}
            width={f.width}
            height={f.height}
            fill="none"
            style={{ stroke: orgVar(f.color), strokeWidth: 2 * box.scale }}
          />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`${outer} ${inner}`}
          fillRule="evenodd"
          pointerEvents="none"
          style={{ strokeWidth: 2 * box.scale }}
        />
      </svg>
    </Panel>
  );
});
