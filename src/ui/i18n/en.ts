/** English UI strings; Spanish and French follow the same shape. */
export const en = {
  status: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' },
  loading: 'Loading…',
  errorTitle: 'Data unavailable',
  missingMeasure: (id: string) => `Measure “${id}” is not in the document`,
  noMeasure: 'No measure chosen: set the measure attribute',
  noDocument: 'No data: set src, or place the element inside <civic-data>',
  noValues: 'No figures reported yet',
  target: 'Target',
  change: (delta: string, previous: string) => `${delta} since ${previous}`,
  better: 'better',
  worse: 'worse',
  noChange: 'no change',
  overdue: 'Overdue',
  dueBy: (date: string) => `update was due ${date}`,
  source: 'Source',
  moreAbout: 'About this measure',
  trend: (title: string) => `Trend of ${title}`,
  selfAssessed: 'Self-assessed',
  expired: (date: string) => `Expired ${date}`,
  notCertified: 'Not certified yet',
  unknownProgram: (id: string) => `Unknown certification program “${id}”`,
  unknownTier: (tier: string, program: string) => `${program} has no tier “${tier}”`,
  missingCertification: (id: string) => `Certification “${id}” is not in the document`,
  noCertification: 'No certification chosen: set the certification attribute, or program and tier',
  asOf: (period: string) => `as of ${period}`,
  // target gauge
  progress: (pct: string, start: string) => `${pct} of the way from the baseline (${start}) to the target`,
  progressFromFirst: (pct: string, start: string) => `${pct} of the way from the first figure (${start}) to the target`,
  targetMet: 'Target met',
  losingGround: 'further from the target than at the start',
  baseline: 'Baseline',
  bandAtMost: (value: string) => `at most ${value}`,
  bandAtLeast: (value: string) => `at least ${value}`,
  bandBelow: (value: string) => `below ${value}`,
  bandAbove: (value: string) => `above ${value}`,
  bandBetween: (from: string, to: string) => `${from} to ${to}`,
  noTarget: (id: string) => `Measure “${id}” has no target to measure progress against`,
  missingTarget: (id: string, which: string) => `Measure “${id}” has no target “${which}”`,
} as const;

export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [S in keyof (typeof en)[K]]: string };
};
