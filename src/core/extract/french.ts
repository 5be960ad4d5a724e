/**
 * French OCR sometimes loses accented letters, leaving a space in their place: "directeur
 * g n ral", "Comp tences et emploi", "minist riel". The words of job descriptions are restored
 * letter for letter (same length, so every offset stays valid), in the text the extractor
 * searches only; quotes still come from the document as written.
 */
const WORDS = (
  "général générale généraux générales intégrité intégrée intégré compétences ministère " +
  "ministériel ministérielle ministériels financière financières activités activité priorités " +
  "stratégique stratégiques opérationnel opérationnelle opérationnels opérations réponses " +
  "supérieur supérieurs supérieure développement employés équipe élaboration qualité rôle " +
  "prévisionnels sécurité conformité régional régionale régions exécutif exécutive adjointe " +
  "relèvent relève secrétariat coordonnées conférences présidente président numérique"
).split(" ");

const ACCENTED = /[àâäéèêëîïôöùûüç]/;

interface Repair {
  pattern: RegExp;
  word: string;
}

/** Each word as it reads with its accented letters lost to spaces, when it has any. */
const REPAIRS: Repair[] = WORDS.filter((w) => ACCENTED.test(w)).map((word) => {
  const letters = [...word].map((ch) =>
    ACCENTED.test(ch) ? `[${ch} ]` : ch.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"),
  );
  return { pattern: new RegExp(`(?<![\\p{L}])${letters.join("")}(?![\\p{L}])`, "giu"), word };
});

/** A cheap sign that a text lost its accents to spaces. */
const SIGNS = /\bg n ral|\bminist re|\bd veloppement|\bComp tences|\bop ration/i;

/** Restores the accented words a French OCR text lost to spaces; other texts are returned as they are. */
export function restoreLostAccents(text: string): string {
  if (!SIGNS.test(text)) return text;
  let out = text;
  for (const { pattern, word } of REPAIRS) {
    out = out.replace(pattern, (m) => {
      if (!m.includes(" ")) return m;
      const restored = m[0] === m[0]?.toUpperCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
      return restored.length === m.length ? restored : m;
    });
  }
  return out;
}
