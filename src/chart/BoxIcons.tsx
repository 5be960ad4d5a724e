import { DOCUMENT_ICON, svgPathData } from "../theme/icons.ts";

/** The team and document marks, drawn alike in the boxes and in the legend. */
export function TeamIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" className="icon">
      <circle cx="5" cy="5" r="2.5" fill="currentColor" />
      <circle cx="11" cy="5" r="2.5" fill="currentColor" />
      <path
        d="M0.5 14c0-3 2-4.5 4.5-4.5S9.5 11 9.5 14zM6.5 14c0-3 2-4.5 4.5-4.5s4.5 1.5 4.5 4.5z"
        fill="currentColor"
      />
    </svg>
  );
}

export function DocumentIcon() {
  const { width, height, strokes } = DOCUMENT_ICON;
  return (
    <svg
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="icon"
    >
      {strokes.map((stroke) => (
        <path
          key={stroke.width}
          d={svgPathData(stroke)}
          fill="none"
          stroke="currentColor"
          strokeWidth={stroke.width}
        />
      ))}
    </svg>
  );
}
