import type { Messages } from '../index';

/** The words of the search's results on the Chinese pages (see ./search.en.ts). */
const words: Pick<Messages['scripts']['results'], 'search' | 'setAside'> = {
  search: {
    nothing: '未找到“{text}”的结果。请减少或更换关键词，或输入错误码。',
    noResults: '无结果',
    results: { other: '{n} 条结果' },
    code: '错误码 {code}',
    codeFrom: '错误码 {code}（来自 {key}）',
    codeRead: '错误码 {code}（从您粘贴的内容中读取）',
    allMeanings: { other: '：{n} 种含义 →' },
    notDocumented: ' 不在已收录的错误码表中。',
    otherSign: '已收录的是 {code}，这是另一个错误码（数字相同，符号相反）：',
    cut: { other: '粘贴内容中另有 {n} 个错误码未读取：少粘贴一些即可看到。' },
    startingWith: '以 {code} 开头的错误码：',
    more: '…还有 {n} 个。请输入更多数字。',
    textInstead: '改为全文搜索',
    decoder: '在告警解码中解释粘贴内容里的告警 →',
    ignored: '已忽略（不是错误码）：{kinds}。',
    separator: '、',
    deprecated: ' · 已弃用页面',
    tables: { other: '{n} 张表' },
    summaryOne: { other: '错误码 {code} 有 {n} 种含义' },
    summaryMany: '{n} 个已收录的错误码',
    summaryNone: '错误码 {code} 不在已收录的错误码表中',
    summaryNothing: '没有已收录的错误码',
  },
  setAside: {
    timestamp: '时间戳',
    date: '日期',
    time: '时刻',
    duration: '时长',
    'process-id': '进程号',
    uuid: 'UUID',
    'request-id': '请求 ID',
    ip: 'IP 地址',
    port: '端口',
    'http-status': 'HTTP 状态码',
    decimal: '小数',
    version: '版本号',
    'long-number': '过长、不可能是错误码的数字',
    'zero-padded': '有前导零的数字（没有错误码是这样）',
    field: '不含错误码的字段的值',
  },
};

export default words;
