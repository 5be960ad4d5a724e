/** A piece of text that is an exact slice `[start, end)` of the document's text. */
export interface Run {
  text: string;
  start: number;
  end: number;
  strong: boolean;
  /** Starts a new line inside its paragraph (markdown lines without a blank line between). */
  breakBefore?: boolean;
}

export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  /** Each item is one line of runs. */
  | { kind: "list"; ordered: boolean; items: Run[][] }
  /** Label/value lines such as "POSITION TITLE: Director, Engagement". */
  | { kind: "fields"; items: Array<{ label: Run; value: Run[] }> };

export interface ReadingView {
  blocks: Block[];
  /** Page footers, page numbers and page dates left out of the reading view. */
  removed: Array<{ start: number; end: number; text: string }>;
}
