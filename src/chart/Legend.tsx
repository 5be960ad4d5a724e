import { Panel } from "@xyflow/react";
import { useId, useRef, useState } from "react";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import { positionCountBadge, undescribedMarker } from "../ui-support/describe.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../ui-support/useT.ts";
import { orgVar } from "../theme/org-var.ts";
import { DocumentIcon, TeamIcon } from "./BoxIcons.tsx";
import "./legend.css";
import { orgColor } from "../theme/org-colors.ts";

const ORG = { "--org": orgVar(orgColor(0)) } as CSSProperties;

/** A small box drawn with the boxes' own classes, so the legend cannot drift from the chart. */
function Swatch({ kind = "position", emphasis = "none" }: { kind?: string; emphasis?: string }) {
  return <span className={`legend__swatch box box--${kind} box--${emphasis}`} style={ORG} />;
}

function Item({ sample, text }: { sample: ReactNode; text: MessageKey }) {
  const t = useT();
  return (
    <li className="legend__item">
      <span className="legend__sample" aria-hidden="true">
        {sample}
      </span>
      <span>{t(text)}</span>
    </li>
  );
}

/**
 * The chart's legend, one click away in the chart's corner: what boxes, marks, lines and the
 * selection's emphasis mean. Escape closes it and gives focus back to its button.
 */
export function Legend() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    // Escape here closes the legend only, not the details panel as well.
    event.stopPropagation();
    close();
  };
  return (
    <Panel position="top-right" className="legend" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="legend__toggle"
        aria-expanded={open}
        aria-controls={`${id}-legend`}
        onClick={() => setOpen((o) => !o)}
      >
        {t("legend.button")}
      </button>
      {open && (
        <section id={`${id}-legend`} className="legend__panel" aria-labelledby={`${id}-title`}>
          <header className="legend__header">
            <h2 id={`${id}-title`}>{t("legend.title")}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t("legend.close")}
              onClick={close}
            >
              ×
            </button>
          </header>
          <ul className="legend__list">
            <Item sample={<Swatch />} text="legend.position" />
            <Item
              sample={
                <>
                  <Swatch kind="team" />
                  <span className="team-tag" style={ORG}>
                    <TeamIcon />
                  </span>
                </>
              }
              text="legend.team"
            />
            <Item
              sample={<span className="legend__frame org-frame" style={ORG} />}
              text="legend.frame"
            />
            <Item
              sample={
                <span className="badge" style={ORG}>
                  EX-01
                </span>
              }
              text="legend.classification"
            />
            <Item
              sample={
                <span className="count-badge" style={ORG}>
                  {positionCountBadge(6, t.lang)}
                </span>
              }
              text="legend.count"
            />
            <Item
              sample={
                <span className="doc-mark">
                  <DocumentIcon />
                </span>
              }
              text="legend.document"
            />
            <Item
              sample={<span className="legend__fte">{t("legend.sample")}</span>}
              text="legend.unit"
            />
            <Item
              sample={
                <span className="toggle legend__hidden" style={ORG}>
                  +16
                </span>
              }
              text="legend.hidden"
            />
            <Item
              sample={
                <span className="box__undescribed legend__undescribed">
                  {undescribedMarker(2, t.lang)}
                </span>
              }
              text="legend.undescribed"
            />
            <Item sample={<Swatch emphasis="selected" />} text="legend.selected" />
            <Item sample={<Swatch emphasis="chain" />} text="legend.chain" />
            <Item sample={<Swatch emphasis="report" />} text="legend.report" />
            <Item sample={<Swatch emphasis="dim" />} text="legend.dim" />
          </ul>
        </section>
      )}
    </Panel>
  );
}
