// Pastes people bring to the search (the issue "Paste anything") and the decoder, shared by the tests of the header
// box, the search page and the decoder, in either language: each with what it must answer.
import type { Carrier } from '../../src/lib/carriers';

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

/** A response that holds a person's name and ID number, and no code at all: nothing of it may reach an address. */
export const NOTHING_TO_SHARE = {
  paste: JSON.stringify({ Response: { Name: '张三', IdNum: '11010119900307123X', RequestId: UUID } }),
  secrets: ['张三', '11010119900307123X', '110101', '19900307', 'IdNum', UUID],
};

/**
 * What makes the first answer to a paste right: where the paste shows its code came from (`carrier`), whose tables
 * (their `carriedIn`) then come first; without one, Tencent's current documents come before its deprecated pages.
 */
export interface FirstBecause {
  carrier?: Carrier;
  because: string;
}

/**
 * The codes of today as developers paste them, from the shapes of Tencent's responses, SDK errors and logs
 * (../shared/research/response-shapes.md): [paste, the code it must answer first as Tencent writes it, why].
 */
export const PASTES_OF_TODAY: [paste: string, code: string, why: FirstBecause][] = [
  [
    '{"Response":{"Text":{"ErrCode":1102,"ErrMsg":"脸部未完整露出"}}}',
    '1102',
    { because: "a FaceID result's ErrCode 1102 is a code of today, not the legacy -1102 without its minus" },
  ],
  [
    '{"Response":{"Error":{"Code":"FailedOperation.LifePhotoDetectFaces","Message":"检测到多张人脸。"}}}',
    'FailedOperation.LifePhotoDetectFaces',
    { carrier: 'Error.Code', because: 'an API 3.0 error names its code under Response.Error.Code' },
  ],
  [
    `[TencentCloudSDKException] code:FailedOperation.ImageDecodeFailed message:图片解码失败。 requestId:${UUID}`,
    'FailedOperation.ImageDecodeFailed',
    { carrier: 'Error.Code', because: "the Python SDK's exception carries the API 3.0 error code" },
  ],
  [
    `[TencentCloudSDKError] Code=InvalidParameterValue.NoFaceInPhoto, Message=图片中没有人脸。, RequestId=${UUID}`,
    'InvalidParameterValue.NoFaceInPhoto',
    { carrier: 'Error.Code', because: "the Go SDK's error carries the API 3.0 error code" },
  ],
  [
    `Response.Error.Code=AuthFailure.SignatureExpire Response.Error.Message="签名过期。" Response.RequestId=${UUID}`,
    'AuthFailure.SignatureExpire',
    { carrier: 'Error.Code', because: 'a flattened log of the API 3.0 error envelope' },
  ],
  [
    JSON.stringify({
      Response: {
        DetectInfo: JSON.stringify({
          Text: {
            ErrCode: 2016,
            ErrMsg: '比对相似度未达到通过标准',
            IdCard: '11010119900307123X',
            Name: '张三',
            LiveStatus: 0,
            LiveMsg: '成功',
            Comparestatus: 2016,
            Comparemsg: '比对相似度未达到通过标准',
            Sim: '45.21',
          },
        }),
        RequestId: UUID,
      },
    }),
    '2016',
    { carrier: 'ErrCode', because: "GetDetectInfo's DetectInfo is escaped JSON holding the result's Text.ErrCode" },
  ],
  [
    `HTTP/1.1 403 Forbidden\nContent-Type: text/plain\nX-ErrNo: -5062\nX-Cos-Request-Id: NjM3ZGM5YjBfNGQ2NjM0MGJfMjg1ZF8xYmQ=`,
    '-5062',
    { carrier: 'X-ErrNo', because: "Cloud Infinite's download table, which the X-ErrNo header carries, comes first" },
  ],
  [
    `< HTTP/1.1 404 Not Found\n< Content-Length: 0\n< X-ErrNo: -164\n< x-cos-request-id: NjM3ZGM5YjBfNGQ2NjM0MGJfMjg1ZF8xYmQ=`,
    '-164',
    { carrier: 'X-ErrNo', because: 'the response headers curl -v prints, the HTTP status set aside' },
  ],
  [
    `2026-11-22 10:00:01.123 ERROR [iai] DetectFace failed: code=InvalidParameterValue.NoFaceInPhoto requestId=${UUID}`,
    'InvalidParameterValue.NoFaceInPhoto',
    { because: 'an API 3.0 code in a log line, its date, time and request id set aside' },
  ],
  [
    'authfailure.signatureexpire',
    'AuthFailure.SignatureExpire',
    { because: 'a name typed in lower case is the code Tencent writes in mixed case' },
  ],
  ['LimitExceeded', 'LimitExceeded', { because: 'a common API 3.0 code pasted alone' }],
  [
    'Success',
    'Success',
    { because: "the Result of a FaceID (international) PaaS call, copied alone: Tencent's code for a pass" },
  ],
  [
    `{"Response":{"Result":"FailedOperation.CompareLowSimilarity","Description":"比对相似度未达到通过标准","Sim":45.2,"RequestId":"${UUID}"}}`,
    'FailedOperation.CompareLowSimilarity',
    { because: 'a FaceID (international) PaaS result names its code under Result' },
  ],
  [
    `{"Response":{"Error":{"Code":"FailedOperation.ImageNoIdCard","Message":"照片未检测到身份证"},"RequestId":"${UUID}"}}`,
    'FailedOperation.ImageNoIdCard',
    { carrier: 'Error.Code', because: "an OCR ID card call's API 3.0 error" },
  ],
  [
    `{"Response":{"Error":{"Code":"FailedOperation.ImageDecodeFailed","Message":"\\u56fe\\u7247\\u89e3\\u7801\\u5931\\u8d25"},"RequestId":"${UUID}"}}`,
    'FailedOperation.ImageDecodeFailed',
    { carrier: 'Error.Code', because: 'JSON written with its Chinese escaped (Python json.dumps)' },
  ],
  [
    `{"Response":{"Error":{"Code":"InternalError","Message":"内部错误。"},"RequestId":"${UUID}"}}`,
    'InternalError',
    { carrier: 'Error.Code', because: 'a category alone under Error.Code is the code' },
  ],
  [
    `{"Response":{"Error":{"Code":"InvalidParameter","Message":"参数错误"},"RequestId":"${UUID}"}}`,
    'InvalidParameter',
    { carrier: 'Error.Code', because: 'a category alone under Error.Code is the code' },
  ],
  [
    `{"code":"ResourceNotFound","message":"资源不存在。","requestId":"${UUID}"}`,
    'ResourceNotFound',
    { because: 'a client that lower-cased the envelope keys' },
  ],
  [
    '<Response><EventName>TaskFinish</EventName><JobsDetail><Code>1014</Code><CreationTime>2026-11-22T10:00:01+0800</CreationTime><JobId>jd0c0da74f86511ec8a5a87e016101404</JobId><Message>SignatureExpired</Message><State>Failed</State><Tag>Transcode</Tag></JobsDetail></Response>',
    '1014',
    { because: "a Cloud Infinite media processing job's XML callback" },
  ],
  [
    '{"JobsDetail":{"Code":"-61011","Message":"The file does not exist.","JobId":"sa1e9fe4e66c511ee8b2e525400a1c4a9","State":"Failed"}}',
    '-61011',
    { because: 'a Cloud Infinite moderation job that failed' },
  ],
  [
    '{"Text":{"ErrCode":9,"ErrMsg":"文件格式错误，请确认后重试","LiveStatus":9,"LiveMsg":"文件格式错误，请确认后重试"}}',
    '9',
    { carrier: 'ErrCode', because: 'an ErrCode beside LiveStatus is a FaceID SaaS result: not the legacy 9 签名过期' },
  ],
  [
    JSON.stringify({
      Text: {
        ErrCode: 0,
        ErrMsg: '成功',
        IdCard: '11010119900307123X',
        Name: '张三',
        LiveStatus: 0,
        LiveMsg: '成功',
        Comparestatus: 0,
        Comparemsg: '成功',
        Sim: '92.35',
      },
    }),
    '0',
    { carrier: 'ErrCode', because: 'a FaceID SaaS result that passed: its 0, not the legacy OCR 0' },
  ],
  [
    'ErrCode: 1001 ErrMsg: 调用活体引擎接口出错 LiveStatus: 1001',
    '1001',
    { carrier: 'ErrCode', because: 'a FaceID liveness result as a log prints its fields' },
  ],
  [
    `level=error msg="ekyc verification failed" ErrCode=2 ErrMsg="请求不合法，参数有误" BizToken=${UUID}`,
    '2',
    { carrier: 'ErrCode', because: 'a short ErrCode beside a BizToken is a FaceID result code, not a number in words' },
  ],
  ['人脸核身失败，错误码：1102，脸部未完整露出', '1102', { because: 'a Chinese log line names the code after 错误码' }],
];
