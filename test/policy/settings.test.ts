import { describe, expect, it } from 'vitest';
import { POLICY_SETTINGS, POLICY_SETTING_UNITS, PolicySchema, presets } from '../../src/policy/index';
import { _shapeOf, type _Shape } from '../../src/policy/shape';

/** The settings of a shape: paths down through objects; a list, a record or a value ends a path. */
function leavesOf(shape: _Shape, path: string[] = []): string[] {
  if (shape.kind !== 'object') return [path.join('.')];
  return [...shape.keys].flatMap(([key, child]) => leavesOf(child, [...path, key]));
}

/** The paths of a value down through plain objects (not through lists, nor the entries of a record the table lists whole). */
function valuePaths(value: unknown, covered: ReadonlySet<string>, path: string[] = []): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || covered.has(path.join('.'))) return [path.join('.')];
  return Object.entries(value).flatMap(([key, child]) => valuePaths(child, covered, [...path, key]));
}

function shapeAt(shape: _Shape, path: string): _Shape | undefined {
  let node: _Shape | undefined = shape;
  for (const key of path.split('.')) node = node?.kind === 'object' ? node.keys.get(key) : undefined;
  return node;
}

const schemaShape = _shapeOf(PolicySchema);
const rowPaths = POLICY_SETTINGS.map((s) => s.path);
const rowSet = new Set(rowPaths);
const coveringRows = (path: string): string[] => rowPaths.filter((row) => row === path || path.startsWith(`${row}.`));

describe('POLICY_SETTINGS', () => {
  it.each(leavesOf(schemaShape))('has exactly one row for the setting %s of PolicySchema', (leaf) => {
    expect(coveringRows(leaf)).toHaveLength(1);
  });

  it.each(rowPaths)('names a setting that exists in PolicySchema: %s', (path) => {
    expect(shapeAt(schemaShape, path), path).toBeDefined();
  });

  it.each(presets.map((p) => [p.id, p] as const))('has a row for every setting of the preset %s', (_id, preset) => {
    for (const path of valuePaths(preset, rowSet)) expect(coveringRows(path), path).toHaveLength(1);
  });

  it('lists each setting once, with no row inside another', () => {
    expect(new Set(rowPaths).size).toBe(rowPaths.length);
    for (const path of rowPaths) expect(coveringRows(path), path).toEqual([path]);
  });

  it('gives every setting a meaning in both languages, a known unit and a source or [D], null only for the identity fields', () => {
    for (const setting of POLICY_SETTINGS) {
      expect(setting.meaning.id.length, setting.path).toBeGreaterThan(10);
      expect(setting.meaning.en.length, setting.path).toBeGreaterThan(10);
      expect(Object.keys(POLICY_SETTING_UNITS), setting.path).toContain(setting.unit);
      if (setting.source === null) expect(['id', 'version', 'jurisdiction', 'effectiveFrom', 'effectiveUntil', 'name', 'basis', 'extends']).toContain(setting.path);
      else expect(setting.source.trim().length, setting.path).toBeGreaterThan(2);
    }
  });

  it('marks as [D] the settings whose section documentation calls their value a project default', () => {
    const defaults = ['talentBox.cutOffs.kinerja.DI_ATAS_EKSPEKTASI', 'talentBox.maxAssessmentAgeMonths', 'workPattern.coreOnlineMinutes', 'workPattern.minOnsiteHeadcount', 'readiness.bandwidth.minDownloadMbps', 'performance.weights.TRK', 'earlyWarning.scoreThreshold', 'eligibility.flexibleDaysByBox', 'employeeCriteria.minMonthsInPosition'];
    for (const path of defaults) expect(POLICY_SETTINGS.find((s) => s.path === path)?.source, path).toMatch(/^\[D\]/);
    expect(POLICY_SETTINGS.find((s) => s.path === 'schedule.weeklyMinutes')?.source).toBe('Perpres 21/2023 Pasal 4 ayat (1)');
    expect(POLICY_SETTINGS.find((s) => s.path === 'workPattern.capExceptions')?.source).toContain('PermenPANRB 4/2025 Pasal 13 ayat (1)');
  });

  it('uses every unit it names a label for', () => {
    expect(new Set(POLICY_SETTINGS.map((s) => s.unit))).toEqual(new Set(Object.keys(POLICY_SETTING_UNITS)));
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(POLICY_SETTINGS)).toBe(true);
    expect(Object.isFrozen(POLICY_SETTINGS[0])).toBe(true);
    expect(Object.isFrozen(POLICY_SETTINGS[0]?.meaning)).toBe(true);
    expect(Object.isFrozen(POLICY_SETTING_UNITS)).toBe(true);
    expect(Object.isFrozen(POLICY_SETTING_UNITS['box-list'])).toBe(true);
  });
});
