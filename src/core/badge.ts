/**
 * The tier badge's view: which tier, of which program, awarded or self-assessed, current or
 * expired. Shared by the element and (later) the command line, so the two never drift.
 */
import { awardState, evaluateCertification, findProgram, isExpired } from './certification';
import { leanPrograms } from './programs/lean';
import type { Certification, CivicDocument, Program } from './document';
import { safeUrl } from './url';
import { NEUTRAL_BADGE, type BadgeView } from './view';

/** A badge from attributes alone: `program="wwc-2023" tier="silver" year="2023"`. */
export function standaloneBadge(
  programId: string,
  tierId: string | undefined,
  options: { year?: string; expires?: string; href?: string; asOf?: Date } = {},
): BadgeView | { error: 'program' | 'tier' } {
  const program = findProgram(programId, undefined, leanPrograms);
  if (!program) return { error: 'program' };
  const tier = program.tiers.find((t) => t.id === tierId);
  if (!tier) return { error: 'tier' };
  const expired = isExpired(options.expires, options.asOf);
  return finish(program, tier.label, expired ? NEUTRAL_BADGE : (tier.color ?? NEUTRAL_BADGE), expired ? 'expired' : 'awarded', options);
}

/**
 * A badge from a certification of the document: the awarded tier (expired when past its
 * expiry), or with `estimate` the tier the self-assessment reaches.
 */
export function certificationBadge(
  certification: Certification,
  document: Pick<CivicDocument, 'programs'>,
  options: { estimate?: boolean; href?: string; asOf?: Date } = {},
): BadgeView | undefined {
  const evaluation = evaluateCertification(certification, document, leanPrograms);
  if (!evaluation) return undefined;
  const { program } = evaluation;
  if (options.estimate) {
    const tier = evaluation.reached;
    const year = certification.assessed?.slice(0, 4);
    return finish(program, tier?.label ?? '', tier?.color ?? NEUTRAL_BADGE, tier ? 'self-assessed' : 'none', {
      ...(year ? { year } : {}),
      ...(options.href ? { href: options.href } : {}),
    });
  }
  const award = certification.awarded;
  const tier = evaluation.awarded;
  if (!award || !tier) return finish(program, '', NEUTRAL_BADGE, 'none', options.href ? { href: options.href } : {});
  const expired = awardState(certification, options.asOf) === 'expired';
  const extra: { year?: string; expires?: string; href?: string } = {};
  if (award.date) extra.year = award.date.slice(0, 4);
  if (award.expires) extra.expires = award.expires;
  const href = options.href ?? award.url;
  if (href) extra.href = href;
  return finish(program, tier.label, expired ? NEUTRAL_BADGE : (tier.color ?? NEUTRAL_BADGE), expired ? 'expired' : 'awarded', extra);
}

function finish(
  program: Program,
  tierLabel: string,
  color: string,
  state: BadgeView['state'],
  options: { year?: string; expires?: string; href?: string },
): BadgeView {
  const view: BadgeView = { programName: program.name, tierLabel, color, state };
  if (options.year) view.year = options.year;
  if (options.expires) view.expires = options.expires;
  const url = safeUrl(options.href) ?? (options.href === undefined ? safeUrl(program.url) : undefined);
  if (url) view.url = url;
  return view;
}
