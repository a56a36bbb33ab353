import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanPaste,
  fieldRole,
  MAX_PASTE,
  otherSign,
  readPaste,
  shareQuery,
  type PasteReading,
  type ServiceHint,
} from '../../src/lib/read-paste';

/** A reading in short: "code@key" or "code", "bits/side", "key:codes", "kind:value", "value/length". */
interface Seen {
  codes?: string[];
  bits?: string[];
  warnings?: string[];
  ignored?: string[];
  notBits?: string[];
}
function seen(r: PasteReading): Required<Seen> {
  return {
    codes: r.codes.map((c) => (c.key !== undefined ? `${c.code}@${c.key}` : c.code)),
    bits: r.bits.map((b) => `${b.value}${b.side ? `/${b.side}` : ''}`),
    warnings: r.warnings.map((w) => `${w.key}:${w.codes.join(',')}`),
    ignored: r.ignored.map((i) => `${i.kind}:${i.value}`),
    notBits: r.notBits.map((n) => `${n.value}/${n.length}`),
  };
}
const expectReading = (paste: string, expected: Seen) =>
  expect(seen(readPaste(paste))).toEqual({ codes: [], bits: [], warnings: [], ignored: [], notBits: [], ...expected });

const UUID = 'CE661F1A-0F1E-45BD-BE13-34C05CEA7681';
const DETECT_INFO = JSON.stringify({
  Text: {
    ErrCode: 0,
    ErrMsg: '成功',
    IdCard: '11010119900307123X',
    Name: '张三',
    LivenessDetail: [{ Errcode: -1101, Errmsg: '检测失败' }],
  },
});

