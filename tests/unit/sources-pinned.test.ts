import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../../src/registry';

// The source documents are kept byte for byte as received: no formatter, editor or line-ending conversion may touch
// them. Their SHA-256 is pinned here; a change to a document must be deliberate and change this list with it.
const PINNED: Record<string, string> = {
  'faceid-saas-error-codes.zh.md': 'a6fc535716c3d6aa788648bace4054968ed8d05f9e4885646e2cb67bce7d067d',
  'faceid-intl-error-codes.zh.md': 'd96ac73062ccac098350d632a8d66da7ec6847ec3f0abcd1e9ace6152e7aa44c',
  'faceid-intl-error-codes.en.md': '06fe0150ed1090b5d0395f154327ec914aefb323a107621e401a2fcf232e675c',
  'api3-faceid.tsv': '97e7f299d07d738536042004838b7ccebbcfd7b8fc176515dd5ebf880a957a64',
  'api3-ocr.tsv': '100684fc1a02bf417aadc74145381c6748156075b62a9c09c693f088109a3820',
  'api3-iai.tsv': '94bcc0d32e44a70eab77bfb323a6edc050b0d362b08c90443706f2caee304b3a',
  'api3-common-and-iai-2018.zh.md': '5edfcbcbdb70f2b54c50bf22d6176df90b24c3d76df3325b431f7d0fa99d1464',
  'api3-common-and-iai-2018.en.md': '73e55bd133f303d5c34991e0679f88110a31792a83ea36af914714a3aa2c1e62',
  'cloud-infinite-error-codes.zh.md': 'a98c4592ae2434c2271645fa7bf2e3564352280a2a6492f9949a613e04962a9a',
  'cloud-infinite-error-codes.en.md': 'e0d14998c683e61942c620c1e7e6abd4e92fa91ada9fb365671ccbe1f1326dbf',
  'faceid-response-codes.md': '79a5b61ebe2411f72bbf3f628f55fe001af592e04c3c292cceecd918625b192f',
  'image-services-error-codes.md': 'd355d260ae5cd76f1658006a0c0bc18cc2f6d272fd47848700769e6bf0a37625',
};

const DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));

describe('the source documents', () => {
  for (const file of SOURCE_FILES) {
    it(`${file} has its pinned bytes`, () => {
      const hash = createHash('sha256')
        .update(readFileSync(`${DIR}${file}`))
        .digest('hex');
      expect(hash).toBe(PINNED[file]);
    });
  }
  it('are exactly the files the registry names (besides the folder README), each pinned', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual([...SOURCE_FILES].sort());
    expect(Object.keys(PINNED).sort()).toEqual([...SOURCE_FILES].sort());
  });
});
