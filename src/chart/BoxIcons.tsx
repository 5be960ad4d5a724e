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
  return (
    <svg aria-hidden="true" width="12" height="14" viewBox="0 0 12 14" className="icon">
      <path d="M1 1h6l4 4v8H1z" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M3 7h6M3 9.5h6" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