// Real-shaped pastes: what people copy from API 3.0 responses, SDK results, logs, headers, URLs and chat.
const PASTES: [string, string, Seen][] = [
  // Plain codes, as typed or copied.
  ['a plain code', '-1102', { codes: ['-1102'] }],
  ['a code in quotes with spaces', '  "-1102" ', { codes: ['-1102'] }],
  ['a code with a Unicode minus', '\u22121102', { codes: ['-1102'] }],
  ['a code in full-width digits and minus', '－１１０２', { codes: ['-1102'] }],
  ['a code with a zero-width space inside', '-11\u200B02', { codes: ['-1102'] }],
  ['a code with a soft hyphen and a BOM', '\uFEFF-11\u00AD02', { codes: ['-1102'] }],
  ['a code wrapped in bidi controls', '\u202E-1102\u202C', { codes: ['-1102'] }],
  ['a code with an interlinear annotation mark inside', '-11\uFFF902', { codes: ['-1102'] }],
  ['a code with a tag character inside', '-11\u{E0020}02', { codes: ['-1102'] }],
  ['a code with a musical format character inside', '-11\u{1D173}02', { codes: ['-1102'] }],
  ['a code with a variation selector inside', '-11\uFE0F02', { codes: ['-1102'] }],
  ['a code with a supplementary variation selector inside', '-11\u{E0100}02', { codes: ['-1102'] }],
  ['a code with a Mongolian free variation selector inside', '-11\u180B02', { codes: ['-1102'] }],
  ['a code with a Hangul filler inside', '-11\u316402', { codes: ['-1102'] }],
  ['a code with a %-escaped zero-width space inside', 'errcode=-11%E2%80%8B02', { codes: ['-1102@errcode'] }],
  ['a code with a plus sign', '+15', { codes: ['15'] }],
  ['a code in Chinese brackets', '【66660004】', { codes: ['66660004'] }],
  [
    'a code and a warning list after a request id',
    '{"RequestId":"r1","Code":-1102,"TraceId":"t1","WarningCode":[-9110]}',
    {
      codes: ['-1102@Code', '-9110@WarningCode'],
      warnings: ['WarningCode:-9110'],
      ignored: ['request-id:r1', 'request-id:t1'],
    },
  ],
  ['a lone minus', '-', {}],
  // Questions.
  ['a Chinese question', '错误码 66660023 是什么意思', { codes: ['66660023@错误码'] }],
  ['a Chinese question with a full-width colon', '返回码：-1102，怎么处理？', { codes: ['-1102@返回码'] }],
  ['a Chinese question with no space', '人脸核身返回错误码66660004', { codes: ['66660004@错误码'] }],
  ['a Chinese code key repeated', '错误码: -1101; 错误码: -1102', { codes: ['-1101@错误码', '-1102@错误码'] }],
  ['an English question', 'What does error code -5062 mean?', { codes: ['-5062@code'] }],
  ['an English error sentence', 'Error: FaceID returned 66660004 (请求参数错误)', { codes: ['66660004'] }],
  ['an HTTP status next to a code', 'http 400 code -1101', { codes: ['-1101@code'], ignored: ['http-status:400'] }],
  [
    'a status line and a code',
    'HTTP/1.1 500 Internal Server Error, errcode=-5001',
    { codes: ['-5001@errcode'], ignored: ['http-status:500'] },
  ],
  // Logs.
  [
    'a plain log line',
    '2026-11-22 10:00:01 ERROR face detect failed -1101',
    { codes: ['-1101'], ignored: ['date:2026-11-22', 'time:10:00:01'] },
  ],
  [
    'a Python log line with comma milliseconds',
    '2026-11-22 10:00:01,123 INFO bankcard ocr ok warningCode=[-9113,66661009]',
    {
      codes: ['-9113@warningCode', '66661009@warningCode'],
      warnings: ['warningCode:-9113,66661009'],
      ignored: ['date:2026-11-22', 'time:10:00:01'],
    },
  ],
  [
    'a logfmt line',
    'ts=2026-11-22T10:00:01Z level=error msg="ocr failed" ret=-7001 request_id=abc-123',
    {
      codes: ['-7001@ret'],
      ignored: ['timestamp:2026-11-22T10:00:01Z', 'request-id:abc-123'],
    },
  ],
  [
    'a JSON log line',
    '{"time":"2026-11-22T10:00:01.123+08:00","level":"ERROR","errno":-1308,"ip":"10.0.0.12"}',
    {
      codes: ['-1308@errno'],
      ignored: ['timestamp:2026-11-22T10:00:01.123', 'ip:10.0.0.12'],
    },
  ],
  [
    'a log line with an IP and port',
    'upstream 192.168.1.20:8080 returned code=-6101',
    {
      codes: ['-6101@code'],
      ignored: ['port:8080', 'ip:192.168.1.20:8080'],
    },
  ],
  [
    'a log line with an epoch timestamp',
    '1763805601 bankcard warning: -9110, -9114',
    {
      codes: ['-9110@warning', '-9114@warning'],
      warnings: ['warning:-9110,-9114'],
      ignored: ['timestamp:1763805601'],
    },
  ],
  [
    'a log line with epoch milliseconds',
    '[1763805601123] ocr result code=0',
    { codes: ['0@code'], ignored: ['timestamp:1763805601123'] },
  ],
  [
    'a Java log with a thread id',
    '2026/11/22 10:00:01.456 [pool-1-thread-3] WARN IdCardOcr frontMultiWarning=10010100',
    {
      bits: ['10010100/front'],
      ignored: ['date:2026/11/22', 'time:10:00:01.456'],
    },
  ],
  [
    'a log with a version number',
    'sdk 3.0.1188 call failed, code: -1300',
    { codes: ['-1300@code'], ignored: ['version:3.0.1188'] },
  ],
  [
    'a log with a decimal score',
    'liveness score 87.5 errcode 66660018',
    { codes: ['66660018@errcode'], ignored: ['decimal:87.5'] },
  ],
  // Dates, times and durations: never codes, though 10, 11 and 22 are documented ones.
  [
    'a Chinese date and time before a code',
    '2026年11月22日 10时05分 返回 -1101',
    { codes: ['-1101'], ignored: ['date:2026年11月22日', 'time:10时05分'] },
  ],
  [
    'a Chinese date before a code key',
    '2026年11月22日 错误码 -1101',
    { codes: ['-1101@错误码'], ignored: ['date:2026年11月22日'] },
  ],
  [
    'a syslog line with a month name and a process id',
    'Nov 22 10:00:01 host app[1234]: code=-1101',
    { codes: ['-1101@code'], ignored: ['date:Nov 22', 'time:10:00:01', 'process-id:app[1234]'] },
  ],
  [
    'a month and day next to a time',
    '11/22 10:00 ocr failed -1101',
    { codes: ['-1101'], ignored: ['date:11/22', 'time:10:00'] },
  ],
  ['a duration in Chinese', '耗时 200 毫秒', { ignored: ['duration:200 毫秒'] }],
  ['an access log line', 'GET /x 200 12ms', { ignored: ['http-status:200', 'duration:12ms'] }],
  ['a duration under a field', '{"cost":"1.5s","code":-1102}', { codes: ['-1102@code'], ignored: ['duration:1.5s'] }],
  ['a code before 时 meaning "when"', '调用返回66660004时怎么办', { codes: ['66660004'] }],
  // Header lines and query strings.
  ['a header line', 'X-ErrNo: -5062', { codes: ['-5062@X-ErrNo'] }],
  [
    'header lines',
    'HTTP/1.1 404 Not Found\nContent-Length: 0\nX-ErrNo: -5062',
    {
      codes: ['-5062@X-ErrNo'],
      ignored: ['http-status:404', 'field:0'],
    },
  ],
  [
    'a query string',
    'frontMultiWarning=10010100&backMultiWarning=00000000',
    { bits: ['10010100/front', '00000000/back'] },
  ],
  [
    'a URL-encoded query string',
    'https://example.com/cb?code=%2D1102&msg=%E5%9B%BE%E7%89%87',
    { codes: ['-1102@code'] },
  ],
  [
    'a URL with a warning list',
    '/callback?warningCode=%5B-9110%2C-9111%5D',
    {
      codes: ['-9110@warningCode', '-9111@warningCode'],
      warnings: ['warningCode:-9110,-9111'],
    },
  ],
  // API 3.0 responses (PascalCase, under Response).
  [
    'an API 3.0 warning list',
    '{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}',
    {
      codes: ['-9111@WarningCode'],
      warnings: ['WarningCode:-9111'],
      ignored: ['request-id:3c1f'],
    },
  ],
  [
    'an API 3.0 error',
    `{"Response":{"Error":{"Code":"FailedOperation.ImageDecodeFailed","Message":"图片解码失败"},"RequestId":"${UUID}"}}`,
    { codes: ['FailedOperation.ImageDecodeFailed@Code'], ignored: [`request-id:${UUID}`] },
  ],
  [
    'an API 3.0 error whose message starts with a legacy code',
    `{"Response":{"Error":{"Code":"FailedOperation","Message":"-1102 图片解码失败"},"RequestId":"${UUID}"}}`,
    { codes: ['FailedOperation@Code', '-1102'], ignored: [`request-id:${UUID}`] },
  ],
  [
    'a legacy code at the start of an error message in a log line',
    'level=error errmsg="-5062 下载失败" cost=12ms',
    { codes: ['-5062'], ignored: ['duration:12ms'] },
  ],
  [
    'an API 3.0 auth error',
    `{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"签名过期"},"RequestId":"${UUID.toLowerCase()}"}}`,
    { codes: ['AuthFailure.SignatureExpire@Code'], ignored: [`request-id:${UUID.toLowerCase()}`] },
  ],
  [
    'an API 3.0 FaceID error',
    `{"Response":{"Error":{"Code":"FailedOperation.LifePhotoDetectFaces","Message":"检测到多张人脸。"},"RequestId":"${UUID}"}}`,
    { codes: ['FailedOperation.LifePhotoDetectFaces@Code'], ignored: [`request-id:${UUID}`] },
  ],
  ['an API 3.0 category alone under a code field', '{"Code": "InternalError"}', { codes: ['InternalError@Code'] }],
  ['an API 3.0 category under a code field, unquoted', 'Code:LimitExceeded', { codes: ['LimitExceeded@Code'] }],
  [
    'an API 3.0 code under a dotted field name, its letter case kept',
    'Error.Code=authfailure.SignatureExpire',
    { codes: ['authfailure.SignatureExpire@Error.Code'] },
  ],
  [
    'an API 3.0 code alone in a log line',
    '2026-11-22 10:00:01 WARN compare InvalidParameterValue.NoFaceInPhoto',
    { codes: ['InvalidParameterValue.NoFaceInPhoto'], ignored: ['date:2026-11-22', 'time:10:00:01'] },
  ],
  [
    'a Python or PHP SDK exception',
    '[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:签名过期。 requestId:3c1f7d2a',
    { codes: ['AuthFailure.SignatureExpire@code'], ignored: ['request-id:3c1f7d2a'] },
  ],
  [
    'a Python SDK exception with a number in its message',
    `[TencentCloudSDKException] code:InternalError message:内部错误 -1102 requestId:${UUID}`,
    { codes: ['InternalError@code', '-1102'], ignored: [`request-id:${UUID}`] },
  ],
  [
    'a Go SDK error',
    '[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=The provided credentials could not be validated., RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
    {
      codes: ['AuthFailure.SignatureFailure@Code'],
      ignored: ['request-id:ed93f3cb-f35e-473f-b9f3-0d451b8b79c6'],
    },
  ],
  ['a word under a code field that is no API 3.0 code', '{"code":"ok","msg":"done"}', {}],
  ['an API 3.0 code typed alone', 'LimitExceeded', { codes: ['LimitExceeded'] }],
  [
    'an API 3.0 code typed in lower case',
    'failedoperation.imagenoidcard',
    { codes: ['failedoperation.imagenoidcard'] },
  ],
  ['one word pasted alone, in quotes', ' "Success" ', { codes: ['Success'] }],
  [
    'an API 3.0 bank-card result',
    `{"Response":{"CardNo":"6222020200112233445","BankInfo":"工商银行(01020000)","ValidDate":"07/2030","WarningCode":[-9110,-9113],"RequestId":"${UUID}"}}`,
    {
      codes: ['-9110@WarningCode', '-9113@WarningCode'],
      warnings: ['WarningCode:-9110,-9113'],
      ignored: ['field:6222020200112233445', 'zero-padded:01020000', 'date:07/2030', `request-id:${UUID}`],
    },
  ],
  [
    'a FaceID GetDetectInfo response with DetectInfo as a JSON string',
    JSON.stringify({ Response: { DetectInfo: DETECT_INFO, RequestId: UUID } }),
    {
      codes: ['0@ErrCode', '-1101@Errcode'],
      ignored: [`request-id:${UUID}`],
    },
  ],
  [
    'a response encoded twice',
    JSON.stringify({ data: JSON.stringify({ result: JSON.stringify({ errcode: -5002 }) }) }),
    { codes: ['-5002@errcode'] },
  ],
  [
    'an API 3.0 response with an ID-card AdvancedInfo string',
    JSON.stringify({
      Response: { Name: '张三', AdvancedInfo: JSON.stringify({ WarnInfos: [-9101, -9103] }), RequestId: UUID },
    }),
    {
      codes: ['-9101@WarnInfos', '-9103@WarnInfos'],
      warnings: ['WarnInfos:-9101,-9103'],
      ignored: [`request-id:${UUID}`],
    },
  ],
  [
    'a pretty-printed API 3.0 response',
    '{\n  "Response": {\n    "WarningCode": [\n      -9111,\n      -9114\n    ],\n    "RequestId": "r-1"\n  }\n}',
    {
      codes: ['-9111@WarningCode', '-9114@WarningCode'],
      warnings: ['WarningCode:-9111,-9114'],
      ignored: ['request-id:r-1'],
    },
  ],
  // Legacy V1 (万象优图) and WeBank SDK shapes.
  [
    'a legacy V1 error',
    '{"code":-1102,"message":"图片解码失败","data":{},"session_id":"sid-7f3a"}',
    { codes: ['-1102@code'], ignored: ['request-id:sid-7f3a'] },
  ],
  [
    'a legacy V1 success',
    '{"code":0,"message":"SUCCESS","data":{"session_id":"","items":[{"item":"卡号","itemstring":"6222 0202"}]}}',
    { codes: ['0@code'], ignored: ['field:6222', 'zero-padded:0202'] },
  ],
  [
    'a WeBank SDK ID-card result',
    '{"code":"0","msg":"请求成功","result":{"frontMultiWarning":"10010100","backMultiWarning":"00000000","orderNo":"ord123"}}',
    {
      codes: ['0@code'],
      bits: ['10010100/front', '00000000/back'],
      ignored: ['request-id:ord123'],
    },
  ],
  [
    'a PascalCase SDK result',
    '{"Code":0,"Result":{"FrontMultiWarning":"00100000"}}',
    { codes: ['0@Code'], bits: ['00100000/front'] },
  ],
  ['an SDK result nested as a string', '{"result":"{\\"multiWarning\\":\\"01000000\\"}"}', { bits: ['01000000'] }],
  [
    'an SDK failure',
    '{"code":"66660004","msg":"无法确认为同一人","bizSeqNo":"2026112210000001"}',
    {
      codes: ['66660004@code'],
      ignored: ['request-id:2026112210000001'],
    },
  ],
  [
    'a bank-card SDK result',
    '{"code":"0","result":{"bankcardNo":"6222020200112233","warningCode":"-9110|-9114"}}',
    {
      codes: ['0@code', '-9110@warningCode', '-9114@warningCode'],
      warnings: ['warningCode:-9110,-9114'],
      ignored: ['field:6222020200112233'],
    },
  ],
  [
    'every warning field name',
    '{"multiWarning":"01000000","warnCode":"-9110","frontWarnCode":-9111,"backWarnCode":"-9113|-9114","warningCode":"[66661009]"}',
    {
      codes: [
        '-9110@warnCode',
        '-9111@frontWarnCode',
        '-9113@backWarnCode',
        '-9114@backWarnCode',
        '66661009@warningCode',
      ],
      bits: ['01000000'],
      warnings: ['warnCode:-9110', 'frontWarnCode:-9111', 'backWarnCode:-9113,-9114', 'warningCode:66661009'],
    },
  ],
  ['an empty warning list', '{"code":0,"WarningCode":[]}', { codes: ['0@code'], warnings: ['WarningCode:'] }],
  // Homoglyphs: digits glued to a letter of any script make a word, never a number (NFKC leaves Cyrillic and Greek
  // letters as they are; it folds full-width digits to ASCII and Ⅻ to XII).
  ['an ID number ending in a Cyrillic Х', '11010119900307123Х', {}],
  ['an ID number ending in a Cyrillic Х, under its field', '{"IdCard":"11010119900307123Х"}', {}],
  ['digits around a Cyrillic О', '123О45', {}],
  ['a warning string with a Cyrillic О', '1О010100', { notBits: ['1О010100/8'] }],
  ['a warning string with a Greek Ο, under its field', '{"frontMultiWarning":"1Ο010100"}', { notBits: ['1Ο010100/8'] }],
  ['a Roman numeral glued to digits', 'Ⅻ12', {}],
  ['Arabic-Indic digits among ASCII ones', '12٣4', {}],
  ['a latin word glued to digits, pasted alone', 'code2', {}],
  ['a Cyrillic word before a code', 'ошибка 1102', { codes: ['1102'] }],
  ['a code glued to Japanese, written without spaces', 'エラー-1102です', { codes: ['-1102'] }],
  ['a code in full-width digits', '１１０２', { codes: ['1102'], notBits: ['1102/4'] }],
  // Escapes of a JSON string: those of ASCII characters are read as the characters they stand for.
  ['a minus written as an escape in a JSON string', '{"msg":"\\u002d1102"}', { codes: ['-1102'] }],
  ['a minus written as an upper-case escape under a code field', '{"code":\\u002D5062}', { codes: ['-5062@code'] }],
  ['digits written as escapes', '\\u0035\\u0030\\u0036\\u0032', { codes: ['5062'] }],
  ['an escape in a response encoded twice', '{"result":"{\\\\"code\\\\":\\\\u002d1102}"}', { codes: ['-1102@code'] }],
  ['a field name written with an escape', '{"err\\u0063ode":-1102}', { codes: ['-1102@errcode'] }],
  ['Chinese written as escapes before a code', '{"msg":"\\u8bf7\\u6c42 -1102"}', { codes: ['-1102'] }],
  // Cut off or not quite JSON.
  [
    'a cut-off response',
    '{"frontMultiWarning": "10010100", "backMultiWarning": "0000',
    { bits: ['10010100/front'], notBits: ['0000/4'] },
  ],
  [
    'a fragment from a log',
    '"frontMultiWarning": "00000011", "code": "0",',
    { codes: ['0@code'], bits: ['00000011/front'] },
  ],
  [
    'JSON with single quotes and no quotes on keys',
    "{code: '-1102', warning: ['-9110']}",
    {
      codes: ['-1102@code', '-9110@warning'],
      warnings: ['warning:-9110'],
    },
  ],
  ['a cut-off list', '{"warning": [-9110,', { codes: ['-9110@warning'], warnings: ['warning:-9110'] }],
  [
    'an escaped response without its outer quotes',
    '{\\"frontMultiWarning\\":\\"10000000\\"}',
    { bits: ['10000000/front'] },
  ],
  ['a Python dict', "{'ErrorCode': -1101, 'Message': 'face not found'}", { codes: ['-1101@ErrorCode'] }],
  // Warning strings.
  ['a bare warning string', '10010100', { bits: ['10010100'] }],
  ['front and back side by side', '10010100 00001000', { bits: ['10010100', '00001000'] }],
  ['a warning string one character short', '{"frontMultiWarning":"1001010"}', { notBits: ['1001010/7'] }],
  ['a bare string one character short', '1001010', { codes: ['1001010'], notBits: ['1001010/7'] }],
  ['a warning string with a wrong digit', '10210100', { codes: ['10210100'], notBits: ['10210100/8'] }],
  ['a warning string with a letter', '1001010x', { notBits: ['1001010x/8'] }],
  // Several codes, lists and numbers.
  ['a warning list in brackets', '[-9110,-9111,-9114]', { codes: ['-9110', '-9111', '-9114'] }],
  ['codes separated by bars', '-9110|-9111', { codes: ['-9110', '-9111'] }],
  [
    'a warning field followed by spaces',
    'WarningCode: -9113',
    { codes: ['-9113@WarningCode'], warnings: ['WarningCode:-9113'] },
  ],
  [
    'a warning list with spaces only',
    'warning: -9110 -9114',
    { codes: ['-9110@warning', '-9114@warning'], warnings: ['warning:-9110,-9114'] },
  ],
  [
    'a huge warning number kept exact',
    '{"warning":12345678901234567890}',
    {
      codes: ['12345678901234567890@warning'],
      warnings: ['warning:12345678901234567890'],
    },
  ],
  ['several codes in a chat message', 'got -1102 first, then -1101 after retrying', { codes: ['-1102', '-1101'] }],
  ['a code keyed and alone', '-1101 ... errcode=-1101', { codes: ['-1101@errcode'] }],
  ['a long number', 'order 12345678901234567 failed', { ignored: ['long-number:12345678901234567'] }],
  ['a UUID alone', UUID, { ignored: [`uuid:${UUID}`] }],
  ['nothing but words', 'signature expired', {}],
  ['HTML around a number', '<img src=x onerror=alert(1)>', { codes: ['1'] }],
  ['a bare string with a leading zero, one character short', '0100101', { codes: [], notBits: ['0100101/7'] }],
];

