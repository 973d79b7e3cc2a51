import { isFailureStatus, statusRank } from '../core/message-status';

export type StepState = 'done' | 'current' | 'pending' | 'failed';

export interface TimelineStep {
  status: string;
  state: StepState;
  /** When this status was first observed; null if not yet reached or skipped between two polls. */
  at: Date | null;
}

const STEPS = ['accepted', 'queued', 'sent', 'delivered'] as const;

/**
 * The accepted → queued → sent → delivered timeline for a message. A status seen later implies the
 * earlier steps (polling can miss a short-lived one); a failure replaces the last step.
 */
export function buildTimeline(
  current: string | null,
  seen: ReadonlyMap<string, Date>,
): TimelineStep[] {
  const failed = isFailureStatus(current);
  const reached = Math.max(
    -1,
    ...[...seen.keys()].filter((s) => !isFailureStatus(s)).map(statusRank),
  );
  return STEPS.map((status, index) => {
    const last = index === STEPS.length - 1;
    if (last && failed && current) {
      return { status: current, state: 'failed', at: seen.get(current) ?? null };
    }
    const rank = statusRank(status);
    const done = rank <= reached;
    const nextReached = !last && statusRank(STEPS[index + 1]) <= reached;
    let state: StepState = 'pending';
    if (done) {
      state = failed || last || nextReached ? 'done' : 'current';
    }
    return { status, state, at: seen.get(status) ?? null };
  });
}
