import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { _deepFreeze } from '../../src/_lib/freeze';
import { _formatIsoDate, _parseIsoDate } from '../../src/_lib/dates';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2025 } from '../../src/policy/presets';
import type { Policy } from '../../src/policy/schema';
import { isInputError } from '../../src/_lib/errors';
import { WORKPLACES, type ReadinessPolicy } from '../../src/policy/sections/readiness';
import { checkReadiness, READINESS_CHECKS, type ReadinessEvidence } from '../../src/readiness/check';
import type { ReadinessCheck } from '../../src/readiness/findings';
import { AS_OF, AS_OF_DAY, evidenceArb, readinessPolicyArb, workplaceArb, workplaceKindArb, workplaceValueArb } from '../arbitraries/readiness';

const policyOf = (readiness: ReadinessPolicy): Policy => definePolicy(jabarMkd2025, { id: 'prop', readiness });
const policyArb = readinessPolicyArb.map(policyOf);

const STATUS_RANK = { not_ready: 0, indeterminate: 1, ready: 2 } as const;

/** An independent reading of the checks of docs/readiness.md. */
function expectedOutcome(check: ReadinessCheck, e: ReadinessEvidence, p: ReadinessPolicy): string {
  switch (check) {
    case 'laptop': {
      if (e.laptop === undefined) return 'unknown';
      if (!e.laptop.available) return 'fail';
      if (e.laptop.ownership === undefined) return p.laptop.allowedOwnerships.includes('DINAS') && p.laptop.allowedOwnerships.includes('PRIBADI') ? 'pass' : 'unknown';
      return p.laptop.allowedOwnerships.includes(e.laptop.ownership) ? 'pass' : 'fail';
    }
    case 'bandwidth': {
      if (e.bandwidth === undefined) return 'unknown';
      const age = AS_OF_DAY - (_parseIsoDate(e.bandwidth.measuredOn) as number);
      if (age < 0 || age > p.bandwidth.maxMeasurementAgeDays) return 'unknown';
      return e.bandwidth.downloadMbps >= p.bandwidth.minDownloadMbps && e.bandwidth.uploadMbps >= p.bandwidth.minUploadMbps ? 'pass' : 'fail';
    }
    case 'kmob':
      return e.kmobActive === undefined ? 'unknown' : e.kmobActive ? 'pass' : 'fail';
    case 'tte':
      if (e.signsLetters === false) return 'not_applicable';
      if (e.tte?.active === true) return 'pass';
      if (e.signsLetters === undefined || e.tte === undefined) return 'unknown';
      return 'fail';
    case 'workspace': {
      const allowed: readonly string[] = p.workspace.allowedWorkplaces ?? WORKPLACES;
      if (e.workplace !== undefined) {
        if (!allowed.includes(e.workplace)) return 'fail';
        return e.workspaceDeclared === false ? 'unknown' : 'pass';
      }
      if (e.workspaceDeclared === undefined) return 'unknown';
      if (!e.workspaceDeclared) return 'fail';
      return allowed.length === WORKPLACES.length ? 'pass' : 'unknown';
    }
  }
}

/** The policy's workplaces: its list, or all three when it has none. */
const allowedOf = (rp: ReadinessPolicy): readonly string[] => rp.workspace.allowedWorkplaces ?? WORKPLACES;