describe('readPaste', () => {
  it(`is checked against ${PASTES.length} real-shaped pastes`, () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(60);
  });
  for (const [what, paste, expected] of PASTES) {
    it(`reads ${what}: exactly the codes, warnings and set-aside numbers in it`, () => expectReading(paste, expected));
  }

  it('says a paste is empty when it holds only blanks and quotes', () => {
    expect(readPaste('  " \u200B " ').empty).toBe(true);
    expect(readPaste('-').empty).toBe(false);
  });
  it('calls signs, digits and list punctuation code-ish, and words not', () => {
    for (const paste of ['-', '+', '66', '[-9110, -9111]', '"-1102"'])
      expect(readPaste(paste).codeish, paste).toBe(true);
    for (const paste of ['code', '签名', '-1102 failed']) expect(readPaste(paste).codeish, paste).toBe(false);
  });
  it('returns the paste cleaned, for a full-text search', () => {
    expect(readPaste(' “签名\u200B过期” ').text).toBe('签名过期');
  });
  it('returns escapes of ASCII characters decoded, and a backslash or a Chinese character still escaped', () => {
    expect(readPaste('\\u0022\\u002d1102\\u0022').text).toBe('-1102');
    expect(readPaste('a\\u005cb \\u8bf7').text).toBe('a\\u005cb \\u8bf7');
  });
  it('reports a paste longer than the cap, and reads the start of it', () => {
    const r = readPaste(`code=-1102 ${'x'.repeat(MAX_PASTE)}`);
    expect(r.capped).toEqual({ total: MAX_PASTE + 11, read: MAX_PASTE });
    expect(seen(r).codes).toEqual(['-1102@code']);
  });
  it('finds a field nested 1,000 levels deep', () => {
    const deep = `${'{"a":'.repeat(1000)}{"frontMultiWarning":"10000000"}${'}'.repeat(1000)}`;
    expect(seen(readPaste(deep)).bits).toEqual(['10000000/front']);
  });
  it('keeps at most 200 finds per list and counts the rest', () => {
    const r = readPaste(Array.from({ length: 300 }, (_, i) => `-${i + 1000}`).join(' '));
    expect(r.codes).toHaveLength(200);
    expect(r.more).toBe(100);
  });
});

