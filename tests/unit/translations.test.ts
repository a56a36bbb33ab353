import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { tableTitle } from '../../src/lib/table-heading';
import { contentEnglish, glossary, holdsTerm, interfaceTexts, translationPairs } from '../support/translations';
import { catalog, positions } from '../support/tables';

// The site's English where Tencent publishes none, beside the Chinese it translates, read as the build reads content.
const pairs = translationPairs();
const where = (p: { file: string; path: string }) => `${p.file} ${p.path}`;

describe('every text the site translates', () => {
  it("has English for every table the site shows: Tencent's own where it publishes it, else ours", () => {
    const missing = catalog.tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        [row.message, row.advice].flatMap((text) =>
          text && typeof text.official.en !== 'string' && text.ours.en === undefined ? [`${table.id} ${row.key}`] : [],
        ),
      ),
    );
    expect(missing).toEqual([]);
    expect(pairs.length).toBeGreaterThan(500);
  });

  it('has the evidence of every warning position in English, and its meaning when it has one', () => {
    expect(positions.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of positions) {
      expect(p.evidence.ours.en, String(p.position)).toBeTruthy();
      if (p.meaning) expect(p.meaning.ours.en, String(p.position)).toBeTruthy();
    }
  });
});

// Latin-script words of the Chinese that are ordinary words, not identifiers: the sources write them in whatever case
// (url, Url, Http), and the English writes them as English does (URL, HTTP), so they are kept in any letter case.
const GENERIC_WORDS: Record<string, string> = {
  url: 'a web address: URL in English (url图片下载失败, Url中包含的appid无效)',
  http: 'the protocol: HTTP in English (http服务器内部错误, Http请求的Range)',
  ip: 'the Internet Protocol: IP in English (ip直通车打包失败)',
  md5: 'the hash algorithm: MD5 in English (校验md5失败)',
  sha1: 'the hash algorithm: SHA1 in English (校验sha1失败, sha1不匹配)',
  cgi: 'the Common Gateway Interface: CGI in English (cgi初始化错误)',
  proxy: 'the proxy layer, an English word: capitalised where it starts a title (proxy错误码说明)',
};

// Chinese texts translated in more than one way on purpose, and why.
const EXPLAINED: Record<string, string> = {
  告警码: 'a column header is one code ("Warning code"); the bank-card table part holds all of them ("Warning codes")',
};

describe('the translations', () => {
  it('translate the same Chinese text the same way everywhere, apart from the differences explained', () => {
    const seen = new Map<string, { en: string; at: string }>();
    const differences: string[] = [];
    const explained = new Set<string>();
    for (const pair of pairs) {
      const first = seen.get(pair.zh);
      if (!first) seen.set(pair.zh, { en: pair.en, at: where(pair) });
      else if (pair.zh in EXPLAINED && first.en !== pair.en) explained.add(pair.zh);
      else if (first.en !== pair.en) {
        differences.push(
          `${where(pair)}: ${JSON.stringify(pair.en)}, but ${first.at}: ${JSON.stringify(first.en)} for ${JSON.stringify(pair.zh)}`,
        );
      }
    }
    expect(differences).toEqual([]);
    // Every explanation is still needed.
    expect([...explained].sort()).toEqual(Object.keys(EXPLAINED).sort());
    // Repeats exist (e.g. 图片解码失败 in several tables), so the check has something to compare.
    expect(seen.size).toBeLessThan(pairs.length);
  });

  it('hold no Chinese left untranslated', () => {
    const untranslated = pairs.filter((p) => /\p{Script=Han}/u.test(p.en)).map((p) => `${where(p)}: ${p.en}`);
    expect(untranslated).toEqual([]);
  });

  it('keep numbers, codes, field names and other Latin-script words of the Chinese verbatim', () => {
    const kept = (token: string, en: string) =>
      token.toLowerCase() in GENERIC_WORDS ? holdsTerm(en, token) : en.includes(token);
    // <be> is Tencent's typo of <br> in one cell of faceid-saas-error-codes.zh.md: markup, not a word to keep.
    const missing = pairs.flatMap((p) =>
      (p.zh.replaceAll('<be>', '').match(/[A-Za-z0-9][\w.*-]*(?: [A-Za-z][\w-]*)*/g) ?? [])
        .filter((token) => !kept(token, p.en))
        .map((token) => `${where(p)}: ${JSON.stringify(token)} is not in ${JSON.stringify(p.en)}`),
    );
    expect(missing).toEqual([]);
  });

  it('write the generic words in the case English writes them, and need every exception to the verbatim rule', () => {
    const tokens = pairs.flatMap((p) => p.zh.match(/[A-Za-z0-9][\w.*-]*/g) ?? []);
    const used = Object.keys(GENERIC_WORDS).filter((word) => tokens.some((t) => t.toLowerCase() === word));
    expect(used.sort()).toEqual(Object.keys(GENERIC_WORDS).sort());
  });

  it('keep the line breaks of the Chinese', () => {
    const differ = pairs.filter((p) => p.zh.split('\n').length !== p.en.split('\n').length).map(where);
    expect(differ).toEqual([]);
  });
});

