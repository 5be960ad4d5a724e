import type { Dimension, Fact, Organization } from "../graph/schema.ts";
import type { Span } from "./text.ts";

export type MentionRole = "subject" | "manager" | "report" | "peer";

/** One place where a document names a position, with what it says about it there. */
export interface Mention {
  title: string;
  role: MentionRole;
  span: Span;
  quote: string;
  classification: string | null;
  fte: number | null;
  ftePlanned: boolean;
  /** Position in the list it came from, so two documents' lists can be compared item by item. */
  listIndex: number | null;
  /** Other names the document gives this position at this place ("DG Corp. Planning", "D/E"). */
  aliases: string[];
  /** Identical positions this mention stands for: 1, a stated number or "several". */
  count: number | "several";
  /**
   * For a title with no qualifier ("Senior Advisor", "Director General"): what makes it one
   * position. "under": the mention it hangs under (a report's manager); "org": the document's
   * organization (a manager); null: the title alone, compared within compatible organizations.
   */
  scope: { kind: "under"; mention: number } | { kind: "org"; key: string } | null;
  /** For a report or a peer: the mention it is listed under (its manager in this document). */
  anchor: number | null;
}

/** "manager -> report" as one document states it; numbers index `mentions`. */
export interface RelationClaim {
  manager: number;
  report: number;
  quote: string;
}

/** "X is one of five positions reporting to M. The others are …" */
export interface PeerClaim {
  manager: number;
  members: number[];
  statedCount: number | null;
  quote: string;
}

/** A list of direct reports, kept whole so totals and counts can be checked. */
export interface ReportList {
  manager: number;
  items: number[];
  statedCount: number | null;
  quote: string;
}

/** Everything one document says, before positions are matched across documents. */
export interface DocumentExtraction {
  documentId: string;
  organization: Organization;
  /** Names of the document's organizations and their abbreviations, for matching qualifiers. */
  orgNames: string[];
  abbreviations: Map<string, string>;
  /** Index of the subject in `mentions`, or null when no position was found. */
  subject: number | null;
  subjectAliases: string[];
  overriddenHeaderTitle: string | null;
  /** Short names the document uses for its own subject ("the Director", "ED/S"). */
  subjectShortForms: string[];
  mentions: Mention[];
  relations: RelationClaim[];
  peerClaims: PeerClaim[];
  reportLists: ReportList[];
  subjectFacts: Fact[];
  dimensions: Dimension[];
  /** Position and job numbers the document gives its own position (never merged across). */
  positionNumber: string | null;
  jobCode: string | null;
  /** The document's own FTE figure for its position's unit, when it states one. */
  unitSize: { amount: number; label: string; quote: string } | null;
}
