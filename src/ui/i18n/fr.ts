import type { PeriodText } from '../../core/status-explanation';
import type { Strings } from './en';

/** "en 2026", "au 1er trimestre 2026", "pour l’exercice 2026", "en mars 2026", "le 5 mars 2026". */
const enPeriode = (p: PeriodText) =>
  p.kind === 'date' ? `le ${p.text}` : p.kind === 'quarter' ? `au ${p.text}` : p.kind === 'fiscal-year' ? `pour l’${p.text}` : `en ${p.text}`;
/** "d’ici 2035", "d’ici le 4e trimestre 2035", "d’ici la fin de l’exercice 2035", "d’ici le 31 décembre 2035". */
const dIci = (p: PeriodText) =>
  p.kind === 'date' || p.kind === 'quarter' ? `d’ici le ${p.text}` : p.kind === 'fiscal-year' ? `d’ici la fin de l’${p.text}` : `d’ici ${p.text}`;
const pluriel = new Intl.PluralRules('fr');

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
  statusSeparator: '\u00a0: ',
  statusPace: { ahead: 'en avance sur la trajectoire', on: 'sur la trajectoire', 'slightly-behind': 'légèrement en retard sur la trajectoire', behind: 'en retard sur la trajectoire' },
  statusRule: (word, e) => {
    const tolerance = (within: boolean) => (e.tolerance ? `\u00a0; ${within ? 'dans la' : 'au-delà de la'} tolérance de ${e.tolerance}` : '');
    // French puts 0 and 1 (and anything below 2) in the singular: « 0,5 point ».
    const gap =
      e.gapPoints !== undefined ? `${e.gap} ${pluriel.select(e.gapPoints) === 'one' ? 'point de pourcentage' : 'points de pourcentage'}` : e.gap;
    const side = e.side === 'above' ? 'au-dessus' : 'au-dessous';
    const by = e.targetPeriod ? ` ${dIci(e.targetPeriod)}` : '';
    const expected = e.period ? ` (valeur attendue ${enPeriode(e.period)}\u00a0: ${e.expected})` : '';
    switch (e.kind) {
      case 'set':
        return `${word}\u00a0: statut communiqué par la ville, non calculé à partir des chiffres`;
      case 'no-data':
        return `${word}\u00a0: aucun chiffre publié pour l’instant`;
      case 'met':
        return `${word}\u00a0: ${e.current} atteint l’objectif de ${e.target}`;
      case 'within':
      case 'beyond':
        return `${word}\u00a0: ${e.current}, soit ${gap} ${side} de l’objectif de ${e.target}${tolerance(e.kind === 'within')}`;
      case 'path': {
        const path = `la trajectoire vers l’objectif de ${e.target}${by}${expected}`;
        if (e.pace === 'ahead') return `${word}\u00a0: ${e.current}, en avance sur ${path}`;
        if (e.pace === 'on') return `${word}\u00a0: ${e.current}, sur ${path}`;
        if (e.pace === 'slightly-behind') return `${word}\u00a0: ${e.current}, légèrement en retard sur ${path}${tolerance(true)}`;
        return `${word}\u00a0: ${e.current}, en retard sur ${path}${tolerance(false)}`;
      }
    }
  },
  moreAbout: 'À propos de cet indicateur',
  trend: (title) => `Évolution de ${title}`,
  selfAssessed: 'Auto-évaluation',
  expired: (date) => `Expiré le ${date}`,
  notCertified: 'Pas encore certifié',
  unknownProgram: (id) => `Programme de certification inconnu « ${id} »`,
  unknownTier: (tier, program) => `${program} n’a pas de niveau « ${tier} »`,
  missingCertification: (id) => `La certification « ${id} » n’est pas dans le document`,
  noCertification: 'Aucune certification choisie : renseignez certification, ou program et tier',
  asOf: (period) => `au ${period}`,
  // target gauge
  progress: (pct, start) => `${pct} du chemin entre la valeur de référence (${start}) et l’objectif`,
  progressFromFirst: (pct, start) => `${pct} du chemin entre le premier chiffre (${start}) et l’objectif`,
  targetMet: 'Objectif atteint',
  losingGround: 'plus loin de l’objectif qu’au départ',
  baseline: 'Valeur de référence',
  bandAtMost: (value) => `au plus ${value}`,
  bandAtLeast: (value) => `au moins ${value}`,
  bandBelow: (value) => `moins de ${value}`,
  bandAbove: (value) => `plus de ${value}`,
  bandBetween: (from, to) => `de ${from} à ${to}`,
  noTarget: (id) => `L’indicateur « ${id} » n’a pas d’objectif pour mesurer les progrès`,
  missingTarget: (id, which) => `L’indicateur « ${id} » n’a pas d’objectif « ${which} »`,
  // criteria checklist
  criterionStatus: { met: 'Rempli', 'in-progress': 'En cours', 'not-met': 'Non rempli' },
  checklistTags: { core: 'Essentiel', 'resident-outcome': 'Résultat pour les habitants' },
  checklistLevel: (tier) => `Niveau ${tier}`,
  checklistMet: (met, total, share, metCount, _totalCount) =>
    `${met} ${metCount < 2 ? 'critère rempli' : 'critères remplis'} sur ${total} (${share})`,
  checklistReached: (tier) => `Niveau ${tier} atteint`,
  checklistTopTier: (tier) => `Niveau ${tier} atteint, le plus élevé`,
  checklistNoTier: 'Aucun niveau atteint pour l’instant',
  checklistNeeds: (tier, needs) => `${tier} demande encore ${needs}`,
  checklistMoreCriteria: (n, count) => `${n} ${count < 2 ? 'critère' : 'critères'}`,
  checklistMorePoints: (n, count) => `${n} ${count < 2 ? 'point' : 'points'}`,
  checklistMoreGroups: (n, count) => `${n} ${count < 2 ? 'groupe' : 'groupes'} avec au moins un critère rempli`,
  checklistMoreTagged: (tag, n, count, level) => {
    const criteria = count < 2 ? 'critère' : 'critères';
    if (tag === 'core') return `${n} ${count < 2 ? 'critère essentiel' : 'critères essentiels'}`;
    if (tag === 'resident-outcome') return `${n} ${count < 2 ? 'indicateur' : 'indicateurs'} de résultat pour les habitants`;
    if (level) return `${n} ${criteria} du niveau ${level}`;
    return `${n} ${criteria} avec l’étiquette « ${tag} »`;
  },
  checklistQuoted: (label) => `« ${label} »`,
  checklistAwarded: (tier, year) => (year ? `Décerné : ${tier} (${year})` : `Décerné : ${tier}`),
  checklistAwardExpired: (date) => `expiré le ${date}`,
  checklistAwardValid: (date) => `valable jusqu’au ${date}`,
  checklistAssessed: (date) => `Auto-évaluation du ${date}`,
  checklistGroupCounts: (met, inProgress, notMet, metCount, notMetCount) =>
    `${met} ${metCount < 2 ? 'rempli' : 'remplis'}, ${inProgress} en cours, ${notMet} ${notMetCount < 2 ? 'non rempli' : 'non remplis'}`,
  checklistGroupMet: (met, total, _totalCount) => `${met} sur ${total} remplis`,
  checklistBlocked: (names, count) => `Déclaré rempli, mais ne compte pas tant que ${names} ${count < 2 ? 'n’est pas rempli' : 'ne sont pas remplis'}`,
  checklistUnscoredGroup: (tag) => (tag === 'resident-outcome' ? 'Indicateurs de résultat pour les habitants' : 'Autres exigences'),
  checklistUnscored: 'non comptés dans la part',
  checklistEvidence: 'Justificatifs',
  checklistAbout: 'À propos de ces critères',
  checklistProgramPage: (program) => `Site web : ${program}`,
  checklistByGroup: 'Avancement par groupe',
  checklistNoCriteria: (program) => `Aucun critère n’est répertorié pour ${program}`,
  checklistNoMatch: 'Aucun critère ne correspond au filtre',
  checklistShown: (shown, total, shownCount, _totalCount) => `${shown} ${shownCount < 2 ? 'critère affiché' : 'critères affichés'} sur ${total}`,
  checklistNoCertification: 'Aucune certification choisie : renseignez l’attribut certification',
  // kpi chart
  chartRose: (title, from, to, start, end) => `${title} : hausse de ${from} à ${to} entre ${start} et ${end}`,
  chartFell: (title, from, to, start, end) => `${title} : baisse de ${from} à ${to} entre ${start} et ${end}`,
  chartSteady: (title, value, start, end) => `${title} : stable à ${value} entre ${start} et ${end}`,
  chartSingle: (title, value, period) => `${title} : ${value} en ${period}`,
  chartTarget: (target) => `objectif ${target}`,
  chartComparison: (title, period, figures) => `${title}, ${period} : ${figures}`,
  chartLowerBetter: 'plus c’est bas, mieux c’est',
  chartHigherBetter: 'plus c’est haut, mieux c’est',
  chartBreakdown: (title, dimension, highest, lowest) => `${title} par ${dimension} : maximum ${highest}, minimum ${lowest}`,
  chartMeeting: (n, total, target, count) => `${n} sur ${total} ${count < 2 ? 'atteint' : 'atteignent'} l’objectif de ${target}`,
  chartShowTable: 'Afficher les données en tableau',
  chartHideTable: 'Masquer le tableau',
  chartPeriod: 'Période',
  chartValue: 'Valeur',
  chartName: 'Comparé à',
  chartStatus: 'Statut',
  chartMeetsTarget: 'Atteint l’objectif',
  chartYes: 'Oui',
  chartNo: 'Non',
  chartBaseline: 'Valeur de référence',
  chartNoComparisons: 'Pas encore de comparaison pour cet indicateur',
  chartNoBreakdown: 'Pas encore de ventilation pour cet indicateur',
  chartUnknownView: (view) => `Vue inconnue « ${view} » : utilisez trend, comparison ou breakdown`,
  chartUnavailable: 'Le graphique n’a pas pu être dessiné ; les chiffres sont dans le tableau',
  // status summary
  goalStatus: { 'not-started': 'Pas commencé', 'in-progress': 'En cours', completed: 'Terminé', ahead: 'En avance', behind: 'En retard', 'on-hold': 'Suspendu', cancelled: 'Annulé' },
  planKind: (kind, count) =>
    ({ goal: count === 1 ? 'but stratégique' : 'buts stratégiques', objective: count === 1 ? 'objectif stratégique' : 'objectifs stratégiques', project: count === 1 ? 'projet' : 'projets', measure: count === 1 ? 'indicateur' : 'indicateurs' })[kind] ?? kind,
  // Adjectives agree in number: 3 terminés, 1 suspendu.
  planPart: (count, status, percent) => `${count} ${count !== '1' && /^[^ ]+[éu]$/.test(status) ? `${status.toLowerCase()}s` : status.toLowerCase()} (${percent})`,
  planSentence: (total, kind, parts) => `${total} ${kind} : ${parts}`,
  planNone: (kind) => `Aucun élément du plan (${kind}) ne correspond`,
  planUnknownKind: (kind) => `Type inconnu « ${kind} » : utilisez goal, objective, project ou measure`,
  planComputed: (computed, total, computedCount, _totalCount) =>
    `${computed} ${computedCount === 1 ? 'statut' : 'statuts'} sur ${total} ${computedCount === 1 ? 'calculé' : 'calculés'} à partir des indicateurs`,
  planComputedItem: (n, count) => `${n} ${count === 1 ? 'calculé' : 'calculés'}`,
  // scorecard
  scorecardSearch: 'Rechercher un indicateur',
  scorecardShown: (shown, total, count) => `${shown} sur ${total} ${count === 1 ? 'indicateur affiché' : 'indicateurs affichés'}`,
  scorecardNone: 'Aucun indicateur ne correspond',
  scorecardOther: 'Autres indicateurs',
};
