// Ships to the browser, lazily, inside the paste reader (src/lib/read-paste.ts): what a field name announces, and
// which field the value being read belongs to. A value belongs to the field name written just before it (`"code":
// -1102`, `code=-1102`, `X-ErrNo: -5062`, `错误码：-1102`), which reads JSON at any depth without parsing it.
import type { FoundWarnings } from './read-paste';

/** What a field name says about the value written after it. */
export type FieldRole = 'code' | 'warning' | 'bits' | 'http' | 'request-id' | 'time' | 'port' | 'text' | 'other';

const CODE_KEYS = new Set([
  'code',
  'errcode',
  'errorcode',
  'errno',
  'errorno',
  'errnum',
  'errornumber',
  'err',
  'error',
  'xerrno',
  'xerrcode',
  'ret',
  'retcode',
  'returncode',
  'rescode',
  'respcode',
  'responsecode',
  'resultcode',
  'errcd',
]);
const HTTP_KEYS = new Set(['http', 'https', 'httpstatus', 'httpcode', 'status', 'statuscode', 'httpstatuscode']);
const ID_KEYS = new Set([
  'requestid',
  'reqid',
  'xrequestid',
  'traceid',
  'spanid',
  'sessionid',
  'biztoken',
  'orderno',
  'bizseqno',
  'uuid',
  'id',
]);
// Fields of free text (`"Message": "-1102 图片解码失败"`): a number in them is read as if it stood alone.
const TEXT_KEYS = new Set([
  'message',
  'msg',
  'errmsg',
  'errormsg',
  'errmessage',
  'errormessage',
  'retmsg',
  'resmsg',
  'description',
  'desc',
  'detail',
  'details',
  'reason',
]);

/** A field name as compared: its last part if dotted (`Response.Error.Code`), in lower case, without "-" and "_". */
const fieldKey = (name: string) =>
  name
    .slice(name.lastIndexOf('.') + 1)
    .toLowerCase()
    .replace(/[-_]/g, '');

