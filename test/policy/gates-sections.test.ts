import { describe, expect, it } from 'vitest';
import { issuesOf } from '../_helpers/input-error';
import { definePolicy, parsePolicy } from '../../src/policy/define';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025, presets } from '../../src/policy/presets';

const pairsOf = (fn: () => unknown): [string, string][] => issuesOf(fn).map((i) => [i.path.join('.'), i.code]);

describe('remoteness, readiness and employee-criteria policy sections', () => {
  it('give every preset the defaults of the domain reference', () => {
    for (const p of presets) {
      expect(p.remoteness).toEqual({ defaultCampuranOnsiteDays: 2, catalogChanges: {} });
      expect(p.readiness.laptop).toEqual({ required: true, allowedOwnerships: ['DINAS', 'PRIBADI'] });
      expect(p.readiness.bandwidth).toEqual({ required: true, minDownloadMbps: 10, minUploadMbps: 5, maxMeasurementAgeDays: 90 });
      expect(p.readiness.tte.required).toBe(true);
      expect(p.readiness.workspace).toEqual({ required: true, allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] });
      expect(p.employeeCriteria).toEqual({ minMonthsInPosition: 3, servedPenaltyLookbackMonths: 0 });
    }
  });

  it('require K-Mob in the Jabar presets only', () => {
    expect([jabarMkd2023, jabarMkd2025, nationalFwa2025].map((p) => p.readiness.kmob.required)).toEqual([true, true, false]);
  });

  it('survive a JSON round trip through parsePolicy', () => {
    for (const p of presets) expect(parsePolicy(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('merge section by section in definePolicy', () => {
    const p = definePolicy(jabarMkd2025, { id: 'x', readiness: { bandwidth: { minDownloadMbps: 20 } }, employeeCriteria: { minMonthsInPosition: 6 } });
    expect(p.readiness.bandwidth).toEqual({ required: true, minDownloadMbps: 20, minUploadMbps: 5, maxMeasurementAgeDays: 90 });
    expect(p.employeeCriteria.minMonthsInPosition).toBe(6);
  });

  it('reject out-of-range values, naming each', () => {
    const issues = pairsOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'x',
        remoteness: { defaultCampuranOnsiteDays: 0 },
        readiness: { laptop: { allowedOwnerships: ['DINAS', 'DINAS'] }, bandwidth: { minDownloadMbps: -1, maxMeasurementAgeDays: 1.5 } },
        employeeCriteria: { minMonthsInPosition: -1 },
      }),
    );
    expect(issues.map(([path]) => path)).toEqual([
      'policy.remoteness.defaultCampuranOnsiteDays',
      'policy.readiness.laptop.allowedOwnerships',
      'policy.readiness.bandwidth.minDownloadMbps',
      'policy.readiness.bandwidth.maxMeasurementAgeDays',
      'policy.employeeCriteria.minMonthsInPosition',
    ]);
  });

  it('let a kabupaten narrow the workplaces, the rest of the section kept', () => {
    const p = definePolicy(jabarMkd2025, { id: 'x', readiness: { workspace: { allowedWorkplaces: ['DOMISILI'] } } });
    expect(p.readiness.workspace).toEqual({ required: true, allowedWorkplaces: ['DOMISILI'] });
  });

  it('accept a workspace section without a list of workplaces (all three count)', () => {
    const p = parsePolicy({ ...JSON.parse(JSON.stringify(jabarMkd2025)), id: 'tanpa-daftar', readiness: { ...jabarMkd2025.readiness, workspace: { required: true } } });
    expect(p.readiness.workspace).toEqual({ required: true });
  });

  it('reject a list of workplaces that is empty, repeats one or names one the regulation does not have', () => {
    for (const [allowedWorkplaces, path] of [
      [[], 'policy.readiness.workspace.allowedWorkplaces'],
      [['DOMISILI', 'DOMISILI'], 'policy.readiness.workspace.allowedWorkplaces'],
      [['DOMISILI', 'KAFE'], 'policy.readiness.workspace.allowedWorkplaces.1'],
    ] as const) {
      expect(pairsOf(() => definePolicy(jabarMkd2025, { id: 'x', readiness: { workspace: { allowedWorkplaces: allowedWorkplaces as never } } })).map(([p]) => p)).toEqual([path]);
    }
  });

  it('reject catalogue changes that name one id twice', () => {
    expect(pairsOf(() => definePolicy(jabarMkd2025, { id: 'x', remoteness: { catalogChanges: { remove: ['bidan', 'bidan'] } } }))).toEqual([
      ['policy.remoteness.catalogChanges.remove.1', 'duplicate_service_id'],
    ]);
  });

  it('reject a typo in a section', () => {
    expect(pairsOf(() => definePolicy(jabarMkd2025, { id: 'x', readiness: { kmob: { requried: true } } } as never))).toEqual([
      ['policy.readiness.kmob', 'unrecognized_keys'],
    ]);
  });
});
