import type { Messages } from '../index';
import { PROVENANCE_ZH } from '../provenance.zh-CN';

/** The words of the decoder's results on the Chinese pages (see ./decoder.en.ts). */
const words: Messages['scripts']['results']['decoder'] = {
  advisory: '这些告警仅供参考：调用已成功，识别也已完成。是否接受这张图片由你决定。',
  nothing:
    '这里没有身份证告警串（8 个 0 和 1）、告警码或表中收录的错误码。请粘贴响应、日志行、告警串（如 10010100）或错误码（如 [-9110,-9111]）。',
  empty: '请粘贴要解码的内容：响应、日志行、告警串（如 10010100）或错误码（如 [-9110,-9111]）。',
  capped: '只读取了 {total} 个字符中的前 {read} 个：请只粘贴响应或日志行。',
  found: '找到 {parts}。',
  separator: '、',
  noWarnings: '0 个告警',
  warnings: { other: '{n} 个告警' },
  strings: { other: '{n} 个身份证告警串' },
  codes: { other: '{n} 个错误码' },
  fromField: '来自字段 {field}：',
  fromFieldSide: '来自字段 {field}（{side}）：',
  front: '正面',
  back: '反面',
  bitsTitle: '身份证告警串 {value}',
  noBits: '没有告警：8 位全为 0。',
  position: '第 {n} 位：{meaning} — {provenance}。{about}',
  aboutPosition: '关于第 {n} 位',
  undocumentedPosition: `${PROVENANCE_ZH.undocumented}：此位的含义未知`,
  provenance: PROVENANCE_ZH,
  emptyList: '为空：没有告警。',
  warningList: '告警码：',
  codesList: '错误码：',
  notDocumented: '：不在任何已收录的错误码表中。',
  otherSign: '是否漏掉或多了负号？已收录的是另一个错误码 {code}：',
  meanings: { other: '：{n} 种含义，每张表一种：' },
  codeMeaning: '{code}：{meaning} — {table}',
  meaningIn: '{meaning} — {table}',
  advisoryTag: '（告警，仅供参考）',
  notBits: '“{value}”不是身份证告警串：{reasons}。',
  reasonSeparator: '；',
  notBitsLength: '它有 {n} 个字符，而不是 8 个',
  notBitsChar: '第 {position} 位是“{char}”',
  notBitsAllowed: '{chars}；只允许 0 和 1',
  ignoredTitle: '已忽略（不会当作错误码读取）：',
  copy: '复制此结果的链接',
  linkShort: { other: '链接只包含最先找到的值；为保持链接简短，另有 {n} 个未包含。' },
  more: '…还有 {n} 项未显示：少粘贴一些即可看到。',
  copied: '链接已复制：{href}',
  copyFailed: '复制失败；链接是 {href}',
};

export default words;
