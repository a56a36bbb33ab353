// The theme: brand colours and fonts. Loaded by src/styles/global.css through Tailwind's @config.
/** @type {import('tailwindcss').Config} */
module.exports = {
  theme: {
    extend: {
      colors: {
        // Accent for links, focus rings and highlights; contrast checked on white and on near-black.
        accent: {
          50: '#eef6ff',
          100: '#d9eaff',
          300: '#8cc2ff',
          400: '#5aa5ff',
          600: '#0a5fcf',
          700: '#0a4ea8',
          900: '#0c2f5e',
        },
        mark: {
          light: '#fff3bf',
          dark: '#4a3b00',
        },
      },
      fontFamily: {
        // No Chinese family is named: the browser picks the system's Chinese font by the lang of the text (every
        // Chinese text is marked zh-CN). Naming one (PingFang SC, Noto Sans CJK SC…) doubled the text shaping of a
        // page's first layout in Chromium on Linux, for the same glyphs.
        sans: ['system-ui', 'sans-serif'],
        // No "SFMono-Regular" (Safari reaches SF Mono as ui-monospace): on Linux, that one name made Chromium's first
        // layout of a table page 1.5–2× as long, and its first paint 20–60 ms later.
        mono: ['ui-monospace', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
};
