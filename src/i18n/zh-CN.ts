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
  pages: {
    translation: {
      note: '英文为本站译文；其旁标注“官方”的中文为腾讯云官方原文。',
      ours: '译文',
      official: '官方',
    },
    home: {
      title: '全部错误码及其含义',
      description: '腾讯云旧版图片服务（万象优图）与人脸核身的错误码：查含义、查处理建议，并可链接到具体的行。',
      heading: '腾讯云错误码',
      intro:
        '腾讯云旧版图片服务（万象优图：人脸识别、图片鉴黄、OCR、图片处理、下载、插件、缓存、cmd、proxy）与人脸核身的全部错误码和响应码，含义与处理建议均逐字引自官方文档。在上方搜索框中输入错误码，或打开{codes}。人脸核身 OCR 的告警（{idcard}、{bankcard}）可用{decoder}解读。',
      allCodes: { other: '全部 {n} 个错误码的列表' },
      decoder: '告警解码',
      tables: { other: '{n} 张表，来自 {document}' },
      rows: { other: '{n} 行' },
    },
    codeList: {
      title: '全部错误码',
      titleRange: '全部错误码：{range}',
      range: '{first} 至 {last}',
      description: { other: '腾讯云图片服务与人脸核身的全部 {n} 个不同错误码，每个都链接到其含义。' },
      descriptionRange: {
        other: '腾讯云图片服务与人脸核身的全部 {n} 个不同错误码（本页：{range}），每个都链接到其含义。',
      },
      heading: { other: '全部 {n} 个错误码' },
      intro: '源表中出现的每个不同数字，按数值排序。出现在多张表中的错误码只列一次；其页面列出全部含义。',
      ranges: '错误码范围',
      codes: '错误码',
      more: '（另有 {n} 个）',
    },
    code: {
      title: '错误码 {code}',
      description: '腾讯云错误码 {code}：{meanings}',
      meaningSeparator: ' / ',
      label: '错误码',
      appears: { other: '出现在 {n} 张表中。' },
      differ: '含义不同：',
      differText: '数字 {code} 在不同服务中含义不同，请确认是哪个服务返回的。',
      shared: '同一行列出的错误码',
      warning: '告警',
      together: '与 {codes} 列在同一行。',
      codeSeparator: '、',
    },
    table: {
      description: '「{official}」的全部错误码及其含义与处理建议，逐字引自腾讯云官方文档。',
      seeAlso: '另见：',
      codes: '错误码（{n}）',
      caption: { other: '{title}：{n} 行' },
      cellLabel: '{column}：',
      copyLink: '复制链接',
      copyLinkLabel: '复制链接：错误码 {code}',
    },
    source: {
      text: '来源：{document}，章节{section}{part}。',
      part: '，{part}表',
    },
    notice: {
      label: '注意',
      labelAbout: '注意：{about}',
      heading: '注意（引自原文）',
    },
    provenance: {
      'official-example': '官方示例',
      'integration-practice': '集成实践（非官方）',
      undocumented: '未见说明',
    },
    positions: {
      heading: '多重告警字符串的 8 位',
      intro:
        '不属于源表。官方页面用一张已无法获取的图片说明各位的含义；以下含义整理自官方示例和公开的集成代码，每一位都注明了来源。第 1 位是最左边的字符。',
      position: '位',
      meaning: '含义',
      source: '来源',
      notDocumented: '未见说明',
    },
    notFound: {
      title: '页面不存在',
      description: '此页面不存在。可在搜索框或全部错误码列表中查找错误码。',
      heading: '页面不存在',
      text: '此地址没有页面。如果您在查找错误码，请在页面顶部的搜索框中输入（也可以粘贴一行日志），或从{codes}中选择。错误码页面的地址是 {pattern}，例如 {example}；不在任何表中的错误码没有页面。',
      allCodes: { other: '全部 {n} 个错误码的列表' },
      home: '从首页查看全部错误码表',
    },
  },
  scripts: {
    copy: { copied: '已复制', status: '链接已复制：{href}', failed: '无法复制；链接就在地址栏中。' },
  },
};

export default zh;