// Calques and misleading words that a wording review took out of the English, each with why; none may come back,
// in content/ (translations and labels) or in the interface (src/i18n and the about page).
const FORBIDDEN_ENGLISH: [RegExp, string][] = [
  [/two-factor/i, '二要素 is the check of a name and an ID number; "two-factor" reads as 2FA'],
  [
    /licence/i,
    'Tencent\'s API names say "license" (DriverLicenseOCR, VehicleLicenseOCR), and developers search for it',
  ],
  [
    /\b(?:faces?|blinks?)\b[^;]*\brecogni[sz]ed\b|\brecogni[sz]ed\b[^;]*\b(?:faces?|blinks?)\b/i,
    'a face or a blink is detected; recognition identifies a person',
  ],
  [
    /facing the frame|directly (?:in|inside) the frame/i,
    '正脸对框 has one rendering: "face the camera straight on, inside the frame"',
  ],
  [/audio recognition|audio not recognized/i, '声音识别 is speech recognition of the digits read aloud'],
  [/please confirm/i, '请确认 asks the user to check, not to say yes'],
  [
    /error code descriptions?/i,
    'Tencent\'s English titles these tables "Error codes" and names the column "Description"',
  ],
  [/handling advice/i, '处理措施 is the recommended action (Tencent\'s English: "Action")'],
  [/default handling/i, 'warnings are accepted by default'],
  [/operations too frequent/i, '操作太频繁 is "too many operations"'],
  [/retry recognition/i, '需重新识别 is "try again"'],
  [/clear and complete/i, '清晰完整 is "clearly visible"'],
  [/suspected of being prohibited/i, 'an image is suspected of containing prohibited content'],
  [/ID card is incorrect/i, '身份证有误 is a problem with the ID card image'],
  [/relevant staff/i, '请联系相关人员 asks the user to contact the person responsible for the account'],
  [/\b(?:ID|bank)-card\b/i, 'one spelling, the glossary\'s: "ID card", "bank card"'],
  [/marked with where it comes from/i, 'said plainly: "labelled with its source"'],
  [/get lost or added/i, 'said plainly: "Was a minus sign dropped or added by mistake?"'],
];