describe('readPaste on words around codes', () => {
  it('keeps a number glued to Chinese words a lone code, and says the paste is words', () => {
    const r = readPaste('最多支持20个url');
    expect(seen(r).codes).toEqual(['20']);
    expect(r.wordy).toBe(true);
  });
  it.each([
    '签名过期',
    'What does error code -5062 mean?',
    'got -1102 first, then -1101 after retrying',
    '返回码：-1102，怎么处理？',
    '{"code":-1102,"message":"图片解码失败"}',
    'level=error msg="ocr failed" ret=-7001',
    'ошибка 1102',
  ])('says %j holds words besides codes and field names', (paste) => {
    expect(readPaste(paste).wordy).toBe(true);
  });
  it.each([
    '-1102',
    '[-9110, -9111]',
    '错误码：-1102',
    '错误码 66660023',
    '告警码 -9110',
    'code=-1102',
    'X-ErrNo: -5062',
    '10010100',
    'LimitExceeded',
    '{"code":-1102,"WarningCode":[-9110],"RequestId":"abcdef"}',
    '{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r-1"}}',
    '{"IsNeedCharge":true,"OcrNation":null,"code":0}',
    'GET /x 200 12ms',
    'Nov 22 10:00:01 code=-1101',
    '2026年11月22日 错误码 -1101',
    '{"frontMultiWarning":"10010100","backMultiWarning":"00000000"}',
  ])('says %j holds nothing but codes, field names and values set aside', (paste) => {
    expect(readPaste(paste).wordy).toBe(false);
  });
});

