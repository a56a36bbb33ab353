import { PROVENANCE_EN } from '../provenance.en';

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
/** The positions table's labels, mid-sentence: "Position 4: … — official worked example." */
const provenance: typeof PROVENANCE_EN = {
  'official-example': lower(PROVENANCE_EN['official-example']),
  'integration-practice': lower(PROVENANCE_EN['integration-practice']),
  undocumented: lower(PROVENANCE_EN.undocumented),
};

/** The words of the decoder's results on the English pages, loaded by the browser on the first decode (see ./search.en.ts). */
const words = {
  advisory:
    'These warnings are advisory: the call succeeded and recognition completed. Whether to accept the image is up to you.',
  nothing:
    'Nothing here is an ID card warning string (8 zeros and ones), a warning code or a code the tables know. Paste a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
  empty:
    'Paste something to decode: a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
  capped: 'Only the first {read} of {total} characters were read: paste just the response or the log line.',
  cut: {
    one: '{n} more code or warning in your paste was not read: paste less to see it.',
    other: '{n} more codes or warnings in your paste were not read: paste less to see them.',
  },
  /** `{parts}`: the counts below, joined with `separator`. */
  found: 'Found {parts}.',
  separator: ', ',
  noWarnings: 'no warnings',
  warnings: { one: '{n} warning', other: '{n} warnings' },
  strings: { one: '{n} ID card warning string', other: '{n} ID card warning strings' },
  codes: { one: '{n} code', other: '{n} codes' },
  /** `{field}` is the field's name as pasted. */
  fromField: 'From field {field}:',
  fromFieldSide: 'From field {field} ({side}):',
  front: 'front side',
  back: 'back side',
  bitsTitle: 'ID card warning string {value}',
  noBits: 'No warnings: all 8 positions are 0.',
  /** `{meaning}`, `{provenance}` and the link `{about}` of a raised position. */
  position: 'Position {n}: {meaning} — {provenance}. {about}',
  aboutPosition: 'About position {n}',
  undocumentedPosition: 'meaning unknown',
  /** How sure a position's meaning is (its provenance in content/idcard-multiwarning.yaml): src/i18n/provenance.ts. */
  provenance,
  emptyList: 'Empty: no warning.',
  warningList: 'Warning codes:',
  codesList: 'Codes:',
  notDocumented: ': not in any documented table.',
  otherSign: ' Was a minus sign dropped or added by mistake? {code}, a different code, is documented: ',
  meanings: { one: ': {n} meaning, one per table:', other: ': {n} meanings, one per table:' },
  codeMeaning: '{code}: {meaning} — {table}',
  meaningIn: '{meaning} — {table}',
  advisoryTag: ' (advisory warning)',
  /** `{value}` is the pasted value, `{reasons}` the reasons below joined with `reasonSeparator`. */
  notBits: '“{value}” is not an ID card warning string: {reasons}.',
  reasonSeparator: '; ',
  notBitsLength: 'it has {n} characters, not 8',
  notBitsChar: 'position {position} is “{char}”',
  notBitsAllowed: '{chars}; only 0 and 1 are allowed',
  ignoredTitle: 'Set aside (never read as codes):',
  copy: 'Copy link to this result',
  /** Beside the link when the decoded values are too many for a short link. */
  linkShort: {
    one: 'The link holds the first values found; {n} more is left out to keep it short.',
    other: 'The link holds the first values found; {n} more are left out to keep it short.',
  },
  more: '…and {n} more, not shown: paste less to see them.',
  copied: 'Link copied: {href}',
  copyFailed: 'Could not copy; the link is {href}',
};

export default words;
