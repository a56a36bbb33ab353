// The rules html-validate checks every built page against (tests/site/valid-html.test.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-inline-style': 'error',
    'require-sri': 'off',
    'valid-id': ['error', { relaxed: true }],
  },
});
