// Ships to the browser, lazily, with the search engine and the decoder: how both name what the paste reader set
// aside (src/lib/read-paste.ts returns kinds; the views word them).
import type { IgnoredKind } from '../lib/read-paste';

export const IGNORED_WORDS: Record<IgnoredKind, string> = {
  timestamp: 'a timestamp',
  date: 'a date',
  time: 'a time of day',
  uuid: 'a UUID',
  'request-id': 'a request id',
  ip: 'an IP address',
  port: 'a port',
  'http-status': 'an HTTP status',
  'api-error-code': 'an API 3.0 error code, which this site does not document',
  decimal: 'a decimal number',
  version: 'a version number',
  'long-number': 'a number too long to be a code',
  'zero-padded': 'a number with leading zeros, which no code has',
  field: 'the value of a field that holds no code',
};
