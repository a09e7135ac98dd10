import { beforeEach, describe, expect, it } from 'vitest';
import { assessEligibility } from '../../src/eligibility/index';
import { explain, type Locale } from '../../src/locales/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { AS_OF, goodRecord } from '../eligibility/fixtures';
import { issuesOf, placesOf } from '../_helpers/input-error';

type Decision = Parameters<typeof explain>[0];
// Decided before each test, not when the file is collected (test/collection-time.test.ts).
let decision!: ReturnType<typeof assessEligibility>;
beforeEach(() => {
  decision = assessEligibility(goodRecord(), jabarMkd2025, { asOf: AS_OF });
});

describe('explain', () => {
  it('puts the verdict first, then one sentence per finding', () => {
    const lines = explain(decision, { locale: 'en' });
    expect(lines[0]).toBe('Eligible for MKD: at most 2 flexible days a week.');
    expect(lines).toHaveLength(decision.findings.length + 1);
  });

  it('throws an InputError, not a TypeError, for what is not a decision', () => {
    for (const garbage of [null, undefined, 'ELIGIBLE', 7n, Symbol('d'), [], () => 1]) {
      expect(placesOf(issuesOf(() => explain(garbage as unknown as Decision)))).toEqual(['decision:invalid_type']);
    }
    expect(placesOf(issuesOf(() => explain({} as Decision)))).toEqual(['decision.status:invalid_value', 'decision.gates:invalid_type', 'decision.findings:invalid_type']);
  });

  it('names each bad gate and finding, with holes and a bad locale, in one InputError', () => {
    const bad = { ...decision, gates: [, { gate: 'talent_box', outcome: 'maybe' }], findings: [...decision.findings, null], maxFlexibleDaysPerWeek: 2n };
    expect(placesOf(issuesOf(() => explain(bad as unknown as Decision, { locale: 'fr' as Locale })))).toEqual([
      'decision.maxFlexibleDaysPerWeek:invalid_type',
      'decision.gates:invalid_type',
      `decision.findings.${decision.findings.length}:invalid_type`,
      'options.locale:invalid_value',
    ]);
    const gates = [{ gate: 'talent_box', outcome: 'maybe' }, { gate: 'toString', outcome: 'fail' }];
    expect(placesOf(issuesOf(() => explain({ ...decision, gates } as unknown as Decision)))).toEqual(['decision.gates.0:invalid_gate', 'decision.gates.1:invalid_gate']);
  });

  it('throws an InputError for a finding whose params do not fit its code', () => {
    const at = decision.findings.findIndex((f) => f.code === 'talent_box_eligible');
    const findings = decision.findings.map((f, i) => (i === at ? { ...f, params: { box: Object.create(null) as object, eligibleBoxes: 1 } } : f));
    expect(placesOf(issuesOf(() => explain({ ...decision, findings } as unknown as Decision)))).toEqual([`decision.findings.${at}.params:invalid_params`]);
  });
});
