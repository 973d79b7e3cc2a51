import { describe, expect, it } from 'vitest';

import { buildTimeline } from './delivery-timeline';

const at = new Date('2026-01-01T12:00:00Z');
const seen = (...statuses: string[]) => new Map(statuses.map((s) => [s, at]));
const states = (current: string | null, ...observed: string[]) =>
  buildTimeline(current, seen(...observed)).map((step) => `${step.status}:${step.state}`);

describe('buildTimeline', () => {
  it('shows every step pending before anything is known', () => {
    expect(states(null)).toEqual([
      'accepted:pending',
      'queued:pending',
      'sent:pending',
      'delivered:pending',
    ]);
  });

  it('marks the latest reached step as current', () => {
    expect(states('queued', 'accepted', 'queued')).toEqual([
      'accepted:done',
      'queued:current',
      'sent:pending',
      'delivered:pending',
    ]);
  });

  it('implies steps that polling missed, without a time', () => {
    const steps = buildTimeline('sent', seen('accepted', 'sent'));
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'pending']);
    expect(steps[1].at).toBeNull();
    expect(steps[2].at).toBe(at);
  });

  it('completes the timeline on delivery', () => {
    expect(states('delivered', 'accepted', 'delivered').every((s) => s.endsWith(':done'))).toBe(
      true,
    );
  });

  it('replaces the last step with the failure and keeps what was reached', () => {
    expect(states('undelivered', 'accepted', 'queued', 'undelivered')).toEqual([
      'accepted:done',
      'queued:done',
      'sent:pending',
      'undelivered:failed',
    ]);
  });

  it('treats sending as between queued and sent', () => {
    expect(states('sending', 'accepted', 'sending').slice(0, 3)).toEqual([
      'accepted:done',
      'queued:current',
      'sent:pending',
    ]);
  });
});