describe('readPaste on more finds than it keeps', () => {
  const lone = (n: number) => Array.from({ length: n }, (_, i) => `-${i + 1000}`).join(' ');
  const NONE = { codes: 0, warningCodes: 0, bits: 0, warnings: 0, notBits: 0, ignored: 0 };

  it('keeps a warning code after 250 lone codes, and says exactly how many codes it left out', () => {
    const r = readPaste(`${lone(250)} "WarningCode":[-9110]`);
    expect(seen(r).codes).toContain('-9110@WarningCode');
    expect(seen(r).warnings).toEqual(['WarningCode:-9110']);
    expect(r.cut).toEqual({ ...NONE, codes: 50 });
    expect(r.more).toBe(50);
  });
  it('keeps a warning code after 250 codes under code fields', () => {
    const keyed = Array.from({ length: 250 }, (_, i) => `code=${i + 1000}`).join(' ');
    const r = readPaste(`${keyed} "WarningCode":[-9110]`);
    expect(seen(r).codes).toContain('-9110@WarningCode');
    expect(r.cut).toEqual({ ...NONE, codes: 50 });
  });
  it('keeps a warning code that was left out when it first stood alone', () => {
    const r = readPaste(`${lone(250)} "WarningCode":[-1230]`);
    expect(seen(r).codes).toContain('-1230@WarningCode');
    expect(r.cut).toEqual({ ...NONE, codes: 49 });
  });
  it('keeps a new warning string after the same one repeated 250 times', () => {
    const r = readPaste(`${'{"frontMultiWarning":"10010100"}\n'.repeat(250)}{"frontMultiWarning":"10000000"}`);
    expect(seen(r).bits).toEqual(['10010100/front', '10000000/front']);
    expect(r.cut).toEqual(NONE);
    expect(r.more).toBe(0);
  });
  it('counts the distinct warning strings and lists left out', () => {
    const all = Array.from({ length: 256 }, (_, i) => i.toString(2).padStart(8, '0'));
    expect(readPaste(all.join(' ')).cut).toEqual({ ...NONE, bits: 56 });
    const lists = Array.from({ length: 300 }, (_, i) => `{"WarningCode":[-${i + 9000}]}`).join('\n');
    const r = readPaste(`${lists}\n${lists}`);
    expect(r.warnings).toHaveLength(200);
    expect(r.cut).toEqual({ ...NONE, warnings: 100, warningCodes: 100 });
    expect(r.more).toBe(200);
  });
  it('counts a list repeated in a log of many calls once', () => {
    const r = readPaste('{"WarningCode":[-9110,-9111],"RequestId":"r-1"}\n'.repeat(300));
    expect(seen(r).warnings).toEqual(['WarningCode:-9110,-9111']);
    expect(r.cut).toEqual(NONE);
  });
});

