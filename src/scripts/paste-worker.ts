// Ships to the browser, lazily, as a worker: reads a long paste off the main thread, so the page stays responsive.
import { readPaste } from '../lib/read-paste';

addEventListener('message', (event: MessageEvent<string>) => postMessage(readPaste(event.data)));
