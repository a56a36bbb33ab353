/**
 * The words of what the search and the decoder show on the English pages. Apart from the rest of the dictionary
 * (src/i18n/en.ts, which holds it as `scripts.results`) because the browser loads it, on the first search or decode,
 * in the page's language (src/scripts/result-strings.ts): it costs the pages nothing until then.
 */
const results = {
  /** The search's results and messages (the header box and the search page). */
  search: {
    /** `{text}` is the reader's query. */
    nothing: 'Nothing found for “{text}”. Try fewer or other words, or a code.',
    noResults: 'No results',
    results: { one: '{n} result', other: '{n} results' },
    code: 'Code {code}',
    /** `{key}` is the field the code was read from. */
    codeFrom: 'Code {code} (from {key})',
    codeRead: 'Code {code} (read from your text)',
    allMeanings: { one: ': {n} meaning →', other: ': {n} meanings →' },
    notDocumented: ' is not in the documented tables.',
    otherSign: ' {code}, a different code (the same digits with the other sign), is documented:',
    startingWith: 'Codes that start with {code}:',
    more: '…and {n} more. Type more digits.',
    textInstead: 'Search all text instead',
    decoder: 'Explain the warnings in your paste in the decoder →',
    apiErrorCode: '{code} is an API 3.0 error code: this site documents the numeric codes only.',
    /** `{kinds}`: the kinds of numbers set aside (scripts.setAside), joined with `separator`. */
    ignored: 'Set aside, not codes: {kinds}.',
    separator: ', ',
    /** Where a code page result comes from, when the code is in several tables. */
    tables: { one: '{n} table', other: '{n} tables' },
    summaryOne: { one: '{n} meaning of code {code}', other: '{n} meanings of code {code}' },
    summaryMany: '{n} documented codes',
    summaryNone: 'Code {code} is not in the documented tables',
    summaryNothing: 'No documented code',
  },
  /** What the paste reader sets aside, by kind (src/lib/read-paste.ts), in the search and the decoder. */
  setAside: {
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
  },
  /** The decoder's results (decoder-view.ts). */
  decoder: {
    advisory:
      'These warnings are advisory: the call succeeded and recognition ran. Whether to accept the image is your decision.',
    nothing:
      'Nothing here is an ID-card warning string (8 zeros and ones), a warning code or a code the tables know. Paste a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
    empty:
      'Paste something to decode: a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
    capped: 'Only the first {read} of {total} characters were read: paste just the response or the log line.',
    /** `{parts}`: the counts below, joined with `separator`. */
    found: 'Found {parts}.',
    separator: ', ',
    noWarnings: 'no warnings',
    warnings: { one: '{n} warning', other: '{n} warnings' },
    strings: { one: '{n} ID-card warning string', other: '{n} ID-card warning strings' },
    codes: { one: '{n} code', other: '{n} codes' },
    /** `{field}` is the field's name as pasted. */
    fromField: 'From field {field}:',
    fromFieldSide: 'From field {field} ({side}):',
    front: 'front side',
    back: 'back side',
    bitsTitle: 'ID-card warning string {value}',
    noBits: 'No warnings: all 8 positions are 0.',
    /** `{meaning}`, `{provenance}` and the link `{about}` of a raised position. */
    position: 'Position {n}: {meaning} — {provenance}. {about}',
    aboutPosition: 'About position {n}',
    undocumentedPosition: 'not documented: no meaning is known for this position',
    /** How sure a position's meaning is (its provenance in content/idcard-multiwarning.yaml). */
    provenance: {
      'official-example': 'official worked example',
      'integration-practice': 'integration practice (not official)',
      undocumented: 'not documented',
    },
    emptyList: 'Empty: no warning.',
    warningList: 'Warning codes:',
    codesList: 'Codes:',
    notDocumented: ': not in any documented table.',
    otherSign: ' Did a minus get lost or added? {code}, a different code, is documented: ',
    meanings: { one: ': {n} meaning, one per table:', other: ': {n} meanings, one per table:' },
    codeMeaning: '{code}: {meaning} — {table}',
    meaningIn: '{meaning} — {table}',
    advisoryTag: ' (advisory warning)',
    /** `{value}` is the pasted value, `{reasons}` the reasons below joined with `reasonSeparator`. */
    notBits: '“{value}” is not an ID-card warning string: {reasons}.',
    reasonSeparator: '; ',
    notBitsLength: 'it has {n} characters, not 8',
    notBitsChar: 'position {position} is “{char}”',
    notBitsAllowed: '{chars}; only 0 and 1 are allowed',
    ignoredTitle: 'Set aside (never read as codes):',
    copy: 'Copy link to this result',
    more: '…and {n} more, not shown: paste less to see them.',
    copied: 'Link copied: {href}',
    copyFailed: 'Could not copy; the link is {href}',
  },
};

export default results;
