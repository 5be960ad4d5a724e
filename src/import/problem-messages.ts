import { PROBLEMS } from "../convert/messages.ts";
import type { Language } from "../i18n/messages.ts";
import type { ImportProblemCode } from "../convert/import-session.ts";

/**
 * Why a file is not on the chart, in both languages. English is the conversion layer's own table
 * (src/convert/messages.ts) plus the import's few codes; loaded with the import's report, not at
 * start-up.
 */
export const IMPORT_PROBLEMS: Record<Language, Record<ImportProblemCode, string>> = {
  en: {
    ...PROBLEMS,
    unreadable:
      "It could not be read from the disk (it may have been moved, or be open in another program).",
    "no-title":
      "No position title was found in it, so it is not on the chart; its text is kept for reading.",
    empty: "It has no text, so it is not on the chart.",
    binary: "It is not a text file (it contains binary data), so it was not read.",
  },
  fr: {
    "legacy-word":
      "C’est un ancien document Word (.doc). Enregistrez-le en .docx ou en PDF et ouvrez-le de nouveau.",
    "rich-text":
      "C’est un fichier texte enrichi (.rtf). Enregistrez-le en .docx ou en PDF et ouvrez-le de nouveau.",
    "open-document":
      "C’est un fichier OpenDocument (.odt). Enregistrez-le en .docx ou en PDF et ouvrez-le de nouveau.",
    "unsupported-type":
      "Ce type de fichier n’est pas lu. Enregistrez-le en .docx ou en PDF (ou en .md ou .txt) et ouvrez-le de nouveau.",
    "password-protected":
      "Le PDF est protégé par un mot de passe. Enregistrez-en une copie non protégée (ou un .docx) et ouvrez-la.",
    "corrupt-docx":
      "Le fichier Word est endommagé ou incomplet et n’a pas pu être ouvert. Enregistrez-le de nouveau depuis Word et ouvrez la nouvelle copie.",
    "corrupt-pdf":
      "Le PDF est endommagé ou incomplet et n’a pas pu être ouvert. Enregistrez-le ou téléchargez-le de nouveau et ouvrez la nouvelle copie.",
    "corrupt-image":
      "L’image n’a pas pu être lue. Enregistrez-la de nouveau en PNG ou en JPEG et ouvrez-la.",
    "zip-archive":
      "C’est une archive zip. Décompressez-la et ouvrez les documents qu’elle contient.",
    "zip-bomb":
      "Le fichier Word se décompresse en beaucoup plus de données qu’un document n’en contient; il n’a donc pas été ouvert. Enregistrez-le de nouveau depuis Word et ouvrez la nouvelle copie.",
    "too-large":
      "Le fichier dépasse 50 Mo; il n’a donc pas été ouvert. Divisez-le ou enregistrez-en une copie plus petite.",
    "too-many-pages":
      "Le PDF compte plus de 300 pages; il n’a donc pas été ouvert. Enregistrez les descriptions de travail dans des fichiers distincts.",
    "empty-file": "Le fichier est vide.",
    "no-text":
      "Aucun texte n’y a été trouvé (une image sans mots, ou un document numérisé trop pâle pour être lu).",
    "ocr-unavailable":
      "C’est un document numérisé ou une image, qui demande la reconnaissance de texte (ROC), non disponible ici.",
    cancelled: "La lecture a été annulée.",
    failed:
      "Il n’a pas pu être lu à cause d’une erreur inattendue. Veuillez la signaler en précisant le type de fichier.",
    unreadable:
      "Il n’a pas pu être lu sur le disque (il a peut-être été déplacé, ou il est ouvert dans un autre programme).",
    "no-title":
      "Aucun titre de poste n’y a été trouvé : il ne figure pas dans l’organigramme, mais son texte reste lisible.",
    empty: "Il ne contient aucun texte; il ne figure donc pas dans l’organigramme.",
    binary:
      "Ce n’est pas un fichier texte (il contient des données binaires); il n’a donc pas été lu.",
  },
};