describe('the English wording', () => {
  const english = [...contentEnglish(), ...interfaceTexts('en')];

  it('holds none of the calques and misleading words a review took out', () => {
    const found = english.flatMap(({ at, text }) =>
      FORBIDDEN_ENGLISH.filter(([pattern]) => pattern.test(text)).map(
        ([pattern, why]) => `${at}: ${JSON.stringify(text)} matches ${pattern} (${why})`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('is checked in every kind of text: rows, titles, labels, notices, interface strings and the about page', () => {
    const places = new Set(english.map(({ at }) => at.split(/[ :.]/)[0]));
    expect([...places].sort()).toEqual(
      expect.arrayContaining([
        'content/translations/en/idcard-multiwarning',
        'content/translations/en/tables/faceid/gateway',
        'src/i18n',
        'src/prose/about',
      ]),
    );
    expect(english.some(({ at }) => at.endsWith(' label'))).toBe(true);
  });

  it('says "detected", never "recognized", where the Chinese says a face or a blink was 识别到', () => {
    const wrong = pairs.filter(
      (p) => /识别到(?:人脸|眨眼)/.test(p.zh) && (/recogni[sz]/i.test(p.en) || !/detected/i.test(p.en)),
    );
    expect(wrong.map(where)).toEqual([]);
    expect(pairs.filter((p) => /识别到(?:人脸|眨眼)/.test(p.zh)).length).toBeGreaterThan(0);
  });

  it('renders 正脸对框 one way everywhere', () => {
    const phrase = glossary()['正脸对框']?.en ?? '';
    const prompts = pairs.filter((p) => p.zh.includes('正脸对框'));
    expect(phrase).toBe('face the camera straight on, inside the frame');
    expect(prompts.length).toBeGreaterThan(3);
    expect(prompts.filter((p) => !p.en.toLowerCase().includes(phrase)).map(where)).toEqual([]);
  });

  it("gives every table a capitalised label whose words are in the table's English title", () => {
    const wrong = catalog.tables.flatMap((table) => {
      const heading = [...table.sections.map((s) => s.official.en ?? s.ours.en ?? ''), tableTitle(table, 'en')].join(
        ' ',
      );
      const label = table.label.en ?? '';
      const words = label.replace(/\(.*?\)/g, ' ').match(/[\p{L}\p{N}']+/gu) ?? [];
      const missing = words.filter((w) => !holdsTerm(heading, w) && !holdsTerm(heading, w.replace(/s$/, '')));
      return /^[\p{Lu}\p{N}]/u.test(label) && missing.length === 0
        ? []
        : [`${table.id}: label ${JSON.stringify(label)}, title ${JSON.stringify(heading)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('names the tags of the translated texts in the note that explains them, as the tags write them', () => {
    const { note, ours, official } = dictionary('en').pages.translation;
    expect(note).toContain(`“${ours}”`);
    expect(note).toContain(`“${official}”`);
  });

  it('says each thing once in the row of an undocumented warning position', () => {
    const t = dictionary('en').pages;
    const undocumented = positions.filter((p) => p.provenance === 'undocumented');
    expect(undocumented.length).toBeGreaterThan(0);
    for (const position of undocumented) {
      const label = t.provenance.undocumented.toLowerCase();
      expect(t.positions.unknown.toLowerCase()).not.toContain(label);
      expect(position.evidence.ours.en?.toLowerCase()).not.toContain(label);
    }
  });
});

// The terms the sources use, each beside the wording a Chinese page once used instead (a back-translation of our
// English); the Chinese interface uses the sources' term. Each source term is checked to be in a source document.
const SOURCE_TERMS: { source: string; wrong: string; where: string }[] = [
  { source: '处理措施', wrong: '处理建议', where: 'the column header of the FaceID tables (faceid-response-codes.md)' },
  { source: '接入前置服务', wrong: '接入网关', where: 'the section 接入前置服务响应码 (faceid-response-codes.md)' },
  { source: '二要素识别', wrong: '二要素核验', where: 'the section 二要素识别响应码 (faceid-response-codes.md)' },
  { source: '告警码', wrong: '警告码', where: 'the ID card and bank card warnings (faceid-response-codes.md)' },
  {
    source: '请您',
    wrong: '你',
    where: 'the sources address the reader as 您: 系统超时，请您稍后再试 (faceid-response-codes.md)',
  },
];

describe('the Chinese interface', () => {
  const sources = ['faceid-response-codes.md', 'image-services-error-codes.md'].map((name) =>
    readFileSync(new URL(`../../content/sources/${name}`, import.meta.url), 'utf8'),
  );

  it('uses each source term as the sources write it, never the wording that back-translated our English', () => {
    const found = interfaceTexts('zh-CN').flatMap(({ at, text }) =>
      SOURCE_TERMS.filter(({ wrong }) => text.includes(wrong)).map(
        ({ source, wrong, where: place }) =>
          `${at}: ${JSON.stringify(text)} says ${wrong}; the sources say ${source}, in ${place}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('rests each of those terms on a source document that uses it', () => {
    const unsourced = SOURCE_TERMS.filter(({ source }) => !sources.some((doc) => doc.includes(source)));
    expect(unsourced).toEqual([]);
  });

  it('is checked in the dictionary and in the about page', () => {
    const texts = interfaceTexts('zh-CN');
    expect(texts.some(({ text }) => text.includes('处理措施'))).toBe(true);
    expect(texts.some(({ at, text }) => at.startsWith('src/prose/') && text.includes('逐字节保存'))).toBe(true);
  });
});
