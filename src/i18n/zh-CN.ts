import type { Messages } from './index';
import { PROVENANCE_ZH } from './provenance.zh-CN';
import decoderWords from './results/decoder.zh-CN';
import searchWords from './results/search.zh-CN';

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
  products: {
    faceid: { name: '人脸核身', short: '人脸核身' },
    ocr: { name: '文字识别', short: '文字识别' },
    iai: { name: '人脸识别', short: '人脸识别' },
    ci: { name: '数据万象', short: '数据万象' },
    api3: { name: 'API 3.0 公共错误码', short: 'API 3.0' },
    image: { name: '万象优图（旧版图片服务，V1 API）', short: '万象优图' },
  },
  documents: {
    'faceid-saas-error-codes': 'SaaS 服务错误码',
    'faceid-intl-error-codes': '错误码（国际站）',
    'api3-faceid': 'SDK 中的 API 3.0 错误码',
    'api3-ocr': 'SDK 中的 API 3.0 错误码',
    'api3-iai': 'SDK 中的 API 3.0 错误码',
    'api3-common-and-iai-2018': '错误码（人脸识别 API 3.0，2018-03-01）',
    'cloud-infinite-error-codes': '错误码',
    'faceid-response-codes': '通用响应码列表（金融级身份认证）',
    'image-services-error-codes': '错误码说明（万象优图 V1 API）',
  },
  footer: {
    quoted: '错误码、含义与处理措施均逐字引自腾讯云官方文档与 SDK；其他内容均注明来源。',
    sources: '来源',
  },
  pages: {
    translation: {
      note: '标注“官方”的英文出自腾讯云；标注“译文”的英文为本站翻译（腾讯云未发布英文时）。每段英文旁都附有腾讯云官方中文。',
      ours: '译文',
      official: '官方',
    },
    home: {
      title: '全部错误码及其含义',
      description:
        '腾讯云人脸核身、文字识别、人脸识别、数据万象与 API 3.0 的错误码，以及已弃用页面中的错误码：查含义、查处理措施，并可链接到具体的行。',
      heading: '腾讯云错误码',
      intro:
        '{products}的全部错误码与返回码，含义与处理措施均逐字引自腾讯云官方文档与 SDK。在上方搜索框中输入或粘贴错误码，或打开{codes}。人脸核身 OCR 的告警（{idcard}、{bankcard}）可用{decoder}解读。',
      productSeparator: '、',
      allCodes: { other: '全部 {n} 个错误码的列表' },
      decoder: '告警解码',
      tables: { other: '{n} 张表' },
      rows: { other: '{n} 行' },
    },
    codeList: {
      title: '全部错误码',
      titleRange: '全部错误码：{range}',
      range: '{first} 至 {last}',
      description: { other: '腾讯云全部 {n} 个不同的错误码（数字与 API 3.0 错误码），每个都链接到其含义。' },
      descriptionRange: {
        other: '腾讯云全部 {n} 个不同的错误码（数字与 API 3.0 错误码；本页：{range}），每个都链接到其含义。',
      },
      heading: { other: '全部 {n} 个错误码' },
      intro:
        '源表中出现的每个不同错误码：数字按数值排序，API 3.0 错误码按第一段分组。出现在多张表中的错误码只列一次；其页面列出全部含义。',
      ranges: '错误码范围',
      codes: '错误码',
      numbers: '数字错误码',
      names: 'API 3.0 错误码：{category}',
      more: '（另有 {n} 个）',
    },
    code: {
      title: '错误码 {code}',
      description: '腾讯云错误码 {code}：{meanings}',
      meaningSeparator: ' / ',
      label: '错误码',
      appears: { other: '出现在 {n} 张表中。' },
      differ: '说法不同：',
      differText: '{code} 出现在多个服务或页面中，说法各不相同：其含义取决于返回它的服务。',
      shared: '同一行列出的错误码',
      warning: '告警',
      together: '与 {codes} 列在同一行。',
      codeSeparator: '、',
    },
    table: {
      description: '{product}「{heading}」的全部错误码及其含义与处理措施，引自腾讯云官方文档。',
      seeAlso: '另见：',
      codes: '错误码（{n}）',
      caption: { other: '{title}：{n} 行' },
      cellLabel: '{column}：',
      copyLink: '复制链接',
      copyLinkLabel: '复制链接：错误码 {code}',
      sdkHeading: '{product} API 3.0 错误码（{api} {version}）',
      sdkColumns: { code: '错误码', message: '说明' },
      sdkNote:
        '这些错误码定义在腾讯云官方 SDK 中：中文出自 Go SDK，英文出自国际站 Python SDK。某个 SDK 未给出说明时，单元格中会注明。',
      billed: { yes: '是', no: '否' },
      emptyHere: '腾讯云未给出中文说明。',
    },
    source: {
      text: '来源：{document}，{sections}{part}。',
      sdkText: '来源：{document}。',
      sectionSeparator: ' › ',
      part: '（{part}）',
      read: '读取自 {repository}，版本 {version}（{date}）。',
      license: '许可证：{license}。',
      deprecated: '腾讯云已弃用此页面：最后编辑于 {year} 年，{date} 移入“弃用文档”。',
      successor: '接入方现在收到的错误码见：{link}。',
      deprecatedTag: '已弃用页面，{year} 年',
    },
    notice: {
      label: '注意',
      labelAbout: '注意：{about}',
      heading: '注意（引自原文）',
      tip: '说明（引自原文）',
    },
    provenance: PROVENANCE_ZH,
    positions: {
      heading: '多重告警字符串的 8 位',
      intro:
        '不属于源表。官方页面用一张已无法获取的图片说明各位的含义；以下含义整理自官方示例和公开的集成代码，每一位都注明了来源。第 1 位是最左边的字符。',
      position: '位',
      meaning: '含义',
      source: '来源',
      unknown: '未知',
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
    searchBox: {
      noscript: '在全部错误码列表中查找',
      label: '搜索错误码与含义',
      placeholder: '错误码或关键词（按 / 键）',
      hint: '输入错误码（如 -1102）打开其页面；输入关键词搜索所有含义。',
      submit: '搜索',
      results: '搜索结果',
      unavailable: '搜索暂不可用，正在重试…',
    },
    searchPage: {
      title: '搜索',
      description: '按错误码或含义中的关键词搜索腾讯云错误码。',
      label: '搜索内容：错误码或关键词',
      submit: '搜索',
      noscript: '搜索需要 JavaScript。没有 JavaScript 时，所有错误码都在{codes}中，所有错误码表都可从{home}进入。',
      codesLink: '全部错误码列表',
      homeLink: '首页',
      heading: '结果',
      headingFor: '“{q}”的搜索结果',
      titleFor: '{q} · 搜索',
      prompt: '输入错误码（如 -1102）、关键词（如 签名过期），或粘贴一行日志或一段响应。',
      searching: '正在搜索…',
      failed: '搜索加载失败（{error}）。所有错误码仍可在全部错误码列表中查看。',
    },
    filter: {
      label: '按错误码或文字筛选本表',
      count: '共 {total} 行，显示 {shown} 行',
      empty: '没有符合筛选条件的行。请清除筛选，或用页面顶部的搜索框搜索所有错误码表。',
    },
    copy: {
      copied: '已复制',
      status: '链接已复制：{href}',
      failed: '复制失败；链接就在地址栏中。',
    },
    decoderForm: {
      heading: '告警解码',
      noscript: '告警解码需要 JavaScript。没有 JavaScript 时，请查阅本页表格中身份证告警串各位的含义和银行卡告警码。',
      label: '粘贴身份证告警串、银行卡告警码或完整的 JSON 响应',
      accepts:
        '可粘贴：由 8 个 0 和 1 组成的身份证告警串（{bits}，正反面可并列）、告警码（{codes}）、其他任意错误码，或包含它们的完整响应、日志行、请求头或查询字符串。粘贴的内容只留在本设备上：只有解码出的告警串和错误码会写入页面地址。',
      submit: '解码',
      loadFailed: '告警解码无法加载数据（{error}）。请再次点击“解码”重试。',
    },
    decodePage: {
      title: '告警解码',
      description: '解码人脸核身 OCR 告警：身份证多重告警串、银行卡告警码或完整的 JSON 响应。',
      intro:
        '人脸核身的 OCR 在识别成功的同时会返回告警：身份证是由 0 和 1 组成的 8 位字符串（{bits}），银行卡是告警码（{codes}）。粘贴其中任意一种，或日志中的完整 JSON 响应，每个告警都会依据与错误码表相同的数据给出解释。',
      idcardHeading: '身份证 OCR 多重告警串',
      from: '出自{table}。',
      jsonHeading: 'JSON 响应',
      json: '在粘贴的响应、日志行、请求头或查询字符串中（完整的、被截断的，或作为字符串嵌在另一个响应中的），告警解码会读取名称表示告警串的字段（{bitsFields}）、表示告警码的字段（{warningFields} 等）以及表示错误码的字段（{codeFields} 等），不区分大小写，不限层级。时间戳、请求 ID、IP 地址和 HTTP 状态码会被忽略；{apiError} 这类 API 3.0 错误码也会作为错误码读取。',
    },
    results: { ...searchWords, decoder: decoderWords },
  },
};

export default zh;
