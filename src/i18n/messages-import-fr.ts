import type { importEn } from "./messages-import-en.ts";

/** Reading one's own documents in the app (src/import): the words in French, every key of the English table and no other. */
export const importFr: Record<keyof typeof importEn, string> = {
  "import.open": "Ouvrir des documents…",
  "import.add": "Ajouter des documents…",
  "import.menuTitle": "Faire l’organigramme de vos descriptions de travail",
  "import.formats":
    "Word (.docx), PDF, documents numérisés et images (.png, .jpg, .tif), fichiers .md et .txt. Ils sont lus sur cet ordinateur; rien n’est téléversé.",
  "import.chooseFiles": "Choisir des fichiers…",
  "import.chooseFolder": "Choisir un dossier…",
  "import.dropHint": "Ou déposez des fichiers ou un dossier n’importe où sur cette page.",
  "import.addHint":
    "Les nouveaux fichiers s’ajoutent aux {n} déjà conservés; un fichier du même nom remplace l’ancien.",
  "import.showMine": "Afficher l’organigramme de mes documents ({n} fichiers)",
  "import.dropTitle": "Déposez pour faire l’organigramme de ces documents",
  "import.dropBody": "Ils sont lus sur cet ordinateur; rien n’est téléversé.",
  "import.region": "Ouverture des documents",
  "import.reading": "Lecture {at} sur {count} : {file}",
  "import.readingPage": "Lecture {at} sur {count} : {file}, page {page} sur {pages}",
  "import.readingOcr": "Lecture {at} sur {count} : {file}, ROC page {page} sur {pages}",
  "import.charting": "Recherche des postes et des liens hiérarchiques dans {n} documents…",
  "import.started.one": "Lecture de {n} fichier…",
  "import.started.other": "Lecture de {n} fichiers…",
  "import.cancel": "Annuler",
  "import.close": "Fermer",
  "import.progress": "Progression",
  "import.done": "{read} fichiers lus sur {count} : l’organigramme compte {positions} postes.",
  "import.doneAll.one": "{n} fichier lu : l’organigramme compte {positions} postes.",
  "import.doneAll.other": "{n} fichiers lus : l’organigramme compte {positions} postes.",
  "import.unchanged":
    "Aucun de ces fichiers ne décrit un poste; l’organigramme n’a donc pas changé.",
  "import.problems.one": "{n} fichier demande votre attention :",
  "import.problems.other": "{n} fichiers demandent votre attention :",
  "import.ignored.one": "{n} fichier du dossier n’est pas un document et a été laissé de côté.",
  "import.ignored.other":
    "{n} fichiers du dossier ne sont pas des documents et ont été laissés de côté.",
  "import.cancelled": "L’ouverture a été annulée; l’organigramme n’a pas changé.",
  "import.failed": "Les documents n’ont pas pu être lus : {reason}",
  "import.source.other":
    "Vos documents : {n} fichiers, lus sur cet ordinateur; rien n’a été téléversé.",
  "import.source.one":
    "Vos documents : {n} fichier, lu sur cet ordinateur; rien n’a été téléversé.",
  "import.storage.full":
    "L’espace de stockage de ce navigateur est plein : l’organigramme n’est pas conservé et disparaîtra à la fermeture de la page. Téléchargez le graphe pour le garder.",
  "import.storage.blocked":
    "Ce navigateur ne permet pas de conserver des données (fenêtre privée?) : l’organigramme disparaîtra à la fermeture de la page. Téléchargez le graphe pour le garder.",
  "import.download": "Télécharger le graphe",
  "import.downloadHint": "graph.json et le texte des documents, pour publier cet organigramme",
  "import.downloaded": "{file} enregistré.",
  "import.remove": "Retirer mes documents",
  "import.removeConfirm":
    "Retirer les {n} documents et leur organigramme de ce navigateur? Vos fichiers sur le disque ne sont pas touchés.",
  "import.removeYes": "Retirer",
  "import.removeNo": "Les garder",
  "import.builtIn": "Afficher l’organigramme intégré",
  "import.sourceLabel": "Provenance de cet organigramme",
  "import.missing.title": "Ce lien renvoie à des documents sur un autre ordinateur",
  "import.missing.body":
    "Il a été fait à partir de descriptions de travail ouvertes dans Org Atlas sur un autre ordinateur ou dans un autre navigateur (ou retirées depuis de celui-ci). Les documents ouverts dans Org Atlas ne quittent jamais l’ordinateur où ils ont été ouverts : cet organigramme ne peut donc pas être affiché ici.",
  "import.missing.next":
    "Demandez à la personne qui l’a envoyé une image, un PDF ou le fichier du graphe, ou ouvrez vos propres documents.",
};