// Which service answered, as far as the text shows it (the caller decides how to order meanings).
const FACEID_RESULT = JSON.stringify({
  Response: {
    Text: {
      ErrCode: 0,
      ErrMsg: '成功',
      IdCard: '440111111111111111',
      Name: '张三',
      LiveStatus: 0,
      LiveMsg: '成功',
      Comparestatus: 0,
      Comparemsg: '成功',
      Sim: '76.52',
      LivenessDetail: [{ Errcode: 0, Errmsg: '成功', Livestatus: 0, Comparestatus: 0, Sim: '76.52' }],
    },
    RequestId: UUID,
  },
});
const SERVICES: [string, string, ServiceHint[]][] = [
  [
    'an API 3.0 error envelope',
    `{"Response":{"Error":{"Code":"FailedOperation.LifePhotoDetectFaces","Message":"检测到多张人脸。"},"RequestId":"${UUID}"}}`,
    ['api3'],
  ],
  ['an API 3.0 error code under its dotted field name', 'Response.Error.Code: AuthFailure.SignatureExpire', ['api3']],
  ['a Python SDK exception', '[TencentCloudSDKException] code:InternalError message:内部错误 requestId:r-1', ['api3']],
  ['a Go SDK error', '[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=x, RequestId=r-1', ['api3']],
  ['an X-ErrNo header', 'HTTP/1.1 404 Not Found\nContent-Length: 0\nX-ErrNo: -5062', ['x-errno']],
  ['a FaceID verification result', FACEID_RESULT, ['faceid-result']],
  [
    'a FaceID result held as a string in DetectInfo',
    JSON.stringify({ Response: { DetectInfo: DETECT_INFO } }),
    ['faceid-result'],
  ],
  ['a FaceID liveness result in a log', 'Errcode=-1101 Errmsg=检测失败 Livestatus=-1101', ['faceid-result']],
  [
    'a FaceID result and an X-ErrNo header, most specific first',
    `X-ErrNo: -5062\n${FACEID_RESULT}\n{"Response":{"Error":{"Code":"InternalError"}}}`,
    ['faceid-result', 'x-errno', 'api3'],
  ],
  ['an API 3.0 success', '{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}', []],
  ['an error without the API 3.0 envelope', '{"Error":{"Code":"AuthFailure.SignatureExpire"}}', []],
  ['an error code and message with no FaceID field', '{"ErrCode":-1101,"ErrMsg":"检测失败"}', []],
  ['a legacy V1 error', '{"code":-1102,"message":"图片解码失败","data":{}}', []],
  ['a plain code', '-5062', []],
];

describe('readPaste on the service a paste names', () => {
  for (const [what, paste, expected] of SERVICES) {
    it(`names ${JSON.stringify(expected)} for ${what}`, () => expect(readPaste(paste).services).toEqual(expected));
  }
  it('names each service once, in a log of many calls', () => {
    expect(readPaste('X-ErrNo: -5062\n'.repeat(50)).services).toEqual(['x-errno']);
  });
});

