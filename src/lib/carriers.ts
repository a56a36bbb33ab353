// Ships to the browser with the search and the decoder: where a response carries a table's codes. A pasted response
// that names one of these (an `X-ErrNo` header, an API 3.0 `Error.Code`, a FaceID result's `ErrCode`) is answered
// with the meanings of the tables that say their codes come there first.
import type { ServiceHint } from './read-paste';

/** The places a response carries codes in, as the sources name them. */
export const CARRIERS = ['X-ErrNo', 'Error.Code', 'ErrCode'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** What the paste reader calls the service a paste shows (src/lib/paste-fields.ts), as the place its codes come in. */
const CARRIED_BY: Record<ServiceHint, Carrier> = {
  'faceid-result': 'ErrCode',
  'x-errno': 'X-ErrNo',
  api3: 'Error.Code',
};

/** Where the codes of a paste came, from the services it shows, in the same order. */
export const carriersOf = (services: readonly ServiceHint[]): Carrier[] => services.map((s) => CARRIED_BY[s]);
