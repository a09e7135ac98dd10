import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { localeEn } from '../../src/locales/en';
import { formatFinding } from '../../src/locales/format';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025, presets } from '../../src/policy/presets';
import type { Policy } from '../../src/policy/schema';
import { WORKPLACES } from '../../src/policy/sections/readiness';
import { checkReadiness, type ReadinessEvidence } from '../../src/readiness/check';
import type { ReadinessFinding } from '../../src/readiness/findings';

const AS_OF = '2026-01-15';

/** Evidence that passes every default check. */
const good: ReadinessEvidence = {
  laptop: { available: true, ownership: 'DINAS' },
  bandwidth: { downloadMbps: 25, uploadMbps: 8, measuredOn: '2026-01-05' },
  kmobActive: true,
  tte: { active: true },
  signsLetters: true,
  workspaceDeclared: true,
};

const check = (evidence: ReadinessEvidence, policy: Policy = jabarMkd2025, asOf = AS_OF) => checkReadiness(evidence, policy, { asOf });

describe('checkReadiness: status', () => {
  it('is ready when every required check passes', () => {
    const r = check(good);
    expect(r.status).toBe('ready');
    expect(Object.values(r.checks).map((c) => c.outcome)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('is not ready when a required check fails, even with others unknown', () => {
    const r = check({ laptop: { available: false } });
    expect(r.status).toBe('not_ready');
    expect(r.checks.laptop).toEqual({ required: true, outcome: 'fail' });
    expect(r.checks.bandwidth.outcome).toBe('unknown');
  });

  it('is indeterminate when nothing fails but required evidence is missing', () => {
    const { kmobActive: _k, ...withoutKmob } = good;
    expect(check(withoutKmob).status).toBe('indeterminate');
    expect(check({}).status).toBe('indeterminate');
  });

  it('ignores an optional check that fails', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'kmob-opsional', readiness: { kmob: { required: false } } });
    const r = check({ ...good, kmobActive: false }, policy);
    expect(r.status).toBe('ready');
    expect(r.checks.kmob).toEqual({ required: false, outcome: 'fail' });
  });

  it('does not require K-Mob in the national preset but does in the Jabar ones', () => {
    const { kmobActive: _k, ...withoutKmob } = good;
    expect(check(withoutKmob, nationalFwa2025).status).toBe('ready');
    expect(check(withoutKmob, jabarMkd2023).status).toBe('indeterminate');
  });

  it('reports the checks in a fixed order with one finding or more each', () => {
    expect(Object.keys(check({}).checks)).toEqual(['laptop', 'bandwidth', 'kmob', 'tte', 'workspace']);
    expect(check(good).findings.map((f) => f.code)).toEqual([
      'readiness_laptop_ok',
      'readiness_bandwidth_ok',
      'readiness_kmob_active',
      'readiness_tte_active',
      'readiness_workspace_declared',
    ]);
  });
});

describe('checkReadiness: laptop', () => {
  it('accepts a personal laptop by default', () => {
    expect(check({ ...good, laptop: { available: true, ownership: 'PRIBADI' } }).checks.laptop.outcome).toBe('pass');
  });

  it('accepts a laptop of unstated ownership when the policy allows both', () => {
    expect(check({ ...good, laptop: { available: true } }).checks.laptop.outcome).toBe('pass');
  });

  it('fails a personal laptop when the policy accepts only office-issued ones', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'dinas-saja', readiness: { laptop: { allowedOwnerships: ['DINAS'] } } });
    expect(check({ ...good, laptop: { available: true, ownership: 'PRIBADI' } }, policy).checks.laptop.outcome).toBe('fail');
    expect(check({ ...good, laptop: { available: true } }, policy).checks.laptop.outcome).toBe('unknown');
  });
});