/** What a field name announces. `name` may be dotted (`Response.Error.Code`): its last part counts. */
export function fieldRole(name: string): FieldRole {
  const key = fieldKey(name);
  if (key.includes('multiwarning')) return 'bits';
  if (CODE_KEYS.has(key)) return 'code';
  if (key.includes('warn')) return 'warning';
  if (HTTP_KEYS.has(key) || /^https?\//i.test(name)) return 'http';
  if (ID_KEYS.has(key) || key.endsWith('requestid') || key.endsWith('traceid')) return 'request-id';
  if (key === 'port') return 'port';
  if (TEXT_KEYS.has(key)) return 'text';
  if (key === 'ts' || key.includes('time') || key.includes('date')) return 'time';
  return 'other';
}

/**
 * A service that a paste shows it comes from, by its field names alone:
 * - `faceid-result`: a FaceID verification result (GetDetectInfo and its kin): an `ErrCode` or `ErrMsg` field beside
 *   a field only those results have (`LiveStatus`, `Comparestatus`, `Sim`, `DetectInfo`, `BizToken`…) or beside both
 *   `IdCard` and `Name`;
 * - `x-errno`: an `X-ErrNo` header or field (Cloud Infinite, formerly 万象优图, when an image download fails);
 * - `api3`: an API 3.0 error (`Response`, then `Error`, then `Code`; or `Response.Error.Code`) or an SDK exception
 *   (`[TencentCloudSDKException]`, Go's `[TencentCloudSDKError]`).
 */
export type ServiceHint = 'faceid-result' | 'x-errno' | 'api3';
/** Most specific first: the order of PasteReading.services. */
const SERVICE_HINTS: ServiceHint[] = ['faceid-result', 'x-errno', 'api3'];

/** What one field name shows of the service (see ServiceHint). */
type ServiceSign = 'response' | 'error' | 'code' | 'api3' | 'x-errno' | 'err' | 'faceid' | 'idcard' | 'name';
// FaceID's result fields as its API writes them (Text and LivenessDetail of GetDetectInfoEnhanced), compared as keys.
const FACEID_KEYS = ['livestatus', 'livemsg', 'comparestatus', 'comparemsg', 'sim', 'detectinfo', 'biztoken'];
const SERVICE_SIGNS = new Map<string, ServiceSign>([
  ['response', 'response'],
  ['error', 'error'],
  ['code', 'code'],
  ['xerrno', 'x-errno'],
  ['errcode', 'err'],
  ['errmsg', 'err'],
  ...FACEID_KEYS.map((k): [string, ServiceSign] => [k, 'faceid']),
  ['livenessdetail', 'faceid'],
  ['idcard', 'idcard'],
  ['name', 'name'],
]);

function serviceSign(name: string): ServiceSign | undefined {
  return name.toLowerCase() === 'response.error.code' ? 'api3' : SERVICE_SIGNS.get(fieldKey(name));
}

/** A field name as written, what it announces, and the side of an ID card it names (`frontMultiWarning`). */
export interface Field {
  name: string;
  role: FieldRole;
  side?: 'front' | 'back';
  /** What the name shows of the service, if anything. */
  sign?: ServiceSign;
}

export function makeField(name: string, role = fieldRole(name)): Field {
  const lower = name.toLowerCase();
  const side = lower.startsWith('front') ? 'front' : lower.startsWith('back') ? 'back' : undefined;
  const sign = serviceSign(name);
  return { name, role, ...(side ? { side } : {}), ...(sign ? { sign } : {}) };
}

/** The services the field names of a paste show (ServiceHint), each once, whatever the length of the paste. */
export class ServiceSigns {
  private readonly seen = new Set<ServiceSign>();

  /** A field name read. */
  onName({ sign }: Field) {
    // An API 3.0 error is "Error" after "Response", then "Code" after "Error".
    if (sign === 'error' && !this.seen.has('response')) return;
    if (sign === 'code') {
      if (this.seen.has('error')) this.seen.add('api3');
    } else if (sign) this.seen.add(sign);
  }

  /** An SDK exception's class name ("[TencentCloudSDKException] code:… message:… requestId:…"). */
  onSdkException() {
    this.seen.add('api3');
  }

  hints(): ServiceHint[] {
    const seen = this.seen;
    const faceid = seen.has('err') && (seen.has('faceid') || (seen.has('idcard') && seen.has('name')));
    return SERVICE_HINTS.filter((hint) => (hint === 'faceid-result' ? faceid : seen.has(hint)));
  }
}

// Field names repeat (a log of many calls): each is classified once per reading, up to this many names.
const FIELD_CACHE_SIZE = 1000;

/** The fields of one reading by name, each made once. */
export class FieldNames {
  private readonly known = new Map<string, Field>();

  get(name: string): Field {
    let field = this.known.get(name);
    if (!field) {
      field = makeField(name);
      if (this.known.size < FIELD_CACHE_SIZE) this.known.set(name, field);
    }
    return field;
  }
}

/**
 * The field the value being read belongs to: the name last read (`pending`) becomes the `active` field once ":" or
 * "=" follows it, or a space and a number after a known name ("code -1101", "错误码 66660023"); a list ("[…]") or
 * values joined by "," "|" ";" after it stay under it.
 */
export class FieldState {
  /** A field name, not yet followed by ":" or "=". */
  private pending: Field | undefined;
  /** The field the next value belongs to. */
  private active: Field | undefined;
  /** `active` came from a name followed only by a space ("code -1101", "错误码 66660023"). */
  private soft = false;
  /** Values read under `active`. */
  private values = 0;
  /** Bracket depth of the list that `active` holds, or -1. */
  private listDepth = -1;
  private depth = 0;
  /** A list delimiter followed a value: the next value stays under `active`. */
  private carry = false;
  /** The warning list the values of `active` go to, once one is open. */
  group: FoundWarnings | undefined;

  /** The field that owns a value read now, if any. */
  owner(): Field | undefined {
    return this.active !== undefined && (this.listDepth >= 0 || this.values === 0 || this.carry)
      ? this.active
      : undefined;
  }

  /** Whether a word followed by `next` names the next field, after a value and a delimiter (`"Id":"r1","Code":…`). */
  nameFollows(next: string): boolean {
    return this.carry && (next === ':' || next === '=');
  }

  /** Whether a Chinese word read now is a value (a message) of the active field. */
  ownsText(): boolean {
    return this.owner() !== undefined && !this.soft;
  }

  /** Forgets the name and, outside a list, the field. */
  clear() {
    this.pending = undefined;
    if (this.listDepth < 0) {
      this.active = undefined;
      this.group = undefined;
    }
    this.soft = false;
    this.carry = false;
  }

  /** Makes `field` the one the next value belongs to. */
  assign(field: Field, soft: boolean) {
    this.active = field;
    this.soft = soft;
    this.values = 0;
    this.listDepth = -1;
    this.carry = false;
    this.group = undefined;
    this.pending = undefined;
  }

  /** A word that may name the next field. */
  onName(field: Field) {
    this.clear();
    this.pending = field;
  }

  /** ":" or "=". */
  onSeparator() {
    if (this.pending) this.assign(this.pending, false);
    else if (!this.owner()) this.clear();
  }

  /** A number right after a known name and a space: "code -1101", "http 400", "错误码 66660023". */
  onNumberAfterName() {
    if (this.pending && this.pending.role !== 'other') this.assign(this.pending, true);
  }

  /** A value was read under the owner. */
  onValue() {
    this.values++;
    // Warning codes may follow one another with spaces only ("warning: -9110 -9114").
    this.carry = this.active?.role === 'warning' && this.listDepth < 0;
    if (this.listDepth < 0 && this.soft && this.active?.role !== 'warning') {
      this.active = undefined;
      this.soft = false;
    }
  }

  /** The next value read stays under the active field, as after a delimiter (numbers run together: "-9110-9111"). */
  carryOn() {
    if (this.active) this.carry = true;
  }

  /** "[": returns the active field when the list is its value. */
  openList(): Field | undefined {
    this.depth++;
    if (!this.active || this.values > 0 || this.listDepth >= 0) return undefined;
    this.listDepth = this.depth;
    return this.active;
  }

  /** "]". */
  closeList() {
    if (this.depth === this.listDepth) {
      this.listDepth = -1;
      this.active = undefined;
      this.group = undefined;
    }
    this.depth = Math.max(0, this.depth - 1);
  }

  /** "," "|" ";" "、". */
  onDelimiter() {
    this.pending = undefined;
    if (this.active && this.values > 0) this.carry = true;
    else if (this.listDepth < 0) this.clear(); // an empty value ("session_id": "",)
  }

  /** "{" or "}": a new object, whatever came before. */
  onBrace() {
    this.clear();
    this.listDepth = -1;
    this.active = undefined;
    this.group = undefined;
  }

  /** A line break or other punctuation: the end of a value, unless inside a list. */
  onStop() {
    if (this.listDepth < 0) this.clear();
  }
}
