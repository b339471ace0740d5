import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { statusExplanation } from '../../src/core/status-explanation';
import { en } from '../../src/ui/i18n/en';
import { es } from '../../src/ui/i18n/es';
import { fr } from '../../src/ui/i18n/fr';
import type { Strings } from '../../src/ui/i18n/en';

const m = (patch: Partial<Measure> = {}): Measure => ({
  id: 'm',
  title: 'M',
  better: 'higher',
  values: [],
  targets: [],
  tolerance: 0.05,
  comparisons: [],
  ...patch,
});

const minutes = (value: number) =>
  m({
    better: 'lower',
    format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    values: [{ period: '2026-Q1', value }],
    targets: [{ value: 7 }],
    tolerance: 0.1,
  });
const share = (value: number, patch: Partial<Measure> = {}) =>
  m({ format: { style: 'percent' }, values: [{ period: '2025', value }], targets: [{ value: 0.7 }], ...patch });
/** 25% in 2025 toward 32% by 2035: the path is at 25.7% in 2026. */
const canopy = (value: number) =>
  m({
    format: { style: 'percent', maximumFractionDigits: 1 },
    values: [
      { period: '2025', value: 0.25 },
      { period: '2026', value },
    ],
    baseline: { value: 0.25, period: '2025' },
    targets: [{ value: 0.32, period: '2035' }],
  });

const sentence = (measure: Measure, strings: Strings, locale: string) => {
  const e = statusExplanation(measure, { locale })!;
  return strings.statusRule(strings.status[e.status], e);
};
/** The sentence with no-break spaces (Intl's and French punctuation's) written as spaces. */
const say = (measure: Measure, strings: Strings, locale: string) => sentence(measure, strings, locale).replace(/[\u00a0\u202f]/g, ' ');

describe('statusExplanation and the sentences of the strings tables', () => {
  it('against the target: met, within the tolerance, beyond it', () => {
    assert.equal(say(minutes(7.4), en, 'en-US'), 'At risk: 7.4 min is 0.4 min above the target of 7.0 min; within the 10% tolerance');
    assert.equal(say(minutes(6.8), en, 'en-US'), 'On track: 6.8 min meets the target of 7.0 min');
    assert.equal(say(share(0.61), en, 'en-US'), 'Off track: 61% is 9 points below the target of 70%; more than the 5% tolerance');
    assert.equal(say(share(0.69), en, 'en-US'), 'At risk: 69% is 1 point below the target of 70%; within the 5% tolerance');
    assert.equal(say(share(0.33, { targets: [{ value: 0.32 }] }), en, 'en-US'), 'On track: 33% meets the target of 32%');
    assert.equal(say(share(0.61, { tolerance: 0 }), en, 'en-US'), 'Off track: 61% is 9 points below the target of 70%');
  });

  it('on the path to a future target', () => {
    assert.equal(say(canopy(0.27), en, 'en-US'), 'On track: 27% is ahead of the path to 32% by 2035 (expected 25.7% in 2026)');
    assert.equal(say(canopy(0.25), en, 'en-US'), 'At risk: 25% is slightly behind the path to 32% by 2035 (expected 25.7% in 2026); within the 5% tolerance');
    assert.equal(say(canopy(0.2), en, 'en-US'), 'Off track: 20% is behind the path to 32% by 2035 (expected 25.7% in 2026); more than the 5% tolerance');
    const e = statusExplanation(canopy(0.27), { locale: 'en-US' })!;
    assert.equal(e.pace, 'ahead');
    assert.equal(`${en.status[e.status]}${en.statusSeparator}${en.statusPace[e.pace!]}`, 'On track: ahead of pace');
  });

  it('a status the document sets, and no figure yet', () => {
    assert.equal(say(share(0.2, { status: 'on-track' }), en, 'en-US'), 'On track: as reported by the city, not computed from the figures');
    assert.equal(say(m({ values: [{ period: '2025', value: null }], targets: [{ value: 1 }] }), en, 'en-US'), 'No data: no figure reported yet');
    assert.equal(statusExplanation(m({ values: [{ period: '2025', value: 1 }] }), { locale: 'en-US' }), undefined);
  });

  it('Spanish: articles before percentages, plural of points, prepositions by period', () => {
    assert.equal(say(minutes(7.4), es, 'es-ES'), 'En riesgo: 7,4 min está 0,4 min por encima de la meta de 7,0 min; dentro de la tolerancia del 10 %');
    assert.equal(say(share(0.61), es, 'es-ES'), 'Desviado: el 61 % está 9 puntos porcentuales por debajo de la meta del 70 %; fuera de la tolerancia del 5 %');
    assert.equal(say(share(0.69), es, 'es-ES'), 'En riesgo: el 69 % está 1 punto porcentual por debajo de la meta del 70 %; dentro de la tolerancia del 5 %');
    assert.equal(say(canopy(0.27), es, 'es-ES'), 'En camino: el 27 % va por delante de la trayectoria hacia la meta del 32 % para 2035 (previsto en 2026: 25,7 %)');
    const quarterly = m({
      values: [{ period: '2026-Q1', value: 20 }],
      baseline: { value: 10, period: '2024-Q4' },
      targets: [{ value: 50, period: '2030-Q4' }],
    });
    assert.equal(say(quarterly, es, 'es-ES'), 'En camino: 20 va por delante de la trayectoria hacia la meta de 50 para el 4.º trimestre de 2030 (previsto en el 1.er trimestre de 2026: 18,3)');
  });

  it('French: spaces before colons and semicolons, singular below two, prepositions by period', () => {
    assert.match(sentence(minutes(7.4), fr, 'fr-FR'), /^À surveiller\u00a0: .*\u00a0; dans/);
    assert.equal(say(minutes(7.4), fr, 'fr-FR'), 'À surveiller : 7,4 min, soit 0,4 min au-dessus de l’objectif de 7,0 min ; dans la tolérance de 10 %');
    assert.equal(say(share(0.61), fr, 'fr-FR'), 'En retard : 61 %, soit 9 points de pourcentage au-dessous de l’objectif de 70 % ; au-delà de la tolérance de 5 %');
    const half = share(0.695, { format: { style: 'percent', maximumFractionDigits: 1 } });
    assert.match(say(half, fr, 'fr-FR'), /soit 0,5 point de pourcentage au-dessous/);
    const fiscal = m({
      values: [{ period: 'FY2026', value: 20 }],
      baseline: { value: 10, period: 'FY2024' },
      targets: [{ value: 60, period: 'FY2034' }],
    });
    assert.equal(say(fiscal, fr, 'fr-FR'), 'En bonne voie : 20, sur la trajectoire vers l’objectif de 60 d’ici la fin de l’exercice 2034 (valeur attendue pour l’exercice 2026 : 20)');
  });
});