describe('checkReadiness: bandwidth', () => {
  it('passes speeds exactly at the minimums', () => {
    expect(check({ ...good, bandwidth: { downloadMbps: 10, uploadMbps: 5, measuredOn: '2026-01-05' } }).checks.bandwidth.outcome).toBe('pass');
  });

  it('fails a download or an upload below its minimum, reporting each', () => {
    const r = check({ ...good, bandwidth: { downloadMbps: 9.9, uploadMbps: 4.5, measuredOn: '2026-01-05' } });
    expect(r.checks.bandwidth.outcome).toBe('fail');
    expect(r.findings.map((f) => f.code).filter((c) => c.includes('load'))).toEqual(['readiness_download_too_low', 'readiness_upload_too_low']);
  });

  it('accepts a measurement exactly 90 days old and not one 91 days old', () => {
    // 2025-10-17 + 90 days = 2026-01-15
    expect(check({ ...good, bandwidth: { ...good.bandwidth!, measuredOn: '2025-10-17' } }).checks.bandwidth.outcome).toBe('pass');
    expect(check({ ...good, bandwidth: { ...good.bandwidth!, measuredOn: '2025-10-16' } }).checks.bandwidth.outcome).toBe('unknown');
  });

  it('treats a stale measurement as unknown even when its speeds fail', () => {
    const r = check({ ...good, bandwidth: { downloadMbps: 1, uploadMbps: 1, measuredOn: '2025-01-01' } });
    expect(r.checks.bandwidth.outcome).toBe('unknown');
    expect(r.status).toBe('indeterminate');
  });

  it('treats a measurement dated after the decision date as unknown', () => {
    const r = check({ ...good, bandwidth: { ...good.bandwidth!, measuredOn: '2026-01-16' } });
    expect(r.checks.bandwidth.outcome).toBe('unknown');
    expect(r.findings.map((f) => f.code)).toContain('readiness_bandwidth_in_future');
  });

  it('accepts a measurement taken on the decision date', () => {
    expect(check({ ...good, bandwidth: { ...good.bandwidth!, measuredOn: AS_OF } }).checks.bandwidth.outcome).toBe('pass');
  });
});

describe('checkReadiness: electronic signature', () => {
  it('does not apply to someone who signs no letters', () => {
    const r = check({ ...good, signsLetters: false, tte: { active: false } });
    expect(r.checks.tte).toEqual({ required: true, outcome: 'not_applicable' });
    expect(r.status).toBe('ready');
  });

  it('fails an inactive TTE for someone who signs letters', () => {
    expect(check({ ...good, tte: { active: false } }).status).toBe('not_ready');
  });

  it('is unknown when a letter signer gives no TTE evidence', () => {
    const { tte: _t, ...rest } = good;
    expect(check(rest).checks.tte.outcome).toBe('unknown');
  });

  it('is unknown when it is not known whether the person signs letters', () => {
    const { signsLetters: _s, ...rest } = good;
    expect(check({ ...rest, tte: { active: false } }).checks.tte.outcome).toBe('unknown');
  });

  it('passes an active TTE even when signing is not stated', () => {
    const { signsLetters: _s, ...rest } = good;
    expect(check(rest).checks.tte.outcome).toBe('pass');
  });
});

/** A kabupaten that accepts only the registered domicile. */
const domisiliOnly = definePolicy(jabarMkd2025, { id: 'domisili-saja', readiness: { workspace: { allowedWorkplaces: ['DOMISILI'] } } });
const { workspaceDeclared: _w, ...undeclared } = good;