describe('checkReadiness properties', () => {
  it.prop([evidenceArb, readinessPolicyArb])('every check has the outcome its evidence gives', (evidence, rp) => {
    const r = checkReadiness(evidence, policyOf(rp), { asOf: AS_OF });
    for (const c of READINESS_CHECKS) expect([c, r.checks[c].outcome]).toEqual([c, expectedOutcome(c, evidence, rp)]);
  });

  it.prop([evidenceArb, policyArb])('ready exactly when every required check passes or does not apply', (evidence, policy) => {
    const r = checkReadiness(evidence, policy, { asOf: AS_OF });
    const required = Object.values(r.checks).filter((c) => c.required);
    expect(r.status === 'ready').toBe(required.every((c) => c.outcome === 'pass' || c.outcome === 'not_applicable'));
    expect(r.status === 'not_ready').toBe(required.some((c) => c.outcome === 'fail'));
  });

  it.prop([evidenceArb, policyArb, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })])(
    'raising the bandwidth never makes the status worse',
    (evidence, policy, addDown, addUp) => {
      fc.pre(evidence.bandwidth !== undefined);
      const bw = evidence.bandwidth!;
      const before = checkReadiness(evidence, policy, { asOf: AS_OF }).status;
      const after = checkReadiness({ ...evidence, bandwidth: { ...bw, downloadMbps: bw.downloadMbps + addDown, uploadMbps: bw.uploadMbps + addUp } }, policy, { asOf: AS_OF }).status;
      expect(STATUS_RANK[after]).toBeGreaterThanOrEqual(STATUS_RANK[before]);
    },
  );

  it.prop([evidenceArb, policyArb, fc.nat()])('refreshing the measurement never turns ready into not ready', (evidence, policy, n) => {
    fc.pre(evidence.bandwidth !== undefined);
    const bw = evidence.bandwidth!;
    const measured = _parseIsoDate(bw.measuredOn) as number;
    fc.pre(measured <= AS_OF_DAY);
    const refreshed = _formatIsoDate(measured + (n % (AS_OF_DAY - measured + 1)));
    const before = checkReadiness(evidence, policy, { asOf: AS_OF }).status;
    const after = checkReadiness({ ...evidence, bandwidth: { ...bw, measuredOn: refreshed } }, policy, { asOf: AS_OF }).status;
    if (before === 'ready') expect(after).toBe('ready');
  });

  it.prop([evidenceArb, readinessPolicyArb, fc.constantFrom(...READINESS_CHECKS)])('making a check optional never makes the status worse', (evidence, rp, check) => {
    const before = checkReadiness(evidence, policyOf(rp), { asOf: AS_OF }).status;
    const after = checkReadiness(evidence, policyOf({ ...rp, [check]: { ...rp[check], required: false } }), { asOf: AS_OF }).status;
    expect(STATUS_RANK[after]).toBeGreaterThanOrEqual(STATUS_RANK[before]);
  });

  it.prop([evidenceArb, evidenceArb, readinessPolicyArb])('the evidence of optional checks never changes the status', (a, b, rp) => {
    const policy = policyOf(rp);
    const mixed: Record<string, unknown> = { ...a };
    const fieldsOf: Record<ReadinessCheck, (keyof ReadinessEvidence)[]> = {
      laptop: ['laptop'],
      bandwidth: ['bandwidth'],
      kmob: ['kmobActive'],
      tte: ['tte', 'signsLetters'],
      workspace: ['workspaceDeclared', 'workplace'],
    };
    for (const c of READINESS_CHECKS) {
      if (rp[c].required) continue;
      for (const key of fieldsOf[c]) {
        if (b[key] === undefined) delete mixed[key];
        else mixed[key] = b[key];
      }
    }
    expect(checkReadiness(mixed as ReadinessEvidence, policy, { asOf: AS_OF }).status).toBe(checkReadiness(a, policy, { asOf: AS_OF }).status);
  });

  it.prop([evidenceArb, readinessPolicyArb, workplaceArb])(
    'a workplace outside the policy’s list never makes an employee ready while the workspace check is required',
    (evidence, rp, workplace) => {
      fc.pre(!allowedOf(rp).includes(workplace));
      const required = { ...rp, workspace: { ...rp.workspace, required: true } };
      const r = checkReadiness({ ...evidence, workplace }, policyOf(required), { asOf: AS_OF });
      expect(r.checks.workspace.outcome).toBe('fail');
      expect(r.status).toBe('not_ready');
    },
  );

  it.prop([evidenceArb, readinessPolicyArb, workplaceKindArb])(
    'naming an allowed workplace never makes the status worse than declaring a workspace alone',
    (evidence, rp, workplace) => {
      fc.pre(allowedOf(rp).includes(workplace));
      const { workplace: _w, ...rest } = evidence;
      const policy = policyOf(rp);
      const alone = checkReadiness({ ...rest, workspaceDeclared: true }, policy, { asOf: AS_OF });
      const named = checkReadiness({ ...rest, workspaceDeclared: true, workplace }, policy, { asOf: AS_OF });
      expect(named.checks.workspace.outcome).toBe('pass');
      expect(STATUS_RANK[named.status]).toBeGreaterThanOrEqual(STATUS_RANK[alone.status]);
    },
  );

  it.prop([evidenceArb, readinessPolicyArb, fc.subarray([...WORKPLACES], { minLength: 1 })])(
    'narrowing the allowed workplaces never makes the status better',
    (evidence, rp, subset) => {
      const narrowed = subset.filter((w) => allowedOf(rp).includes(w));
      fc.pre(narrowed.length > 0);
      const before = checkReadiness(evidence, policyOf(rp), { asOf: AS_OF }).status;
      const after = checkReadiness(evidence, policyOf({ ...rp, workspace: { ...rp.workspace, allowedWorkplaces: narrowed } }), { asOf: AS_OF }).status;
      expect(STATUS_RANK[after]).toBeLessThanOrEqual(STATUS_RANK[before]);
    },
  );

  it.prop([evidenceArb, policyArb, workplaceValueArb])(
    'a workplace is decided when it is text of 1 to 100 characters, and refused as input otherwise',
    (evidence, policy, workplace) => {
      const text = typeof workplace === 'string' && workplace.length >= 1 && workplace.length <= 100;
      let caught: unknown;
      try {
        checkReadiness({ ...evidence, workplace } as ReadinessEvidence, policy, { asOf: AS_OF });
      } catch (error) {
        caught = error;
      }
      if (text) expect(caught).toBeUndefined();
      // Every issue is about the workplace (zod may report two for one value: an empty array is not text, and too short).
      else expect(isInputError(caught) && [...new Set(caught.issues.map((i) => i.path.join('.')))]).toEqual(['workplace']);
    },
  );

  it.prop([evidenceArb, policyArb])('no input is mutated and the same input gives the same JSON', (evidence, policy) => {
    const copy = structuredClone(evidence);
    const first = JSON.stringify(checkReadiness(_deepFreeze(structuredClone(evidence)), policy, { asOf: AS_OF }));
    expect(JSON.stringify(checkReadiness(copy, policy, { asOf: AS_OF }))).toBe(first);
    expect(copy).toEqual(evidence);
  });
});
