// A content folder for measuring the site at scale: the real tables plus generated ones. Used by the scale stage of
// `npm test` and by `npm run bench -- --scale`. Deterministic: the same arguments always give the same tables.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Codes per generated service table. */
export const CODES_PER_SERVICE = 100;

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const WORDS = [
  '签名',
  '图片',
  '下载',
  '失败',
  '参数',
  '超时',
  '身份证',
  '人脸',
  '银行卡',
  '过期',
  '无效',
  '服务',
  '内部错误',
  '请求',
  '权限',
  '配额',
  '网络',
  '格式',
  '解码',
  '检测',
  '翻拍',
  '遮挡',
  '模糊',
  '不存在',
  '重试',
];

/** The code of row `row` of generated service `service`: "7" + 3-digit service + 4-digit row, e.g. 70420007. */
export function syntheticCode(service, row) {
  return `7${String(service).padStart(3, '0')}${String(row).padStart(4, '0')}`;
}

/**
 * Writes a content folder into a new temporary directory (`into`, or under the OS's): the real `content/` plus
 * `services` generated tables of CODES_PER_SERVICE codes each. Returns the folder's path.
 */
export function syntheticContent(services, { from = 'content', into } = {}) {
  const dir = into ?? mkdtempSync(join(tmpdir(), 'errcodes-scale-'));
  cpSync(from, dir, { recursive: true });
  const next = random(services);
  const phrase = (n) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join('');
  for (let s = 0; s < services; s++) {
    const id = String(s).padStart(3, '0');
    const codes = Array.from({ length: CODES_PER_SERVICE }, (_, i) => syntheticCode(s, i));
    const rows = codes.map(
      (code) =>
        `  - codes: ["${code}"]\n    message: ${phrase(3 + Math.floor(next() * 4))}\n    advice: ${phrase(4 + Math.floor(next() * 8))}`,
    );
    writeFileSync(
      join(dir, 'tables', 'image', `synthetic-${id}.yaml`),
      [
        'product: image',
        'document: image-services-error-codes',
        `order: ${1000 + s}`,
        `sections: [合成服务${id}错误码]`,
        'columns: { code: 错误码, message: 含义, advice: 处理措施 }',
        'rows:',
        ...rows,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'translations', 'en', 'tables', 'image', `synthetic-${id}.yaml`),
      [
        `label: Synthetic service ${id}`,
        `sections: [Synthetic service ${id} error codes]`,
        'columns: { code: Error code, message: Meaning, advice: Recommended action }',
        'rows:',
        ...codes.map((code) => `  "${code}": { message: Synthetic meaning ${code}, advice: Synthetic advice ${code} }`),
        '',
      ].join('\n'),
    );
  }
  return dir;
}
