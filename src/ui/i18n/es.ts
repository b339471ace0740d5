import type { PeriodText } from '../../core/status-explanation';
import type { Strings } from './en';

/** "en 2026", "en el 1.er trimestre de 2026", "en el año fiscal 2026", "el 5 de marzo de 2026". */
const enPeriodo = (p: PeriodText) => (p.kind === 'date' ? `el ${p.text}` : p.kind === 'quarter' || p.kind === 'fiscal-year' ? `en el ${p.text}` : `en ${p.text}`);
/** "para 2035", "para el 4.º trimestre de 2035", "para el 31 de diciembre de 2035". */
const paraPeriodo = (p: PeriodText) => (p.kind === 'date' || p.kind === 'quarter' || p.kind === 'fiscal-year' ? `para el ${p.text}` : `para ${p.text}`);
/** Percentages take the article in Spanish: "el 61 %", "la meta del 70 %". */
const el = (value: string | undefined, percent: boolean) => (percent ? `el ${value}` : `${value}`);
const de = (value: string | undefined, percent: boolean) => (percent ? `del ${value}` : `de ${value}`);
const plural = new Intl.PluralRules('es');

export const es: Strings = {
  status: { 'on-track': 'En camino', 'at-risk': 'En riesgo', 'off-track': 'Desviado', 'no-data': 'Sin datos' },
  loading: 'Cargando…',
  errorTitle: 'Datos no disponibles',
  missingMeasure: (id) => `El indicador «${id}» no está en el documento`,
  noMeasure: 'No se eligió ningún indicador: indique el atributo measure',
  noDocument: 'Sin datos: indique src o coloque el elemento dentro de <civic-data>',
  noValues: 'Todavía no hay cifras',
  target: 'Meta',
  change: (delta, previous) => `${delta} desde ${previous}`,
  better: 'mejor',
  worse: 'peor',
  noChange: 'sin cambios',
  overdue: 'Atrasado',
  dueBy: (date) => `la actualización vencía el ${date}`,
  source: 'Fuente',
  moreAbout: 'Sobre este indicador',
  statusSeparator: ': ',
  statusPace: { ahead: 'por delante del ritmo previsto', on: 'al ritmo previsto', 'slightly-behind': 'algo por detrás del ritmo previsto', behind: 'por detrás del ritmo previsto' },
  statusRule: (word, e) => {
    const tolerance = (within: boolean) => (e.tolerance ? `; ${within ? 'dentro de' : 'fuera de'} la tolerancia del ${e.tolerance}` : '');
    const gap =
      e.gapPoints !== undefined ? `${e.gap} ${plural.select(e.gapPoints) === 'one' ? 'punto porcentual' : 'puntos porcentuales'}` : e.gap;
    const side = e.side === 'above' ? 'por encima' : 'por debajo';
    const by = e.targetPeriod ? ` ${paraPeriodo(e.targetPeriod)}` : '';
    const expected = e.period ? ` (previsto ${enPeriodo(e.period)}: ${e.expected})` : '';
    const current = el(e.current, e.percent);
    switch (e.kind) {
      case 'set':
        return `${word}: según lo informado por la ciudad, no calculado a partir de las cifras`;
      case 'no-data':
        return `${word}: todavía no hay cifras`;
      case 'met':
        return `${word}: ${current} alcanza la meta ${de(e.target, e.percent)}`;
      case 'within':
      case 'beyond':
        return `${word}: ${current} está ${gap} ${side} de la meta ${de(e.target, e.percent)}${tolerance(e.kind === 'within')}`;
      case 'path': {
        const path = `la trayectoria hacia la meta ${de(e.target, e.percent)}${by}${expected}`;
        if (e.pace === 'ahead') return `${word}: ${current} va por delante de ${path}`;
        if (e.pace === 'on') return `${word}: ${current} sigue ${path}`;
        if (e.pace === 'slightly-behind') return `${word}: ${current} va algo por detrás de ${path}${tolerance(true)}`;
        return `${word}: ${current} va por detrás de ${path}${tolerance(false)}`;
      }
    }
  },
  trend: (title) => `Evolución de ${title}`,
  selfAssessed: 'Autoevaluación',
  expired: (date) => `Venció el ${date}`,
  notCertified: 'Aún sin certificar',
  unknownProgram: (id) => `Programa de certificación desconocido «${id}»`,
  unknownTier: (tier, program) => `${program} no tiene el nivel «${tier}»`,
  missingCertification: (id) => `La certificación «${id}» no está en el documento`,
  noCertification: 'No se eligió ninguna certificación: indique certification, o program y tier',
  asOf: (period) => `a ${period}`,
  // target gauge
  progress: (pct, start) => `${pct} del camino entre la línea de base (${start}) y la meta`,
  progressFromFirst: (pct, start) => `${pct} del camino entre la primera cifra (${start}) y la meta`,
  targetMet: 'Meta alcanzada',
  losingGround: 'más lejos de la meta que al principio',
  baseline: 'Línea de base',
  bandAtMost: (value) => `como máximo ${value}`,
  bandAtLeast: (value) => `como mínimo ${value}`,
  bandBelow: (value) => `menos de ${value}`,
  bandAbove: (value) => `más de ${value}`,
  bandBetween: (from, to) => `de ${from} a ${to}`,
  noTarget: (id) => `El indicador «${id}» no tiene una meta con la que medir el avance`,
  missingTarget: (id, which) => `El indicador «${id}» no tiene la meta «${which}»`,
  // criteria checklist
  criterionStatus: { met: 'Cumplido', 'in-progress': 'En curso', 'not-met': 'No cumplido' },
  checklistTags: { core: 'Esencial', 'resident-outcome': 'Resultado para residentes' },
  checklistLevel: (tier) => `Nivel ${tier}`,
  checklistMet: (met, total, share, _metCount, totalCount) =>
    `${met} de ${total} ${totalCount === 1 ? 'criterio cumplido' : 'criterios cumplidos'} (${share})`,
  checklistReached: (tier) => `Nivel ${tier} alcanzado`,
  checklistTopTier: (tier) => `Nivel ${tier} alcanzado, el más alto`,
  checklistNoTier: 'Aún no se alcanza ningún nivel',
  checklistNeeds: (tier, needs) => `${tier} requiere ${needs}`,
  checklistMoreCriteria: (n, count) => `${n} ${count === 1 ? 'criterio' : 'criterios'} más`,
  checklistMorePoints: (n, count) => `${n} ${count === 1 ? 'punto' : 'puntos'} más`,
  checklistMoreGroups: (n, count) => `${n} ${count === 1 ? 'grupo' : 'grupos'} más con algún criterio cumplido`,
  checklistMoreTagged: (tag, n, count, level) => {
    const criteria = count === 1 ? 'criterio' : 'criterios';
    if (tag === 'core') return `${n} ${count === 1 ? 'criterio esencial' : 'criterios esenciales'} más`;
    if (tag === 'resident-outcome') return `${n} ${count === 1 ? 'métrica' : 'métricas'} más de resultados para residentes`;
    if (level) return `${n} ${criteria} más del nivel ${level}`;
    return `${n} ${criteria} más con la etiqueta «${tag}»`;
  },
  checklistQuoted: (label) => `«${label}»`,
  checklistAwarded: (tier, year) => (year ? `Otorgado: ${tier} (${year})` : `Otorgado: ${tier}`),
  checklistAwardExpired: (date) => `venció el ${date}`,
  checklistAwardValid: (date) => `vigente hasta el ${date}`,
  checklistAssessed: (date) => `Autoevaluación del ${date}`,
  checklistGroupCounts: (met, inProgress, notMet, metCount, notMetCount) =>
    `${met} ${metCount === 1 ? 'cumplido' : 'cumplidos'}, ${inProgress} en curso, ${notMet} ${notMetCount === 1 ? 'no cumplido' : 'no cumplidos'}`,
  checklistGroupMet: (met, total, totalCount) => `${met} de ${total} ${totalCount === 1 ? 'cumplido' : 'cumplidos'}`,
  checklistBlocked: (names, count) => `Marcado como cumplido, pero solo cuenta cuando ${count === 1 ? 'se cumpla' : 'se cumplan'} ${names}`,
  checklistUnscoredGroup: (tag) => (tag === 'resident-outcome' ? 'Métricas de resultados para residentes' : 'Otros requisitos'),
  checklistUnscored: 'no cuentan en la proporción',
  checklistEvidence: 'Evidencias',
  checklistAbout: 'Acerca de estos criterios',
  checklistProgramPage: (program) => `Sitio web: ${program}`,
  checklistByGroup: 'Avance por grupo',
  checklistNoCriteria: (program) => `No hay criterios en la lista de ${program}`,
  checklistNoMatch: 'Ningún criterio coincide con el filtro',
  checklistShown: (shown, total, _shownCount, totalCount) => `${shown} de ${total} ${totalCount === 1 ? 'criterio mostrado' : 'criterios mostrados'}`,
  checklistNoCertification: 'No se eligió ninguna certificación: indique el atributo certification',
  // kpi chart
  chartRose: (title, from, to, start, end) => `${title} subió de ${from} a ${to} entre ${start} y ${end}`,
  chartFell: (title, from, to, start, end) => `${title} bajó de ${from} a ${to} entre ${start} y ${end}`,
  chartSteady: (title, value, start, end) => `${title} se mantuvo en ${value} entre ${start} y ${end}`,
  chartSingle: (title, value, period) => `${title}: ${value} en ${period}`,
  chartTarget: (target) => `meta: ${target}`,
  chartComparison: (title, period, figures) => `${title}, ${period}: ${figures}`,
  chartLowerBetter: 'cuanto más bajo, mejor',
  chartHigherBetter: 'cuanto más alto, mejor',
  chartBreakdown: (title, dimension, highest, lowest) => `${title} por ${dimension}: máximo ${highest}, mínimo ${lowest}`,
  chartMeeting: (n, total, target, count) => `${n} de ${total} ${count === 1 ? 'alcanza' : 'alcanzan'} la meta de ${target}`,
  chartShowTable: 'Mostrar los datos en una tabla',
  chartHideTable: 'Ocultar la tabla',
  chartPeriod: 'Periodo',
  chartValue: 'Valor',
  chartName: 'Comparado con',
  chartStatus: 'Estado',
  chartMeetsTarget: 'Alcanza la meta',
  chartYes: 'Sí',
  chartNo: 'No',
  chartBaseline: 'Línea de base',
  chartNoComparisons: 'Todavía no hay comparaciones para este indicador',
  chartNoBreakdown: 'Todavía no hay desglose para este indicador',
  chartUnknownView: (view) => `Vista desconocida «${view}»: use trend, comparison o breakdown`,
  chartUnavailable: 'No se pudo dibujar el gráfico; las cifras están en la tabla',
  // status summary
  goalStatus: { 'not-started': 'Sin iniciar', 'in-progress': 'En curso', completed: 'Terminado', ahead: 'Adelantado', behind: 'Retrasado', 'on-hold': 'En pausa', cancelled: 'Cancelado' },
  planKind: (kind, count) =>
    ({ goal: count === 1 ? 'meta estratégica' : 'metas estratégicas', objective: count === 1 ? 'objetivo estratégico' : 'objetivos estratégicos', project: count === 1 ? 'proyecto' : 'proyectos', measure: count === 1 ? 'indicador' : 'indicadores' })[kind] ?? kind,
  // Adjectives agree in number: 3 terminados, 1 retrasado.
  planPart: (count, status, percent) => `${count} ${count !== '1' && /^[^ ]+o$/.test(status) ? `${status.toLowerCase()}s` : status.toLowerCase()} (${percent})`,
  planSentence: (total, kind, parts) => `${total} ${kind}: ${parts}`,
  planNone: (kind) => `Ningún elemento del plan (${kind}) coincide`,
  planUnknownKind: (kind) => `Tipo desconocido «${kind}»: use goal, objective, project o measure`,
  planComputed: (computed, total, computedCount, totalCount) =>
    `${computed} de ${total} ${totalCount === 1 ? 'estado' : 'estados'} ${computedCount === 1 ? 'calculado' : 'calculados'} a partir de sus indicadores`,
  planComputedItem: (n, count) => `${n} ${count === 1 ? 'calculado' : 'calculados'}`,
  // scorecard
  scorecardSearch: 'Buscar indicadores',
  scorecardShown: (shown, total, count) => `${shown} de ${total} ${count === 1 ? 'indicador' : 'indicadores'}`,
  scorecardNone: 'Ningún indicador coincide',
  scorecardOther: 'Otros indicadores',
};
