import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { isInputError } from '../../src/_lib/errors';
import { coversJurisdiction, definePolicy, jabarMkd2025, presets, selectPolicy, type Policy } from '../../src/policy/index';
import { recentIsoDateArb } from '../arbitraries/dates';

const jurisdictionArb = fc.constantFrom('ID', 'ID-JB', 'ID-JT', 'ID-JB-3278', 'ID-JB-3273');

/** Extra policies of a kabupaten/kota, open-ended, starting on a random day. */
const localArb = fc.array(
  fc.record({ jurisdiction: fc.constantFrom('ID-JB-3278', 'ID-JB-3273'), effectiveFrom: recentIsoDateArb }),
  { maxLength: 3 },
);

const local = (specs: readonly { jurisdiction: string; effectiveFrom: string }[]): Policy[] =>
  specs.map((spec, i) => definePolicy(jabarMkd2025, { id: `local-${i}`, ...spec }));

const inForce = (p: Policy, date: string): boolean => p.effectiveFrom <= date && (p.effectiveUntil === undefined || date <= p.effectiveUntil);

describe('selectPolicy (properties)', () => {
  it.prop([recentIsoDateArb, fc.option(jurisdictionArb, { nil: undefined }), localArb])(
    'the policy chosen is in force on the date and covers the jurisdiction asked for',
    (date, jurisdiction, specs) => {
      const all = [...presets, ...local(specs)];
      try {
        const chosen = selectPolicy(all, { asOf: date, ...(jurisdiction === undefined ? {} : { jurisdiction }) });
        expect(inForce(chosen, date)).toBe(true);
        if (jurisdiction !== undefined) expect(coversJurisdiction(chosen.jurisdiction, jurisdiction)).toBe(true);
        // No policy in force is more specific and applicable.
        for (const other of all) {
          if (other === chosen || !inForce(other, date)) continue;
          if (jurisdiction !== undefined && !coversJurisdiction(other.jurisdiction, jurisdiction)) continue;
          expect(other.jurisdiction !== chosen.jurisdiction && coversJurisdiction(chosen.jurisdiction, other.jurisdiction)).toBe(false);
        }
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        expect(['no_policy_in_force', 'ambiguous_policy', 'ambiguous_jurisdiction']).toContain((error as { issues: { code: string }[] }).issues[0]?.code);
      }
    },
  );

  it.prop([recentIsoDateArb, fc.option(jurisdictionArb, { nil: undefined }), localArb, fc.nat()])(
    'the order of the policies does not change the choice',
    (date, jurisdiction, specs, rotation) => {
      const all = [...presets, ...local(specs)];
      const turned = [...all.slice(rotation % all.length), ...all.slice(0, rotation % all.length)].reverse();
      const outcome = (list: Policy[]): string => {
        try {
          return selectPolicy(list, { asOf: date, ...(jurisdiction === undefined ? {} : { jurisdiction }) }).id;
        } catch (error) {
          return (error as { issues: { code: string }[] }).issues[0]?.code ?? 'error';
        }
      };
      expect(outcome(turned)).toBe(outcome(all));
    },
  );
});
