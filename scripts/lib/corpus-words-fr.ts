/**
 * French vocabulary for the synthetic job descriptions (corpus.ts, corpus-real.ts), in the
 * wording of the collection's French descriptions: roles with their feminine forms, units named
 * with their article ("Opérations des pensions"), running text in the third person.
 */

/** Roles by level, masculine and feminine, as titles and after "du" / "de la" in sentences. */
export const ROLES_FR: readonly {
  title: string;
  feminine: string;
  classifications: readonly string[];
}[] = [
  {
    title: "Sous-ministre adjoint",
    feminine: "sous-ministre adjointe",
    classifications: ["EX-04", "EX-05"],
  },
  { title: "Directeur général", feminine: "directrice générale", classifications: ["EX-03"] },
  { title: "Directeur", feminine: "directrice", classifications: ["EX-01", "EX-02"] },
  { title: "Gestionnaire", feminine: "gestionnaire", classifications: ["PM-06", "EC-07", "AS-07"] },
  { title: "Chef d'équipe", feminine: "cheffe d'équipe", classifications: ["PM-04", "AS-04"] },
  { title: "Superviseur", feminine: "superviseure", classifications: ["PM-03", "CR-05"] },
];

/** What a unit does, first word of a qualifier. */
export const FUNCTIONS_FR = [
  "Opérations",
  "Politiques",
  "Programmes",
  "Analyse",
  "Planification",
  "Services",
  "Gestion",
  "Prestation",
  "Conformité",
  "Recherche",
  "Coordination",
  "Intégrité",
  "Évaluation",
  "Soutien",
  "Partenariats",
  "Relations",
  "Communications",
  "Surveillance",
  "Stratégies",
  "Données",
];

/** What a unit works on, with its article, completing a qualifier. */
export const AREAS_FR = [
  "des pensions",
  "des prestations",
  "de l'assurance-emploi",
  "des passeports",
  "de l'immigration",
  "des services aux clients",
  "des subventions et contributions",
  "des compétences",
  "de l'apprentissage",
  "du marché du travail",
  "des travailleurs étrangers temporaires",
  "de la sécurité du revenu",
  "des aînés",
  "des personnes handicapées",
  "de la main-d'œuvre",
  "des métiers spécialisés",
  "du développement communautaire",
  "des langues officielles",
  "de la paye",
  "des biens immobiliers",
  "de l'approvisionnement",
  "des ressources humaines",
  "des technologies de l'information",
  "de la gestion de l'information",
  "des régions",
  "du Québec",
  "de l'Atlantique",
  "du Nord",
  "des centres d'appels",
  "de la sécurité",
];

export const BRANCHES_FR = [
  "Compétences et emploi",
  "Sécurité du revenu et développement social",
  "Politique stratégique et recherche",
  "Service Canada, Région du Québec",
  "Programme du travail",
  "Affaires publiques et relations avec les intervenants",
  "Services ministériels",
  "Apprentissage",
];

export const DEPARTMENTS_FR = [
  "Emploi et Développement social Canada",
  "Développement social Canada",
  "Ressources humaines et Développement des compétences Canada",
  "Service Canada",
  "Patrimoine canadien",
  "Travail Canada",
];

export const CITIES_FR = [
  "Gatineau (Québec)",
  "Montréal (Québec)",
  "Québec (Québec)",
  "Moncton (Nouveau-Brunswick)",
  "Ottawa (Ontario)",
  "Sherbrooke (Québec)",
];

export const MONTHS_FR = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** "l'un des trois postes": counts in words, from two. */
export const COUNT_WORDS_FR = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
];

export const DUTIES_FR = [
  "diriger l'élaboration des politiques et des programmes du secteur",
  "assurer la coordination des activités avec les régions",
  "gérer les ressources humaines et financières de la direction",
  "conseiller la haute direction sur les enjeux émergents",
  "représenter le Ministère auprès des provinces et des territoires",
  "superviser la prestation des services aux clients",
  "établir des réseaux avec les intervenants nationaux",
  "préparer les notes d'information et la correspondance ministérielle",
  "veiller à l'intégrité des paiements et des processus",
  "mettre en œuvre le cadre de mesure du rendement",
];

export const SENTENCES_FR = [
  "Le ou la titulaire travaille en étroite collaboration avec les autres directions du Ministère.",
  "Le Ministère a le mandat d'aider à renforcer les assises sociales et économiques du Canada.",
  "Le directeur ou la directrice doit concilier des objectifs divergents entre de nombreux intervenants.",
  "Les décisions prises ont une incidence directe sur les services offerts aux Canadiens et aux Canadiennes.",
  "Le travail exige une connaissance approfondie des politiques gouvernementales et des programmes.",
  "La direction appuie les priorités du gouvernement en matière de prestation de services.",
  "Le ou la titulaire doit établir et maintenir des relations de travail efficaces avec les partenaires.",
  "Les enjeux sont complexes et font souvent l'objet d'un examen public et médiatique.",
  "La planification intégrée des activités et des ressources est essentielle à l'atteinte des résultats.",
  "Le contexte opérationnel évolue rapidement en raison des nouvelles technologies.",
];
