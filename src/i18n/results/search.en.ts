/**
 * The words of the search's results on the English pages. Apart from the rest of the dictionary (src/i18n/en.ts holds
 * it in `scripts.results`) because the browser loads it on the first search, in the page's language
 * (src/scripts/result-strings.ts): it costs the pages nothing until then.
 */
const words = {
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
    /** How many codes and warnings of a long paste were not read. */
    cut: {
      one: '{n} more code in your paste was not read: paste less to see it.',
      other: '{n} more codes in your paste were not read: paste less to see them.',
    },
    startingWith: 'Codes that start with {code}:',
    more: '…and {n} more. Type more digits.',
    textInstead: 'Search all text instead',
    decoder: 'Explain the warnings in your paste in the decoder →',
    /** `{kinds}`: the kinds of numbers set aside (scripts.setAside), joined with `separator`. */
    ignored: 'Set aside, not codes: {kinds}.',
    separator: ', ',
    /** Where a code page result comes from, when the code is in several tables. */
    deprecated: ' · deprecated page',
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
    duration: 'a duration',
    'process-id': 'a process id',
    uuid: 'a UUID',
    'request-id': 'a request id',
    ip: 'an IP address',
    port: 'a port',
    'http-status': 'an HTTP status',
    decimal: 'a decimal number',
    version: 'a version number',
    'long-number': 'a number too long to be a code',
    'zero-padded': 'a number with leading zeros, which no code has',
    field: 'the value of a field that holds no code',
  },
};

export default words;
