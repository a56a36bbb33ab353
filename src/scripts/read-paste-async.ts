// Ships to the browser, lazily, with the search engine and the decoder: reads a paste, a long one in a worker.
import { readPaste, type PasteReading } from '../lib/read-paste';

/** Longer pastes are read in a worker: reading 1 MB takes longer than a frame. */
const WORKER_FROM = 20_000;

/** The reading of `input`; on the main thread when short, or when a worker cannot start. */
export function readPasteAsync(input: string): Promise<PasteReading> {
  if (input.length < WORKER_FROM || typeof Worker === 'undefined') return Promise.resolve(readPaste(input));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./paste-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readPaste(input));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<PasteReading>) => {
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      resolve(readPaste(input));
      worker.terminate();
    });
    worker.postMessage(input);
  });
}
