// Command-line arguments of `analyze` and `report`.
import { DEFAULT_LANG, isLang, type Lang } from '../domain/lang';
import { isQuarter } from '../domain/quarter';
import { quarterFromText } from '../engine/contract/quarterForms';
import type { Quarter } from '../domain/types';

export type Command = 'analyze' | 'report';

export interface CliArgs {
  command: Command;
  /** One data folder, or several submissions to merge (`--data` given more than once). */
  data: string[];
  /** An earlier submission to compare with (`--compare OLD`): revisions. */
  compare: string | null;
  quarter: Quarter | null;
  json: boolean;
  out: string | null;
  /** Report only: the region the report is about (default the province). */
  region: string | null;
  /** Language of the summary and the report (zh default, en); `--json` is the same document in both. */
  lang: Lang;
  /**
   * `--scenario income=-0.10,expenditure=0.10,insured=-0.05,delay=1` (or a preset id): a stress
   * scenario, checked against the dataset's policy once it is loaded (its ranges live there).
   */
  scenario: string | null;
}

export class UsageError extends Error {}

export const USAGE = [
  '用法 / usage:',
  '  npm run analyze -- --data DIR|ZIP [--data DIR2 …] [--compare OLD] [--quarter YYYYQn] [--json] [--lang zh|en] [--scenario income=-0.10,expenditure=0.10,insured=-0.05,delay=1]',
  '  npm run report  -- --data DIR|ZIP [--data DIR2 …] [--compare OLD] [--quarter YYYYQn] [--region CODE] --out FILE.html [--lang zh|en] [--scenario …]',
].join('\n');

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'report') throw new UsageError(`未知命令"${command ?? ''}"`);
  const args: CliArgs = { command, data: [], compare: null, quarter: null, json: false, out: null, region: null, lang: DEFAULT_LANG, scenario: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} 需要一个值`);
      return v;
    };
    switch (name) {
      case '--data':
        args.data.push(value());
        break;
      case '--compare':
        if (args.compare !== null) throw new UsageError('--compare 只能给一次');
        args.compare = value();
        break;
      case '--quarter': {
        // The forms the data may write a quarter in (2024年第四季度, 2024-Q4), read as the data's are.
        const text = value();
        const q = quarterFromText(text);
        if (q === null || !isQuarter(q)) throw new UsageError(`--quarter "${text}" 格式不对，应为 YYYYQn（如 2024Q4），或 2024年第4季度、2024年第四季度、2024-Q4`);
        // Given twice, the last one silently won: say so, as --compare does.
        if (args.quarter !== null && args.quarter !== q) throw new UsageError(`--quarter 只能给一次（已有 ${args.quarter}）`);
        args.quarter = q;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--region': {
        const code = value();
        if (!/^\d{6}$/.test(code)) throw new UsageError(`--region "${code}" 应为六位区划代码，如 150900`);
        args.region = code;
        break;
      }
      case '--lang': {
        const lang = value();
        if (!isLang(lang)) throw new UsageError(`--lang "${lang}" 应为 zh 或 en / must be zh or en`);
        args.lang = lang;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--scenario':
        args.scenario = value();
        break;
      default:
        throw new UsageError(`未知参数"${arg}"`);
    }
  }
  if (args.data.length === 0) throw new UsageError('缺少 --data DIR（数据文件夹）');
  if (args.command === 'report' && args.out === null) throw new UsageError('report 缺少 --out FILE.html（输出文件）');
  return args;
}

/** The data folders as messages name them: one folder, or the merged ones joined by " + ". */
export function dataLabel(args: Pick<CliArgs, 'data'>): string {
  return args.data.join(' + ');
}
