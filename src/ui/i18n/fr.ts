import type { Strings } from './en';

export const fr: Strings = {
  status: { 'on-track': 'En bonne voie', 'at-risk': 'À surveiller', 'off-track': 'En retard', 'no-data': 'Pas de données' },
  loading: 'Chargement…',
  errorTitle: 'Données indisponibles',
  missingMeasure: (id) => `L’indicateur « ${id} » n’est pas dans le document`,
  noMeasure: 'Aucun indicateur choisi : renseignez l’attribut measure',
  noDocument: 'Pas de données : renseignez src ou placez l’élément dans <civic-data>',
  noValues: 'Aucun chiffre publié pour l’instant',
  target: 'Objectif',
  change: (delta, previous) => `${delta} depuis ${previous}`,
  better: 'mieux',
  worse: 'moins bien',
  noChange: 'stable',
  overdue: 'En retard de publication',
  dueBy: (date) => `mise à jour attendue le ${date}`,
  source: 'Source',
  moreAbout: 'À propos de cet indicateur',
  trend: (title) => `Évolution de ${title}`,
  asOf: (period) => `au ${period}`,
};