describe('checkReadiness: workspace and workplace (PermenPANRB 4/2025 Pasal 12 ayat (1))', () => {
  it('passes a declared workspace of unstated kind when the policy allows every workplace [D]', () => {
    const r = check(good);
    expect(r.checks.workspace).toEqual({ required: true, outcome: 'pass' });
    expect(r.findings.at(-1)).toEqual({ rule: 'readiness', outcome: 'pass', code: 'readiness_workspace_declared', params: { required: true } });
  });

  for (const workplace of WORKPLACES) {
    it(`passes the workplace ${workplace} in every preset`, () => {
      for (const policy of presets) {
        const r = check({ ...good, workplace }, policy);
        expect([policy.id, r.status, r.checks.workspace.outcome]).toEqual([policy.id, 'ready', 'pass']);
        expect(r.findings.at(-1)).toEqual({
          rule: 'readiness',
          outcome: 'pass',
          code: 'readiness_workplace_allowed',
          params: { required: true, workplace, allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] },
        });
      }
    });
  }

  it('takes a stated workplace as a declared workspace', () => {
    const r = check({ ...undeclared, workplace: 'DOMISILI' });
    expect(r.status).toBe('ready');
    expect(r.findings.at(-1)?.code).toBe('readiness_workplace_allowed');
  });

  it('fails a workplace outside the policy’s list with a finding, not an input error', () => {
    const r = check({ ...good, workplace: 'KAFE' });
    expect(r.status).toBe('not_ready');
    expect(r.checks.workspace.outcome).toBe('fail');
    expect(r.findings.at(-1)).toEqual({
      rule: 'readiness',
      outcome: 'fail',
      code: 'readiness_workplace_not_allowed',
      params: { required: true, workplace: 'KAFE', allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] },
    });
  });

  it('compares workplace codes exactly: lower case or spaces are outside the list', () => {
    for (const workplace of ['domisili', 'DOMISILI ', 'KANTOR LAIN']) expect(check({ ...good, workplace }).checks.workspace.outcome).toBe('fail');
  });

  it('fails a workplace outside the list whatever workspaceDeclared says', () => {
    expect(check({ ...good, workspaceDeclared: true, workplace: 'KAFE' }).checks.workspace.outcome).toBe('fail');
    expect(check({ ...good, workspaceDeclared: false, workplace: 'KAFE' }).checks.workspace.outcome).toBe('fail');
    expect(check({ ...undeclared, workplace: 'KAFE' }).checks.workspace.outcome).toBe('fail');
  });

  it('is unknown when an allowed workplace comes with workspaceDeclared: false (contradictory evidence)', () => {
    const r = check({ ...good, workspaceDeclared: false, workplace: 'KANTOR_LAIN' });
    expect(r.status).toBe('indeterminate');
    expect(r.checks.workspace.outcome).toBe('unknown');
    expect(r.findings.at(-1)).toEqual({
      rule: 'readiness',
      outcome: 'unknown',
      code: 'readiness_workplace_conflict',
      params: { required: true, workplace: 'KANTOR_LAIN', allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] },
    });
  });

  it('still fails workspaceDeclared: false without a workplace', () => {
    expect(check({ ...good, workspaceDeclared: false }).findings.at(-1)?.code).toBe('readiness_workspace_not_declared');
    expect(check({ ...good, workspaceDeclared: false }, domisiliOnly).findings.at(-1)?.code).toBe('readiness_workspace_not_declared');
  });

  it('passes the one workplace a narrowed policy allows', () => {
    const r = check({ ...good, workplace: 'DOMISILI' }, domisiliOnly);
    expect(r.status).toBe('ready');
    expect(r.findings.at(-1)?.params).toEqual({ required: true, workplace: 'DOMISILI', allowedWorkplaces: ['DOMISILI'] });
  });

  it('fails a workplace of the regulation that a narrowed policy leaves out', () => {
    const r = check({ ...good, workplace: 'KANTOR_LAIN' }, domisiliOnly);
    expect(r.status).toBe('not_ready');
    expect(r.findings.at(-1)).toMatchObject({ code: 'readiness_workplace_not_allowed', params: { workplace: 'KANTOR_LAIN', allowedWorkplaces: ['DOMISILI'] } });
  });

  it('is unknown when a narrowed policy meets a declared workspace of unstated kind', () => {
    const r = check(good, domisiliOnly);
    expect(r.status).toBe('indeterminate');
    expect(r.findings.at(-1)).toEqual({ rule: 'readiness', outcome: 'unknown', code: 'readiness_workplace_unknown', params: { required: true, allowedWorkplaces: ['DOMISILI'] } });
  });

  it('reads a policy without allowedWorkplaces as allowing the regulation’s three', () => {
    const bare = { ...jabarMkd2025, readiness: { ...jabarMkd2025.readiness, workspace: { required: true } } } as Policy;
    expect(check(good, bare).checks.workspace.outcome).toBe('pass');
    expect(check({ ...good, workplace: 'DITETAPKAN_PPK' }, bare).findings.at(-1)?.params).toEqual({
      required: true,
      workplace: 'DITETAPKAN_PPK',
      allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'],
    });
    expect(check({ ...good, workplace: 'KAFE' }, bare).checks.workspace.outcome).toBe('fail');
  });

  it('lists the allowed workplaces in the regulation’s order, whatever the policy’s order', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'dua-tempat', readiness: { workspace: { allowedWorkplaces: ['DITETAPKAN_PPK', 'DOMISILI'] } } });
    expect(check({ ...good, workplace: 'KAFE' }, policy).findings.at(-1)?.params).toMatchObject({ allowedWorkplaces: ['DOMISILI', 'DITETAPKAN_PPK'] });
  });

  it('does not change the status for a workplace outside the list when the workspace check is optional', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'tempat-opsional', readiness: { workspace: { required: false } } });
    const r = check({ ...good, workplace: 'KAFE' }, policy);
    expect(r.status).toBe('ready');
    expect(r.checks.workspace).toEqual({ required: false, outcome: 'fail' });
  });

  it('gives the outcome of the TSDoc example', () => {
    const r = checkReadiness(
      { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 25, uploadMbps: 8, measuredOn: '2026-01-05' }, kmobActive: true, signsLetters: false, workplace: 'DOMISILI' },
      jabarMkd2025,
      { asOf: '2026-01-15' },
    );
    expect(r.status).toBe('ready');
  });
});

