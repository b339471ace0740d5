import type { Strings } from './en';

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
  trend: (title) => `Evolución de ${title}`,
  asOf: (period) => `a ${period}`,
};
