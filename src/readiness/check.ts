import * as z from 'zod/mini';
import { _finding, _sharedFinding, type Outcome, type _FindingCache } from '../_lib/finding';
import { _parseIsoDate } from '../_lib/dates';
import { IsoDateSchema, _asOfOptions, _parse } from '../_lib/schema';
import type { AsOfOptions } from '../_lib/options';
import { _ensurePolicy, _policyCheck, _policyRef } from '../policy/brand';
import { ReadinessPolicySchema } from '../policy/sections/readiness';

/** What checkReadiness checks of an unsealed policy: its identity and `readiness`. */
const PolicyCheck = /* @__PURE__ */ _policyCheck({ readiness: ReadinessPolicySchema });
import type { Policy, PolicyRef } from '../policy/schema';
import { LAPTOP_OWNERSHIPS, WORKPLACES, type LaptopOwnership, type Workplace } from '../policy/sections/readiness';
import type { ReadinessCheck, ReadinessFinding } from './findings';

/** The policy's readiness checks, in the order they are reported. */
export const READINESS_CHECKS = ['laptop', 'bandwidth', 'kmob', 'tte', 'workspace'] as const satisfies readonly ReadinessCheck[];

/** A work laptop. */
export interface LaptopEvidence {
  /** Whether the employee has a laptop to work with. */
  readonly available: boolean;
  /** Who owns it: `DINAS` (office-issued) or `PRIBADI` (personal). */
  readonly ownership?: LaptopOwnership;
}

/** A speed test of the internet connection at the declared workspace. */
export interface BandwidthMeasurement {
  /** Download speed, Mbit/s. */
  readonly downloadMbps: number;
  /** Upload speed, Mbit/s. */
  readonly uploadMbps: number;
  /** Date of the test, `YYYY-MM-DD`. */
  readonly measuredOn: string;
}

/** An electronic signature (tanda tangan elektronik, TTE) certificate. */
export interface TteEvidence {
  /** Whether the certificate is active. */
  readonly active: boolean;
}

/** Evidence of readiness to work away from the office; a missing field is unknown evidence. */
export interface ReadinessEvidence {
  /** The work laptop. */
  readonly laptop?: LaptopEvidence;
  /** The latest bandwidth measurement. */
  readonly bandwidth?: BandwidthMeasurement;
  /** Whether the K-Mob attendance app is active for the employee. */
  readonly kmobActive?: boolean;
  /** The electronic signature. */
  readonly tte?: TteEvidence;
  /** Whether the employee signs official letters (then TTE applies). */
  readonly signsLetters?: boolean;
  /** Whether a workspace outside the office has been declared. */
  readonly workspaceDeclared?: boolean;
  /**
   * Which kind of place the declared workspace is (PermenPANRB 4/2025 Pasal 12 ayat (1)):
   * `KANTOR_LAIN`, `DOMISILI` or `DITETAPKAN_PPK` (see {@link WORKPLACES}). Any other
   * text of 1–100 characters is accepted as evidence and fails the check; codes are
   * compared exactly. Stating it implies the workspace is declared.
   */
  readonly workplace?: Workplace | (string & {});
}

/** Longest `workplace` text accepted, in UTF-16 code units; read by the schema and by the record guard. */
export const _MAX_WORKPLACE_LENGTH = 100;

const mbps = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(100_000)))();

/** Schema of {@link ReadinessEvidence}; unknown keys are rejected. */
export const ReadinessEvidenceSchema = /* @__PURE__ */ (() => z.strictObject({
  laptop: z.exactOptional(z.strictObject({ available: z.boolean(), ownership: z.exactOptional(z.enum(LAPTOP_OWNERSHIPS)) })),
  bandwidth: z.exactOptional(z.strictObject({ downloadMbps: mbps, uploadMbps: mbps, measuredOn: IsoDateSchema })),
  kmobActive: z.exactOptional(z.boolean()),
  tte: z.exactOptional(z.strictObject({ active: z.boolean() })),
  signsLetters: z.exactOptional(z.boolean()),
  workspaceDeclared: z.exactOptional(z.boolean()),
  // Any text, not an enum: a place outside the policy's list is a domain outcome (a failed check), not bad input.
  workplace: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(_MAX_WORKPLACE_LENGTH))),
}))();

/** Outcome of one check: `not_applicable` when it does not concern the employee (TTE for someone who signs no letters). */
export type ReadinessCheckOutcome = Outcome | 'not_applicable';