describe('checkReadiness: input', () => {
  it('rejects malformed evidence with every issue', () => {
    let caught: unknown;
    try {
      check({ laptop: { available: 'ya' }, bandwidth: { downloadMbps: -1, uploadMbps: Number.NaN, measuredOn: '2026-02-30' }, wifi: true } as never);
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    expect(isInputError(caught) && caught.issues.map((i) => i.path.join('.'))).toEqual([
      'laptop.available',
      'bandwidth.downloadMbps',
      'bandwidth.uploadMbps',
      'bandwidth.measuredOn',
      '',
    ]);
  });

  it('rejects a workplace that is empty, over 100 characters or not text, naming the field', () => {
    for (const workplace of ['', 'x'.repeat(101), 3, null, true, ['DOMISILI'], { kind: 'DOMISILI' }]) {
      let caught: unknown;
      try {
        check({ ...good, workplace } as never);
      } catch (error) {
        caught = error;
      }
      expect(isInputError(caught) && [...new Set(caught.issues.map((i) => i.path.join('.')))]).toEqual(['workplace']);
    }
  });

  it('accepts a workplace of exactly 100 characters as evidence, and fails the check on it', () => {
    expect(check({ ...good, workplace: 'x'.repeat(100) }).checks.workspace.outcome).toBe('fail');
  });

  it('rejects a malformed decision date', () => {
    expect(() => check(good, jabarMkd2025, '15-01-2026')).toThrow(/asOf/);
  });

  it('rejects a policy with an empty list of laptop ownerships', () => {
    const broken = { ...jabarMkd2025, readiness: { ...jabarMkd2025.readiness, laptop: { required: true, allowedOwnerships: [] } } };
    expect(() => check(good, broken as Policy)).toThrow(/policy\.readiness\.laptop\.allowedOwnerships/);
  });
});

const dinasOnly = definePolicy(jabarMkd2025, { id: 'dinas-saja', readiness: { laptop: { allowedOwnerships: ['DINAS'] } } });
const optional = definePolicy(jabarMkd2025, {
  id: 'semua-opsional',
  readiness: { laptop: { required: false }, bandwidth: { required: false }, kmob: { required: false }, tte: { required: false }, workspace: { required: false } },
});

/** One case per finding code, and what each rendering must mention. */
const byCode: Record<ReadinessFinding['code'], { evidence: ReadinessEvidence; policy?: Policy; id: string[]; en: string[] }> = {
  readiness_laptop_ok: { evidence: good, id: ['Laptop kerja tersedia', 'milik dinas'], en: ['laptop is available', 'office-issued'] },
  readiness_laptop_missing: { evidence: { laptop: { available: false } }, id: ['Tidak tersedia laptop'], en: ['No work laptop'] },
  readiness_laptop_ownership_not_allowed: {
    evidence: { laptop: { available: true, ownership: 'PRIBADI' } },
    policy: dinasOnly,
    id: ['milik pribadi', 'milik dinas'],
    en: ['personal', 'office-issued'],
  },
  readiness_laptop_ownership_unknown: { evidence: { laptop: { available: true } }, policy: dinasOnly, id: ['kepemilikannya', 'milik dinas'], en: ['ownership', 'office-issued'] },
  readiness_laptop_unknown: { evidence: {}, id: ['laptop'], en: ['laptop'] },
  readiness_bandwidth_ok: { evidence: good, id: ['25', '8', '10', '5', '2026-01-05'], en: ['25', '8', '10', '5', '2026-01-05'] },
  readiness_download_too_low: {
    evidence: { bandwidth: { downloadMbps: 7.5, uploadMbps: 6, measuredOn: '2026-01-10' } },
    id: ['7,5', '10', 'unduh'],
    en: ['7.5', '10', 'download'],
  },
  readiness_upload_too_low: {
    evidence: { bandwidth: { downloadMbps: 12, uploadMbps: 2, measuredOn: '2026-01-10' } },
    id: ['2 Mbit/s', '5 Mbit/s', 'unggah'],
    en: ['2 Mbit/s', '5 Mbit/s', 'upload'],
  },
  readiness_bandwidth_unknown: { evidence: {}, id: ['pengukuran'], en: ['measurement'] },
  readiness_bandwidth_stale: {
    evidence: { bandwidth: { downloadMbps: 50, uploadMbps: 20, measuredOn: '2025-09-01' } },
    id: ['2025-09-01', '136 hari', '90 hari'],
    en: ['2025-09-01', '136 days', '90 days'],
  },
  readiness_bandwidth_in_future: {
    evidence: { bandwidth: { downloadMbps: 50, uploadMbps: 20, measuredOn: '2026-02-01' } },
    id: ['2026-02-01', AS_OF],
    en: ['2026-02-01', AS_OF],
  },
  readiness_kmob_active: { evidence: good, id: ['K-Mob aktif'], en: ['K-Mob', 'is active'] },
  readiness_kmob_inactive: { evidence: { kmobActive: false }, id: ['K-Mob tidak aktif'], en: ['not active'] },
  readiness_kmob_unknown: { evidence: {}, id: ['K-Mob'], en: ['K-Mob'] },
  readiness_tte_active: { evidence: good, id: ['TTE', 'aktif'], en: ['TTE', 'active'] },
  readiness_tte_inactive: { evidence: { signsLetters: true, tte: { active: false } }, id: ['tidak aktif'], en: ['not active'] },
  readiness_tte_unknown: { evidence: { signsLetters: true }, id: ['belum diketahui'], en: ['not known'] },
  readiness_tte_not_applicable: { evidence: { signsLetters: false }, id: ['tidak diperlukan'], en: ['no electronic signature'] },
  readiness_signs_letters_unknown: { evidence: {}, id: ['menandatangani surat'], en: ['signs letters'] },
  readiness_workspace_declared: { evidence: good, id: ['sudah dinyatakan'], en: ['has been declared'] },
  readiness_workspace_not_declared: { evidence: { workspaceDeclared: false }, id: ['belum dinyatakan'], en: ['No workspace'] },
  readiness_workspace_unknown: { evidence: {}, id: ['Belum diketahui'], en: ['not known'] },
  readiness_workplace_allowed: {
    evidence: { workplace: 'DOMISILI' },
    id: ['adalah rumah domisili yang tercatat dalam data kepegawaian', 'kantor lain di lingkungan instansi', 'ditetapkan Pejabat Pembina Kepegawaian (PPK)'],
    en: ['is the home registered as domicile in the personnel data', 'another office of the agency', 'set by the Pejabat Pembina Kepegawaian (PPK)'],
  },
  readiness_workplace_not_allowed: {
    evidence: { workplace: 'KAFE' },
    id: ['"KAFE"', 'hanya menerima kantor lain di lingkungan instansi, rumah domisili'],
    en: ['"KAFE"', 'accepts only another office of the agency, the home registered as domicile'],
  },
  readiness_workplace_conflict: {
    evidence: { workplace: 'KANTOR_LAIN', workspaceDeclared: false },
    id: ['bertentangan', 'kantor lain di lingkungan instansi', 'belum dinyatakan'],
    en: ['contradicts itself', 'another office of the agency', 'no workspace'],
  },
  readiness_workplace_unknown: {
    evidence: { workspaceDeclared: true },
    policy: domisiliOnly,
    id: ['tidak disebutkan', 'hanya menerima rumah domisili yang tercatat dalam data kepegawaian.'],
    en: ['not stated', 'accepts only the home registered as domicile in the personnel data.'],
  },
};

describe('readiness findings in both languages', () => {
  it('covers every readiness code of the catalogues', () => {
    const all = Object.keys(localeEn.messages).filter((c) => c.startsWith('readiness_'));
    expect(Object.keys(byCode).sort()).toEqual(all.sort());
  });

  for (const [code, { evidence, policy, id, en: english }] of Object.entries(byCode)) {
    it(`renders ${code} in Bahasa Indonesia and English with its evidence`, () => {
      const finding = check(evidence, policy).findings.find((f) => f.code === code);
      expect(finding).toBeDefined();
      const textId = formatFinding(finding as ReadinessFinding, { locale: 'id' });
      const textEn = formatFinding(finding as ReadinessFinding, { locale: 'en' });
      for (const s of id) expect(textId).toContain(s);
      for (const s of english) expect(textEn).toContain(s);
      expect(textId).not.toBe(textEn);
      expect([textId.at(-1), textEn.at(-1)]).toEqual(['.', '.']);
    });
  }

  it('names a workplace the narrowed policy leaves out, and quotes any other text as given', () => {
    const left = check({ workplace: 'KANTOR_LAIN' }, domisiliOnly).findings.at(-1) as ReadinessFinding;
    expect(formatFinding(left, { locale: 'id' })).toBe(
      'Tempat kerja yang dinyatakan adalah kantor lain di lingkungan instansi, sedangkan kebijakan hanya menerima rumah domisili yang tercatat dalam data kepegawaian.',
    );
    expect(formatFinding(left, { locale: 'en' })).toBe('The declared workplace is another office of the agency, but the policy accepts only the home registered as domicile in the personnel data.');
    const odd = check({ workplace: 'constructor' }, domisiliOnly).findings.at(-1) as ReadinessFinding;
    expect(formatFinding(odd, { locale: 'en' })).toBe('The declared workplace is "constructor", but the policy accepts only the home registered as domicile in the personnel data.');
  });

  it('marks the findings of optional checks as not changing the status', () => {
    const r = check({}, optional);
    expect(r.status).toBe('ready');
    for (const f of r.findings) {
      expect(formatFinding(f, { locale: 'id' })).toContain('opsional');
      expect(formatFinding(f, { locale: 'en' })).toContain('optional');
    }
  });
});
