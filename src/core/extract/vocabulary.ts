/**
 * The words of job-description titles, English and French: the words that head a position or a
 * team, the modifiers that may come before them, and the small repairs OCR needs in them.
 * Domain vocabulary, not document-specific: extend it when a new word is seen.
 */

/** Words naming a person's role. */
const PERSON_WORDS = (
  "director directors manager managers officer officers head heads chief chiefs advisor advisors " +
  "adviser advisers analyst analysts coordinator coordinators specialist specialists supervisor " +
  "supervisors administrator administrators assistant assistants executives " +
  "commissioner deputy president vice-president secretary clerk clerks agent agents consultant " +
  "consultants engineer engineers designer designers researcher researchers architect architects " +
  "lead leads leader leaders counsel registrar auditor auditors controller comptroller minister " +
  "ministers adm dg ceo coo cio cfo cto dcfo sadm strategist scientist scientists economist " +
  "economists statistician planner planners developer developers technician technicians inspector " +
  "inspectors investigator investigators editor writer writers paralegal paralegals actuary " +
  "directeur directrice directeurs gestionnaire gestionnaires chef chefs conseiller conseillère " +
  "conseillers agente analyste analystes adjoint adjointe sous-ministre dirigeant dirigeante " +
  "président présidente secrétaire coordonnateur coordonnatrice spécialiste surveillant adjointe " +
  "commis économiste économistes superviseur superviseure surveillante"
).split(/\s+/);

/** Words naming a unit of people, when a team is charted as a box. */
const UNIT_WORDS =
  "team teams unit units section sections group office équipe equipe unité unite groupe".split(
    /\s+/,
  );

export const ROLE_WORDS: ReadonlySet<string> = new Set([...PERSON_WORDS, ...UNIT_WORDS]);
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set(PERSON_WORDS);

/** Words that may stand before a role word in a title: "Senior", "Associate", "Regional" … */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "senior associate assistant deputy executive regional principal special lead area acting " +
    "national interim chief general vice program policy communications evaluation project " +
    "administrative office communication financial legal technical strategic business service " +
    "operating information technology human resources " +
    "directeur principal principale régional régionale adjoint adjointe exécutif exécutive " +
    "général générale"
  ).split(/\s+/),
);

/** Lower-case function words that may sit inside a title ("Head of Design and Research"). */
export const CONNECTORS: ReadonlySet<string> = new Set(
  "of and for the in on to & de du des la le les et en pour aux au à l d".split(" "),
);

const SINGULAR: Record<string, string> = {
  directors: "director",
  managers: "manager",
  officers: "officer",
  advisors: "advisor",
  advisers: "adviser",
  analysts: "analyst",
  coordinators: "coordinator",
  specialists: "specialist",
  supervisors: "supervisor",
  administrators: "administrator",
  assistants: "assistant",
  executives: "executive",
  consultants: "consultant",
  paralegals: "paralegal",
  heads: "head",
  chiefs: "chief",
  leads: "lead",
  leaders: "leader",
  clerks: "clerk",
  agents: "agent",
  engineers: "engineer",
  designers: "designer",
  researchers: "researcher",
  economists: "economist",
  planners: "planner",
  developers: "developer",
  technicians: "technician",
  inspectors: "inspector",
  investigators: "investigator",
  writers: "writer",
  gestionnaires: "gestionnaire",
  directeurs: "directeur",
  conseillers: "conseiller",
  analystes: "analyste",
  chefs: "chef",
};

/** "Managers" -> "Manager", keeping the capital: the title of one of several identical positions. */
export function singularRoleWord(word: string): string | null {
  const singular = SINGULAR[word.toLowerCase()];
  if (!singular) return null;
  return /^\p{Lu}/u.test(word) ? singular.charAt(0).toUpperCase() + singular.slice(1) : singular;
}

/** Role words OCR damages in executive forms: "Owector General", "enior Executive Director". */
const REPAIRABLE = ["Director", "Senior", "Executive", "Manager", "Assistant", "Associate"];

/** Levenshtein distance: the number of one-letter edits between two words. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The role word an OCR'd token stands for, when it is not a word of its own: "enior" (first
 * letter lost) -> "Senior", "Owector"/"Uwector" -> "Director" (only before "General", where
 * nothing else fits). Returns null when the token should stay as written.
 */
export function repairRoleWord(token: string, next: string | undefined): string | null {
  if (token.length < 5 || ROLE_WORDS.has(token.toLowerCase())) return null;
  for (const word of REPAIRABLE) {
    if (word.slice(1) === token) return word;
  }
  if (next === "General" && /ector$/.test(token) && editDistance(token, "Director") <= 3)
    return "Director";
  return null;
}