describe('fieldRole', () => {
  it('knows code, warning and warning-string fields in any casing and spelling', () => {
    for (const key of [
      'code',
      'Code',
      'errcode',
      'ErrCode',
      'errorCode',
      'ErrorCode',
      'error_code',
      'ret',
      'errno',
      'X-ErrNo',
      'Response.Error.Code',
    ]) {
      expect(fieldRole(key), key).toBe('code');
    }
    for (const key of ['WarningCode', 'warning', 'warnCode', 'frontWarnCode', 'WarnInfos'])
      expect(fieldRole(key), key).toBe('warning');
    for (const key of ['FrontMultiWarning', 'backMultiWarning', 'multiWarning'])
      expect(fieldRole(key), key).toBe('bits');
    for (const key of ['RequestId', 'request_id', 'X-Request-Id', 'orderNo'])
      expect(fieldRole(key), key).toBe('request-id');
    for (const key of ['Message', 'msg', 'ErrMsg', 'error_message', 'Description', 'reason'])
      expect(fieldRole(key), key).toBe('text');
    expect(fieldRole('Sim')).toBe('other');
  });
});

describe('otherSign', () => {
  it('flips the sign, and gives none for zero', () => {
    expect(otherSign('5002')).toBe('-5002');
    expect(otherSign('-5002')).toBe('5002');
    expect(otherSign('0')).toBeUndefined();
  });
  it('gives none for an API 3.0 error code, which has no sign', () => {
    expect(otherSign('LimitExceeded')).toBeUndefined();
    expect(otherSign('FailedOperation.ImageDecodeFailed')).toBeUndefined();
  });
});

describe('shareQuery', () => {
  it('holds only the decoded values, never the rest of the paste', () => {
    const r = readPaste(
      '{"code":"0","name":"张三","idcard":"11010119900307123X","result":{"frontMultiWarning":"10010100","warningCode":[-9113]}}',
    );
    const q = shareQuery(r);
    expect(q).toBe('frontMultiWarning=10010100 warningCode=[-9113] code=0');
    expect(q).not.toContain('张三');
    expect(q).not.toContain('110101');
  });
  it('is read back to the same values', () => {
    const r = readPaste('7 {"backMultiWarning":"00001000","WarningCode":[-9110,-9111],"ErrorCode":-1101} 10010100');
    const again = readPaste(shareQuery(r));
    expect(again.codes.map((c) => c.code)).toEqual(r.codes.map((c) => c.code));
    expect(again.bits.map((b) => [b.value, b.side])).toEqual(r.bits.map((b) => [b.value, b.side]));
    expect(again.warnings.map((w) => w.codes)).toEqual(r.warnings.map((w) => w.codes));
  });
});

