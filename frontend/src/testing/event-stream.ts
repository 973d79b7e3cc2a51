import { vi } from 'vitest';

import { ImportProgress } from '../app/contacts/contact-api';

/** A server-sent event stream the test writes to, as fetch() would deliver it. */
export class FakeEventStream {
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly body = new ReadableStream<Uint8Array>({
    start: (controller) => (this.controller = controller),
  });
  private readonly encoder = new TextEncoder();

  send(progress: Partial<ImportProgress>, split = false): void {
    const text = `event: progress\ndata: ${JSON.stringify(progress)}\n\n`;
    if (split) {
      const half = Math.floor(text.length / 2);
      this.controller.enqueue(this.encoder.encode(text.slice(0, half)));
      this.controller.enqueue(this.encoder.encode(text.slice(half)));
    } else {
      this.controller.enqueue(this.encoder.encode(text));
    }
  }

  end(): void {
    this.controller.close();
  }

  response(): Response {
    return { ok: true, status: 200, body: this.body } as unknown as Response;
  }
}

/** Lets the promise chains of the stream reader run. */
export async function flushStream(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * jsdom has no object URLs: fakes them for a download, and keeps the link's click from
 * navigating. Returns the spy on the click (its `this` is the link, with `download` set).
 */
export function fakeDownloads() {
  URL.createObjectURL = vi.fn(() => 'blob:download');
  URL.revokeObjectURL = vi.fn();
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
}
