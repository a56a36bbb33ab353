// Pastes people bring to the search (the issue "Paste anything"), shared by the tests of the header box and of the
// search page, in either language: each with what a search must answer.

const UUID = 'CE661F1A-0F1E-45BD-BE13-34C05CEA7681';

/** Pastes holding one documented code, which a search answers first: [paste, code]. */
export const PASTES_WITH_ONE_CODE: [string, string][] = [
  ['错误码 66660023 是什么意思', '66660023'],
  ['Error: FaceID returned 66660004 (请求参数错误)', '66660004'],
  ['http 400 code -1101', '-1101'],
  ['X-ErrNo: -5062', '-5062'],
  ['-11\u200B02', '-1102'],
  ['-11\u{E0020}\uFE0F\u180B\uFFF902', '-1102'],
  ['－１１０２', '-1102'],
  ['{"code":-1308,"message":"url图片下载失败","session_id":"a1b2"}', '-1308'],
  [`{"Response":{"Error":{"Code":"-1102","Message":"图片解码失败"},"RequestId":"${UUID}"}}`, '-1102'],
  [`{"Response":{"Error":{"Code":"FailedOperation","Message":"-1102 图片解码失败"},"RequestId":"${UUID}"}}`, '-1102'],
  [`2026-11-22 10:00:01,123 ERROR ocr failed ret=-5002 request_id=${UUID}`, '-5002'],
  ['ts=2026-11-22T10:00:01Z level=error msg="ocr failed" ret=-5062 request_id=abc-123', '-5062'],
  ['{"time":"2026-11-22T10:00:01.123+08:00","level":"ERROR","errno":-1308,"ip":"10.0.0.12"}', '-1308'],
  ['https://example.com/cb?code=%2D1102&msg=%E5%9B%BE%E7%89%87', '-1102'],
  ['2026年11月22日 10时05分 返回 -1101', '-1101'],
  ['Nov 22 10:00:01 host app[1234]: code=-1101', '-1101'],
];

/** Pastes holding warnings, which a search offers to explain in the decoder: [paste, the query the offer carries]. */
export const WARNING_PASTES: [string, string][] = [
  ['{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}', 'warningCode=[-9111]'],
  [
    '{"name":"张三","result":{"frontMultiWarning":"10010100","backMultiWarning":"00000000"}}',
    'frontMultiWarning=10010100 backMultiWarning=00000000',
  ],
];

/** A whole API response with a person's name and ID number, and a documented code. */
export const PERSONAL_PASTE = {
  paste: JSON.stringify({
    Response: {
      Name: '张三',
      IdNum: '11010119900307123X',
      Error: { Code: '-1102', Message: '图片解码失败' },
      RequestId: UUID,
    },
  }),
  code: '-1102',
  /** What must never reach an address. */
  secrets: ['张三', '110101', '19900307', 'IdNum', UUID],
};
