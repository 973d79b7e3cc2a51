import { Finding, controlPath } from '../compliance/finding';
import { CampaignForm, FLAGS } from './campaign-form';

export type ReadinessState = 'ok' | 'warning' | 'error' | 'missing';

export interface ReadinessItem {
  key: string;
  label: string;
  state: ReadinessState;
  detail: string;
}

const SECTIONS: readonly { key: string; label: string; paths: readonly string[] }[] = [
  { key: 'brand', label: 'An approved brand', paths: ['brandId'] },
  { key: 'usecase', label: 'A use case the brand may use', paths: ['usecase', 'subUsecases'] },
  { key: 'description', label: 'A clear description', paths: ['description'] },
  { key: 'messageFlow', label: 'How people opt in', paths: ['messageFlow'] },
  { key: 'samples', label: '2–5 sample messages', paths: ['samples'] },
  {
    key: 'replies',
    label: 'Help, opt-in and opt-out replies',
    paths: ['helpMessage', 'optinMessage', 'optoutMessage'],
  },
  {
    key: 'keywords',
    label: 'Keywords',
    paths: ['helpKeywords', 'optinKeywords', 'optoutKeywords'],
  },
  {
    key: 'flags',
    label: 'Content flags and links',
    paths: [
      ...FLAGS.map((f) => f.name),
      'embeddedLinkSample',
      'privacyPolicyLink',
      'termsAndConditionsLink',
    ],
  },
];

function within(path: string, paths: readonly string[]): boolean {
  return paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/**
 * The campaign's readiness, section by section: an error finding or an unfilled required field
 * holds it back; warnings are advice. Findings about no known field make an "Other checks" line.
 */
export function readiness(form: CampaignForm, findings: readonly Finding[]): ReadinessItem[] {
  const items = SECTIONS.map(({ key, label, paths }) => {
    const own = findings.filter((f) => within(controlPath(f.field), paths));
    const missing = paths.some((p) => form.get(p)?.invalid);
    return item(key, label, own, missing);
  });
  const known = SECTIONS.flatMap((s) => s.paths);
  const other = findings.filter((f) => !within(controlPath(f.field), known));
  if (other.length) {
    items.push(item('other', 'Other checks', other, false));
  }
  return items;
}

function item(
  key: string,
  label: string,
  findings: readonly Finding[],
  missing: boolean,
): ReadinessItem {
  const errors = findings.filter((f) => f.severity === 'ERROR').length;
  const warnings = findings.length - errors;
  if (errors) {
    return { key, label, state: 'error', detail: count(errors, 'problem') };
  }
  if (missing) {
    return { key, label, state: 'missing', detail: 'Not complete yet' };
  }
  if (warnings) {
    return { key, label, state: 'warning', detail: count(warnings, 'warning') };
  }
  return { key, label, state: 'ok', detail: 'Ready' };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
