import type { Messages } from './index';

/** Every interface string of the Chinese pages (the root). The keys are English's (src/i18n/en.ts). */
const zh: Messages = {
  site: {
    name: '腾讯云错误码',
    shortName: '腾讯云错误码',
    description: '腾讯云万象优图与人脸核身错误码',
    title: '{title} · 腾讯云错误码',
    skip: '跳到正文',
  },
  nav: {
    label: '站点',
    tables: '错误码表',
    codes: '全部错误码',
    decoder: '告警解码',
    about: '关于',
  },
  language: {
    switchTo: 'English',
  },
  footer: {
    quoted: '错误码、含义与处理建议均逐字引自腾讯云文档（万象优图与人脸核身）；其他内容均注明来源。',
    sources: '来源',
  },
  pages: {},
  scripts: {},
};

export default zh;