/** One check's result. */
export interface ReadinessCheckResult {
  /** Whether the policy requires it. */
  readonly required: boolean;
  /** Its outcome. */
  readonly outcome: ReadinessCheckOutcome;
}

/** The readiness decision. */
export interface ReadinessResult {
  /** `not_ready` if a required check fails; else `indeterminate` if one is unknown; else `ready`. */
  readonly status: 'ready' | 'not_ready' | 'indeterminate';
  /** Every check of the policy, required or not, with its outcome. */
  readonly checks: Readonly<Record<ReadinessCheck, ReadinessCheckResult>>;
  /** One or more findings per check, in the order of {@link READINESS_CHECKS}. */
  readonly findings: readonly ReadinessFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

/**
 * Checks an employee's readiness to work away from the office against the policy's
 * checks (domain reference §6 [D]): a work laptop of an allowed ownership; a speed test
 * at or above the download and upload minimums, not older than the maximum age and not
 * dated after `asOf` (stale or future-dated evidence is unknown whatever its speeds);
 * K-Mob active; an active electronic signature (TTE) for those who sign letters; a
 * declared workspace, of a kind the policy allows (PermenPANRB 4/2025 Pasal 12 ayat (1):
 * another office of the agency, the registered domicile, a place the PPK sets) — a
 * workplace outside the list fails; an allowed one with `workspaceDeclared: false` is
 * contradictory evidence, unknown; a declared workspace of unstated kind passes [D]
 * unless the policy narrows the list, then it is unknown. A failed required check makes
 * `not_ready`; otherwise an unknown required check makes `indeterminate`; `ready` only
 * when every required check passes (or does not apply). Optional checks are reported
 * and never change the status.
 *
 * @param evidence - What is known; a missing field is unknown.
 * @param policy - The policy in force (its `readiness` section).
 * @param options - `asOf`: the decision date, `YYYY-MM-DD` (WIB); required.
 * @returns The status, every check's outcome, findings and policy.
 * @throws {@link InputError} when the evidence, policy or date is malformed.
 *
 * @example
 * ```ts
 * import { checkReadiness } from 'kerja-dinamis/readiness';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * checkReadiness(
 *   { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 25, uploadMbps: 8, measuredOn: '2026-01-05' },
 *     kmobActive: true, signsLetters: false, workplace: 'DOMISILI' },
 *   jabarMkd2025,
 *   { asOf: '2026-01-15' },
 * ).status;
 * //=> 'ready'
 * ```
 */
export function checkReadiness(evidence: ReadinessEvidence, policy: Policy, options: AsOfOptions): ReadinessResult {
  const e = _parse(ReadinessEvidenceSchema, evidence);
  const p = _ensurePolicy(policy, PolicyCheck);
  const { asOf, asOfDay } = _asOfOptions(options, ['asOf']);
  return _checkReadiness(e, p, asOf, asOfDay);
}

/**
 * The checked core of {@link checkReadiness}, for modules that validated the evidence,
 * the policy and the date already (eligibility). With a `cache`, findings that do not
 * carry the evidence's own values are shared across the call's employees.
 */
export function _checkReadiness(e: ReadinessEvidence, p: Policy, asOf: string, asOfDay: number, cache?: _FindingCache): ReadinessResult {
  const rules = p.readiness;
  const findings: ReadinessFinding[] = [];

  // Laptop
  const laptopRequired = rules.laptop.required;
  const laptopReq = (): { required: boolean } => ({ required: laptopRequired });
  const allowedOwnerships = rules.laptop.allowedOwnerships;
  const allOwnershipsAllowed = LAPTOP_OWNERSHIPS.every((o) => allowedOwnerships.includes(o));
  const allowed = (): LaptopOwnership[] => LAPTOP_OWNERSHIPS.filter((o) => allowedOwnerships.includes(o));
  let laptop: Outcome;
  if (e.laptop === undefined) {
    laptop = 'unknown';
    findings.push(_sharedFinding(cache, 'readiness_laptop_unknown', undefined, () => _finding('readiness', 'unknown', 'readiness_laptop_unknown', laptopReq())));
  } else if (!e.laptop.available) {
    laptop = 'fail';
    findings.push(_sharedFinding(cache, 'readiness_laptop_missing', undefined, () => _finding('readiness', 'fail', 'readiness_laptop_missing', laptopReq())));
  } else if (e.laptop.ownership === undefined && !allOwnershipsAllowed) {
    laptop = 'unknown';
    findings.push(
      _sharedFinding(cache, 'readiness_laptop_ownership_unknown', undefined, () =>
        _finding('readiness', 'unknown', 'readiness_laptop_ownership_unknown', { required: laptopRequired, allowedOwnerships: allowed() }),
      ),
    );
  } else if (e.laptop.ownership !== undefined && !allowedOwnerships.includes(e.laptop.ownership)) {
    laptop = 'fail';
    const ownership = e.laptop.ownership;
    findings.push(
      _sharedFinding(cache, 'readiness_laptop_ownership_not_allowed', ownership, () =>
        _finding('readiness', 'fail', 'readiness_laptop_ownership_not_allowed', { required: laptopRequired, ownership, allowedOwnerships: allowed() }),
      ),
    );
  } else {
    laptop = 'pass';
    const ownership = e.laptop.ownership;
    findings.push(
      _sharedFinding(cache, 'readiness_laptop_ok', ownership, () =>
        _finding(
          'readiness',
          'pass',
          'readiness_laptop_ok',
          ownership !== undefined ? { required: laptopRequired, ownership, allowedOwnerships: allowed() } : { required: laptopRequired, allowedOwnerships: allowed() },
        ),
      ),
    );
  }

  // Bandwidth
  const bw = rules.bandwidth;
  const bwRequired = bw.required;
  let bandwidth: Outcome;
  if (e.bandwidth === undefined) {
    bandwidth = 'unknown';
    findings.push(_sharedFinding(cache, 'readiness_bandwidth_unknown', undefined, () => _finding('readiness', 'unknown', 'readiness_bandwidth_unknown', { required: bwRequired })));
  } else {
    const m = e.bandwidth;
    const measuredOn = m.measuredOn;
    const ageDays = asOfDay - (_parseIsoDate(measuredOn) as number);
    if (ageDays < 0) {
      bandwidth = 'unknown';
      findings.push(
        _sharedFinding(cache, 'readiness_bandwidth_in_future', measuredOn, () =>
          _finding('readiness', 'unknown', 'readiness_bandwidth_in_future', { required: bwRequired, measuredOn, asOf }),
        ),
      );
    } else if (ageDays > bw.maxMeasurementAgeDays) {
      bandwidth = 'unknown';
      findings.push(
        _sharedFinding(cache, 'readiness_bandwidth_stale', measuredOn, () =>
          _finding('readiness', 'unknown', 'readiness_bandwidth_stale', { required: bwRequired, measuredOn, ageDays, maxAgeDays: bw.maxMeasurementAgeDays, asOf }),
        ),
      );
    } else {
      // The speeds are each employee's own: these findings are not shared.
      const downOk = m.downloadMbps >= bw.minDownloadMbps;
      const upOk = m.uploadMbps >= bw.minUploadMbps;
      bandwidth = downOk && upOk ? 'pass' : 'fail';
      if (!downOk) {
        findings.push(
          _finding('readiness', 'fail', 'readiness_download_too_low', { required: bwRequired, downloadMbps: m.downloadMbps, minDownloadMbps: bw.minDownloadMbps, measuredOn }),
        );
      }
      if (!upOk) {
        findings.push(_finding('readiness', 'fail', 'readiness_upload_too_low', { required: bwRequired, uploadMbps: m.uploadMbps, minUploadMbps: bw.minUploadMbps, measuredOn }));
      }
      if (downOk && upOk) {
        findings.push(
          _finding('readiness', 'pass', 'readiness_bandwidth_ok', {
            required: bwRequired,
            downloadMbps: m.downloadMbps,
            uploadMbps: m.uploadMbps,
            minDownloadMbps: bw.minDownloadMbps,
            minUploadMbps: bw.minUploadMbps,
            measuredOn,
          }),
        );
      }
    }
  }

  // K-Mob
  const kmob: Outcome = e.kmobActive === undefined ? 'unknown' : e.kmobActive ? 'pass' : 'fail';
  const kmobCode = kmob === 'pass' ? 'readiness_kmob_active' : kmob === 'fail' ? 'readiness_kmob_inactive' : 'readiness_kmob_unknown';
  findings.push(_sharedFinding(cache, kmobCode, undefined, () => _finding('readiness', kmob, kmobCode, { required: rules.kmob.required })));

  // TTE: only for those who sign letters; an active TTE passes whoever holds it.
  const tteFinding = (outcome: Outcome, code: ReadinessFinding['code']): ReadinessFinding =>
    _sharedFinding(cache, code, undefined, () => _finding('readiness', outcome, code, { required: rules.tte.required }) as ReadinessFinding);
  let tte: ReadinessCheckOutcome;
  if (e.signsLetters === false) {
    tte = 'not_applicable';
    findings.push(tteFinding('pass', 'readiness_tte_not_applicable'));
  } else if (e.tte?.active === true) {
    tte = 'pass';
    findings.push(tteFinding('pass', 'readiness_tte_active'));
  } else if (e.signsLetters === undefined) {
    tte = 'unknown';
    findings.push(tteFinding('unknown', 'readiness_signs_letters_unknown'));
  } else if (e.tte === undefined) {
    tte = 'unknown';
    findings.push(tteFinding('unknown', 'readiness_tte_unknown'));
  } else {
    tte = 'fail';
    findings.push(tteFinding('fail', 'readiness_tte_inactive'));
  }

  // Workspace, and where it is (PermenPANRB 4/2025 Pasal 12 ayat (1)). No list in the
  // policy means the regulation's whole list.
  const wsRequired = rules.workspace.required;
  const allowedWorkplaces: readonly string[] = rules.workspace.allowedWorkplaces ?? WORKPLACES;
  const places = (): Workplace[] => WORKPLACES.filter((w) => allowedWorkplaces.includes(w));
  const workplace = e.workplace;
  let workspace: Outcome;
  if (workplace !== undefined && !allowedWorkplaces.includes(workplace)) {
    // Outside the list: fails whatever workspaceDeclared says (without a workspace it would fail too).
    workspace = 'fail';
    findings.push(
      _sharedFinding(cache, 'readiness_workplace_not_allowed', workplace, () =>
        _finding('readiness', 'fail', 'readiness_workplace_not_allowed', { required: wsRequired, workplace, allowedWorkplaces: places() }),
      ),
    );
  } else if (workplace !== undefined) {
    // An allowed place names a workspace; `workspaceDeclared: false` says there is none.
    // The two readings disagree (pass or fail), so the evidence decides nothing.
    const place = workplace as Workplace;
    const code = e.workspaceDeclared === false ? 'readiness_workplace_conflict' : 'readiness_workplace_allowed';
    workspace = e.workspaceDeclared === false ? 'unknown' : 'pass';
    const outcome = workspace;
    findings.push(_sharedFinding(cache, code, place, () => _finding('readiness', outcome, code, { required: wsRequired, workplace: place, allowedWorkplaces: places() })));
  } else if (e.workspaceDeclared === true && !WORKPLACES.every((w) => allowedWorkplaces.includes(w))) {
    // Declared, but the policy narrows the places and the evidence does not say which.
    workspace = 'unknown';
    findings.push(
      _sharedFinding(cache, 'readiness_workplace_unknown', undefined, () =>
        _finding('readiness', 'unknown', 'readiness_workplace_unknown', { required: wsRequired, allowedWorkplaces: places() }),
      ),
    );
  } else {
    // Declared alone passes when every place counts [D].
    workspace = e.workspaceDeclared === undefined ? 'unknown' : e.workspaceDeclared ? 'pass' : 'fail';
    const code = workspace === 'pass' ? 'readiness_workspace_declared' : workspace === 'fail' ? 'readiness_workspace_not_declared' : 'readiness_workspace_unknown';
    const outcome = workspace;
    findings.push(_sharedFinding(cache, code, undefined, () => _finding('readiness', outcome, code, { required: wsRequired })));
  }

  const checks: Record<ReadinessCheck, ReadinessCheckResult> = {
    laptop: { required: rules.laptop.required, outcome: laptop },
    bandwidth: { required: bw.required, outcome: bandwidth },
    kmob: { required: rules.kmob.required, outcome: kmob },
    tte: { required: rules.tte.required, outcome: tte },
    workspace: { required: wsRequired, outcome: workspace },
  };
  let status: ReadinessResult['status'] = 'ready';
  for (const c of READINESS_CHECKS) {
    const check = checks[c];
    if (!check.required) continue;
    if (check.outcome === 'fail') {
      status = 'not_ready';
      break;
    }
    if (check.outcome === 'unknown') status = 'indeterminate';
  }
  return { status, checks, findings, policy: _policyRef(p) };
}