describe('on random and hostile input', () => {
  const pasteLike = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({
      unit: fc.constantFrom(
        '0',
        '1',
        '-',
        '9',
        ' ',
        '"',
        '\\',
        '{',
        '}',
        '[',
        ']',
        ':',
        ',',
        '=',
        'a',
        '.',
        '\u200B',
        '－',
        '１',
      ),
      maxLength: 80,
    }),
    fc.json(),
    fc.json().map((j) => JSON.stringify(j)),
    fc
      .array(fc.integer({ min: -99999, max: 99999999 }), { maxLength: 6 })
      .map((xs) => `{"WarningCode":[${xs.join(',')}]}`),
  );

  it('never throws (20,000 inputs)', () => {
    fc.assert(
      fc.property(pasteLike, (paste) => void readPaste(paste)),
      { numRuns: 20_000 },
    );
  }, 120_000);

  it('never returns a code that is not in the input, once cleaned', () => {
    fc.assert(
      fc.property(pasteLike, (paste) => {
        const clean = cleanPaste(paste);
        for (const { code } of readPaste(paste).codes) expect(clean).toContain(code);
        for (const { value } of readPaste(paste).bits) expect(clean).toContain(value);
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);

  const KEYS = ['code', 'ErrorCode', 'errno', 'WarningCode', 'frontMultiWarning', 'ret', 'RequestId', 'msg'];
  const record = fc.array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.oneof(fc.integer({ min: -99999, max: 99999999 }), fc.constantFrom('10010100', '-9110', 'ok', '签名过期')),
    ),
    { minLength: 1, maxLength: 5 },
  );
  const asJson = (pairs: [string, unknown][], space: string, caseOf: (k: string) => string) =>
    `{${pairs.map(([k, v]) => `"${caseOf(k)}":${space}${JSON.stringify(v)}`).join(`,${space}`)}}`;

  it('returns the same for the same paste with other whitespace', () => {
    fc.assert(
      fc.property(record, fc.constantFrom(' ', '  ', '\t', ' \t '), (pairs, space) => {
        expect(seen(readPaste(asJson(pairs, space, (k) => k)))).toEqual(seen(readPaste(asJson(pairs, '', (k) => k))));
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);

  it('returns the same codes for the same paste with other key casing', () => {
    const codes = (r: PasteReading) => ({
      codes: r.codes.map((c) => c.code),
      bits: r.bits.map((b) => b.value),
      ignored: r.ignored.map((i) => i.kind),
    });
    fc.assert(
      fc.property(
        record,
        fc.constantFrom(
          (k: string) => k.toLowerCase(),
          (k: string) => k.toUpperCase(),
          (k: string) => k[0]?.toUpperCase() + k.slice(1),
        ),
        (pairs, caseOf) => {
          expect(codes(readPaste(asJson(pairs, '', caseOf)))).toEqual(codes(readPaste(asJson(pairs, '', (k) => k))));
        },
      ),
      { numRuns: 2_000 },
    );
  }, 120_000);

  // Linear time: reading 16 times the input must cost about 16 times as long, as a ratio of two timings taken in the
  // same run, each the best of 3 (a quadratic reader would take 256 times as long). No absolute time is asserted.
  const HOSTILE: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['digits and dots', (n) => '1.'.repeat(n / 2)],
    ['opening brackets', (n) => '['.repeat(n)],
    ['opening braces with keys', (n) => '{"a":'.repeat(n / 5)],
    ['quotes', (n) => '"'.repeat(n)],
    ['backslashes', (n) => '\\'.repeat(n)],
    ['spaces then a quote', (n) => `${' '.repeat(n)}x`],
    ['a key and spaces', (n) => `code${' '.repeat(n)}`],
    ['minus signs', (n) => '-'.repeat(n)],
    ['dotted words', (n) => `A${'.a'.repeat(n / 2)}1`],
    ['codes', (n) => '-9110,'.repeat(n / 6)],
    ['hex groups', (n) => 'ab12-'.repeat(n / 5)],
    ['percent escapes', (n) => '%31'.repeat(n / 3)],
    ['zero-width spaces', (n) => '\u200B1'.repeat(n / 2)],
    ['Chinese dates', (n) => '2026年11月'.repeat(n / 8)],
    ['numbers and spaces', (n) => '1 '.repeat(n / 2)],
    ['a number then spaces', (n) => `1${' '.repeat(n)}`],
    ['month names and days', (n) => 'Nov 2 '.repeat(n / 6)],
    ['syslog tags', (n) => 'a[1]:'.repeat(n / 5)],
    ['months and days', (n) => '1/2 '.repeat(n / 4)],
    ['escaped minus signs', (n) => '\\u002d'.repeat(n / 6)],
    ['digits and Cyrillic letters', (n) => '1О'.repeat(n / 2)],
    ['words', (n) => 'ab '.repeat(n / 3)],
    ['Chinese words and keys', (n) => '签名 错误码'.repeat(n / 6)],
    ['FaceID result fields', (n) => '"Sim":1,"ErrCode":0,'.repeat(n / 20)],
    ['SDK exceptions', (n) => '[TencentCloudSDKError] Code=InternalError, '.repeat(n / 44)],
    ['digits and letters beyond the BMP', (n) => '1\u{10400}'.repeat(n / 3)],
    ['backslashes before an escape', (n) => `${'\\'.repeat(n)}u0031`],
    ['field names written onto their values', (n) => 'code:A.b '.repeat(n / 9)],
    ['one long word', (n) => 'a'.repeat(n)],
    ['one long dotted word under a code field', (n) => `code:AuthFailure${'.a'.repeat(n / 2)}`],
  ];
  /**
   * The best of three timings of reading `small` `times` times and of reading `large` once (as long as `times` smalls):
   * the same amount of text, read in turns, so a busy moment of the machine weighs on both alike.
   */
  const bestTimes = (small: string, times: number, large: string) => {
    const best = [Infinity, Infinity];
    const time = (read: () => void) => {
      const start = performance.now();
      read();
      return performance.now() - start;
    };
    for (let i = 0; i < 3; i++) {
      best[0] = Math.min(
        best[0] ?? Infinity,
        time(() => Array.from({ length: times }, () => readPaste(small))),
      );
      best[1] = Math.min(
        best[1] ?? Infinity,
        time(() => readPaste(large)),
      );
    }
    return best;
  };
  for (const [what, make] of HOSTILE) {
    it(`reads ${what} in linear time`, () => {
      // One text 16 times as long as the other, read against 16 readings of the short one: in linear time both take
      // as long; in quadratic time the long one takes 16 times as long, in every round. A machine busy with a build
      // beside it can slow one round's long reading: up to three rounds, the best ratio counts.
      const small = make(12_500);
      const large = make(200_000);
      readPaste(small); // warm up
      let ratio = Infinity;
      for (let round = 0; round < 3 && ratio >= 4; round++) {
        const [tSmalls = 0, tLarge = 0] = bestTimes(small, 16, large);
        ratio = Math.min(ratio, tLarge / Math.max(tSmalls, 1));
      }
      expect(ratio).toBeLessThan(4);
    }, 120_000);
  }
  it('reads 1 MB of any of them without throwing', () => {
    for (const [, make] of HOSTILE) expect(() => readPaste(make(MAX_PASTE))).not.toThrow();
  }, 120_000);
});

describe('readPaste on a homoglyph', () => {
  it('says which position of a warning string holds a letter', () => {
    expect(readPaste('{"frontMultiWarning":"1О010100"}').notBits).toEqual([
      { value: '1О010100', key: 'frontMultiWarning', length: 8, wrong: [{ position: 2, char: 'О' }] },
    ]);
  });
});

describe('readPaste on a log of many calls', () => {
  it('reports the same warning string, list or set-aside value once', () => {
    const r = readPaste('{"frontMultiWarning":"10010100","WarningCode":[-9110],"RequestId":"r-1"}\n'.repeat(50));
    expect(seen(r)).toEqual({
      codes: ['-9110@WarningCode'],
      bits: ['10010100/front'],
      warnings: ['WarningCode:-9110'],
      ignored: ['request-id:r-1'],
      notBits: [],
    });
  });
});
