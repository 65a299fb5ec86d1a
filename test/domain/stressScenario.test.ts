import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { FundWatchError } from '../../src/domain/messages/error';
import { DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../src/domain/policy/policy';
import defaults from '../../src/domain/policy/policy.default.json';
import { policyIssueText, type PolicyIssue } from '../../src/domain/policy/issues';
import { checkScenario, defaultPreset, parseScenario, presetScenario, scenarioDescription, scenarioText } from '../../src/domain/stressScenario';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

function refusal(text: string, lang: 'zh' | 'en' = 'en'): string[] {
  try {
    parseScenario(text, policy);
  } catch (e) {
    if (e instanceof FundWatchError) return (e.messages as PolicyIssue[]).map((i) => policyIssueText(i, lang));
    throw e;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('stress scenarios: presets and parsing', () => {
  it('the policy names four presets, 支出增长10% by default', () => {
    expect(policy.stress.presets.map((p) => p.name)).toEqual(['补助下降10%', '支出增长10%', '参保下降5%', '补助延迟一季']);
    expect(defaultPreset(policy)?.name).toBe('支出增长10%');
    expect(scenarioText(presetScenario(policy.stress.presets[3]!))).toBe('income=0,expenditure=0,insured=0,delay=1');
  });

  it('reads the CLI form, percentages and a preset id', () => {
    const s = parseScenario('income=-0.10,expenditure=0.10,insured=-0.05,delay=1', policy);
    expect(scenarioText(s)).toBe('income=-0.1,expenditure=0.1,insured=-0.05,delay=1');
    expect(scenarioText(parseScenario('expenditure=10%', policy))).toBe('income=0,expenditure=0.1,insured=0,delay=0');
    expect(scenarioText(parseScenario('expenditure_up_10', policy))).toBe('income=0,expenditure=0.1,insured=0,delay=0');
    expect(checkScenario({ income: '-100%' }, policy).scenario?.income.eq(-1)).toBe(true);
  });

  it('refuses out-of-range and malformed values, naming the parameter and the range', () => {
    expect(refusal('income=-1.5')).toEqual(['income: -1.5 is outside the allowed range -100% to 100%']);
    expect(refusal('income=-150%', 'zh')).toEqual(['income: -150% 超出允许范围 -100% 到 100%']);
    expect(refusal('expenditure=ten percent')).toEqual([
      'expenditure: "ten percent" is not a number: write a ratio such as 0.10 (10%); allowed -100% to 100%',
    ]);
    expect(refusal('delay=7')).toEqual(['delay: 7 is outside the allowed range 0 to 3']);
    expect(refusal('delay=99999999999999999999')).toEqual(['delay: 99999999999999999999 is outside the allowed range 0 to 3']);
    expect(refusal('delay=1.5')).toEqual(['delay: "1.5" is not a whole number of quarters (allowed 0 to 3)']);
    expect(refusal('income=,income=0.1,cost=1')).toHaveLength(3);
  });

  it('takes the default ranges and presets for a policy file without a stress block (the sample writes fundwatch-policy/1)', () => {
    const first: Record<string, unknown> = { ...defaults.years[0] };
    delete first.stress;
    const file = parsePolicyFile({ ...defaults, years: [first] });
    expect(resolvePolicy(file, 2024).stress).toEqual(policy.stress);
  });

  it('refuses a policy whose presets leave the ranges or whose ranges are upside down', () => {
    const bad = structuredClone(defaults) as { years: Record<string, unknown>[] };
    const stress = structuredClone(policy.stress);
    stress.ranges.income = { min: '0.5', max: '0' };
    stress.presets[1]!.expenditure = '3';
    stress.default_preset = 'nope';
    bad.years[0]!.stress = stress;
    try {
      parsePolicyFile(bad);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(FundWatchError);
      const codes = ((e as FundWatchError).messages as PolicyIssue[]).map((i) => `${i.params.path} ${i.params.reason.code.replace(/^policy\./, '')}`);
      expect(codes).toEqual(
        expect.arrayContaining(['stress.ranges.income range_order', 'stress.presets[1].expenditure out_of_range', 'stress.default_preset unknown_preset']),
      );
    }
    expect(new Dec(policy.stress.ranges.expenditure.max).eq(1)).toBe(true);
  });
});

// An English walk: "superior income 0 quarter(s) late" beside a preset named "Superior subsidies −10%" — one
// setting named two ways, 上级 said "superior". Now "higher-level subsidies" throughout, a quarter counted in words.
describe('scenarioDescription in English', () => {
  it('names the higher-level subsidies as the presets do, and counts quarters', () => {
    const cut = defaultPolicyPreset('income_cut_10');
    expect(scenarioDescription(presetScenario(cut), policy, 'en')).toBe(
      'Higher-level subsidies −10% (higher-level subsidies -10%, expenditure 0%, insured persons 0%, higher-level subsidies 0 quarters late)',
    );
    expect(scenarioDescription(presetScenario(defaultPolicyPreset('delay_1')), policy, 'en')).toContain('higher-level subsidies 1 quarter late)');
  });
});

function defaultPolicyPreset(id: string) {
  const preset = policy.stress.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
}
