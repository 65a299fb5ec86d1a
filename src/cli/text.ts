// The commands' own messages in both languages; load problems come from the
// engine as they are.
import { texts } from '../domain/lang';
import type { NotAFile } from '../engine/formats/nodeFiles';

const NOT_A_FILE_ZH: Record<NotAFile, string> = { broken_link: '失效的链接（所指的文件不存在）', folder: '一个文件夹', special: '管道或设备文件（不是普通文件）' };
const NOT_A_FILE_EN: Record<NotAFile, string> = { broken_link: 'a broken link (the file it points to does not exist)', folder: 'a folder', special: 'not a regular file (a pipe or a device)' };

export const CLI_TEXT = texts(
  {
    unreadableDir: (dir: string, why: string) => `无法读取数据文件夹 ${dir}：${why}`,
    notAFile: (dir: string, path: string, kind: NotAFile) => `无法读取数据文件夹 ${dir}：${path} 是${NOT_A_FILE_ZH[kind]}，不是可读取的数据文件；请放入该文件本身，或移走它（未载入任何数据）`,
    error: (message: string) => `错误：${message}`,
    notLoaded: (dir: string) => `数据未加载：${dir} 有错误（见上），请修正后重试`,
    notCompared: (dir: string) => `无法与 ${dir} 比对（见上）`,
    noQuarters: (dir: string) => `数据中没有任何季度的参保或收支数据：${dir}`,
    noQuarterData: (dir: string) => `数据中没有任何季度的数据：${dir}`,
    noSuchQuarter: (quarter: string, quarters: string[]) => `数据中没有季度 ${quarter}（已有：${quarters.join('、')}）`,
    noSuchRegion: (code: string, near: string[]) => `数据中没有区划 ${code}${near.length > 0 ? `（可用：${near.join('、')}）` : ''}`,
    written: (file: string, kb: string, bytes: number) => `已生成 ${file}（${kb} KB，${bytes} 字节）`,
    badScenario: (text: string) => `压力测试情景 --scenario "${text}" 有误，未作计算：`,
  },
  {
    unreadableDir: (dir: string, why: string) => `Cannot read the data folder ${dir}: ${why}`,
    notAFile: (dir: string, path: string, kind: NotAFile) => `Cannot read the data folder ${dir}: ${path} is ${NOT_A_FILE_EN[kind]}, not a data file to read; put the file itself there, or move it away (no data were loaded)`,
    error: (message: string) => `Error: ${message}`,
    notLoaded: (dir: string) => `Data not loaded: ${dir} has errors (see above); correct them and try again`,
    notCompared: (dir: string) => `Cannot compare with ${dir} (see above)`,
    noQuarters: (dir: string) => `The data have no enrollment or fund figures for any quarter: ${dir}`,
    noQuarterData: (dir: string) => `The data have no figures for any quarter: ${dir}`,
    noSuchQuarter: (quarter: string, quarters: string[]) => `The data have no quarter ${quarter} (present: ${quarters.join(', ')})`,
    noSuchRegion: (code: string, near: string[]) => `The data have no region ${code}${near.length > 0 ? ` (there are: ${near.join(', ')})` : ''}`,
    written: (file: string, kb: string, bytes: number) => `Wrote ${file} (${kb} KB, ${bytes} bytes)`,
    badScenario: (text: string) => `The stress scenario --scenario "${text}" is refused; nothing was computed:`,
  },
);
