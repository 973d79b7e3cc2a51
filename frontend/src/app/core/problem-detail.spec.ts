import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from 'vitest';

import { problemMessage } from './problem-detail';

const error = (body: unknown, status = 400) => new HttpErrorResponse({ error: body, status });

describe('problemMessage', () => {
  it('prefers the detail', () => {
    expect(
      problemMessage(
        error({ title: 'Bad Request', status: 400, detail: 'to: not a valid number' }),
      ),
    ).toBe('to: not a valid number');
  });

  it('falls back to the title', () => {
    expect(
      problemMessage(error({ type: 'about:blank', title: 'Too Many Requests', status: 429 }, 429)),
    ).toBe('Too Many Requests');
  });

  it('parses a problem delivered as text', () => {
    expect(problemMessage(error('{"detail":"Campaign is not approved"}'))).toBe(
      'Campaign is not approved',
    );
  });

  it('explains a network failure', () => {
    expect(problemMessage(error(new ProgressEvent('error'), 0))).toContain(
      'Cannot reach the server',
    );
  });

  it('uses the fallback for anything else', () => {
    expect(problemMessage(error('<html>Bad gateway</html>', 502), 'Nope')).toBe('Nope');
    expect(problemMessage(new Error('boom'), 'Nope')).toBe('Nope');
  });
});
