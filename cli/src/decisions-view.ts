/**
 * Eligibility decisions as table rows (for people) and CSV rows (for spreadsheets):
 * shared by `eligibility`, `roster` and `demo`.
 */
import type { EligibilityDecision } from 'kerja-dinamis';
import { formatFinding, localeEn, localeId } from 'kerja-dinamis';
import { csvLine, fit, fitRight } from './output';
import type { CliText, GateCode, Lang, StatusCode } from './text';

const GATE_MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;
const W = { nip: 18, name: 26, unit: 23, days: 4 } as const;

/** Width of the status column: the longest status word of the language. */
function statusWidth(t: CliText): number {
  return Math.max(...Object.values(t.status).map((s) => s.length));
}

/** The header row of the decisions table. */
export function tableHeader(t: CliText, gates: readonly GateCode[]): string {
  const h = t.heads;
  const gateCells = gates.map((g) => fit(t.gateShort[g], 2)).join(' ');
  return `${fit(h.nip, W.nip)}  ${fit(h.name, W.name)}  ${fit(h.unit, W.unit)}  ${fit(h.status, statusWidth(t))}  ${fitRight(h.days, W.days)}  ${gateCells}`.trimEnd() + '\n';
}

/**
 * Why a decision is not `ELIGIBLE`, in the language: the findings that did not pass, of
 * the gates that failed or are unknown and of the decision itself (a gate that passed
 * may still report something, e.g. a WASPADA level kept; that is not a reason).
 */
export function reasonsOf(decision: EligibilityDecision, lang: Lang): string[] {
  const open = new Set<string>(decision.gates.filter((g) => g.outcome !== 'pass').map((g) => g.gate));
  open.add('eligibility');
  return decision.findings.filter((f) => f.outcome !== 'pass' && open.has(f.rule)).map((f) => sentenceOf(f, lang));
}

type DecisionFinding = EligibilityDecision['findings'][number];

/**
 * Sentences made before, by finding object and language. The library gives the records of
 * one call the same frozen finding objects where their evidence is alike, so a batch of
 * rows formats each distinct finding once. Weak: a finding no decision holds any more is
 * forgotten.
 */
const sentences: Readonly<Record<Lang, WeakMap<DecisionFinding, string>>> = { id: new WeakMap(), en: new WeakMap() };

/** `formatFinding(finding, { locale: lang })`, each finding object formatted once. */
function sentenceOf(finding: DecisionFinding, lang: Lang): string {
  const made = sentences[lang];
  let sentence = made.get(finding);
  if (sentence === undefined) made.set(finding, (sentence = formatFinding(finding, { locale: lang })));
  return sentence;
}

/** One decision as table lines: the row, then the reasons of a decision that is not `ELIGIBLE`. */
export function tableRow(decision: EligibilityDecision, t: CliText, lang: Lang): string {
  const gates = decision.gates.map((g) => fit(GATE_MARK[g.outcome], 2)).join(' ');
  let text = `${`${fit(decision.employeeId, W.nip)}  ${fit(decision.name, W.name)}  ${fit(decision.unitId, W.unit)}  ${fit(t.status[decision.status as StatusCode], statusWidth(t))}  ${fitRight(String(decision.maxFlexibleDaysPerWeek), W.days)}  ${gates}`.trimEnd()}\n`;
  if (decision.status !== 'ELIGIBLE') for (const reason of reasonsOf(decision, lang)) text += `      · ${reason}\n`;
  return text;
}

/** Counts by status as a line: `LAYAK 41 · TIDAK LAYAK 12 · BELUM DAPAT DITENTUKAN 7`. */
export function statusCountsLine(counts: Readonly<Record<StatusCode, number>>, t: CliText): string {
  return (['ELIGIBLE', 'NOT_ELIGIBLE', 'INDETERMINATE'] as const).map((s) => `${t.status[s]} ${counts[s]}`).join(' · ');
}

/**
 * The verdict sentence of a decision: the first line of `explain(decision, { locale: lang })`,
 * without formatting every finding (the CSV writes it for every row).
 */
export function verdictOf(decision: EligibilityDecision, lang: Lang): string {
  // The sentence depends on the gates' outcomes, the status and, when eligible, the days;
  // decisions of one call share their frozen list of gates, so it is made once per list.
  let byList = verdicts[lang].get(decision.gates);
  if (byList === undefined) verdicts[lang].set(decision.gates, (byList = new Map()));
  const key = decision.status === 'ELIGIBLE' ? decision.maxFlexibleDaysPerWeek : decision.status;
  let verdict = byList.get(key);
  if (verdict === undefined) byList.set(key, (verdict = verdictSentence(decision, lang)));
  return verdict;
}

/** Verdicts made before, by list of gates, then by status (or days, when eligible). */
const verdicts: Readonly<Record<Lang, WeakMap<EligibilityDecision['gates'], Map<string | number, string>>>> = { id: new WeakMap(), en: new WeakMap() };

function verdictSentence(decision: EligibilityDecision, lang: Lang): string {
  const words = (lang === 'id' ? localeId : localeEn).decision;
  if (decision.status === 'ELIGIBLE') return words.eligible(decision.maxFlexibleDaysPerWeek);
  const unknown = decision.gates.filter((g) => g.outcome === 'unknown').map((g) => g.gate);
  if (decision.status === 'INDETERMINATE') return words.indeterminate(unknown);
  return words.notEligible(
    decision.gates.filter((g) => g.outcome === 'fail').map((g) => g.gate),
    unknown,
  );
}

/** The CSV header of decisions. */
export function csvHeader(t: CliText, gates: readonly GateCode[], delimiter: string): string {
  const c = t.columns;
  return csvLine([c.nip, c.name, c.unit, c.status, c.maxFlexible, ...gates.map((g) => t.gateColumn[g]), c.policy, c.asOf, c.reasons], delimiter);
}

/**
 * One decision's cells, shared by the CSV row and the workbook row. Status and gate
 * outcomes are the library's codes (the same whatever `--lang`, so that formulas and
 * imports keep working); the reasons cell is the verdict and the findings that did not
 * pass, in the language, separated by ` | `.
 */
export function decisionValues(decision: EligibilityDecision, lang: Lang): (string | number)[] {
  const verdict = verdictOf(decision, lang);
  const reasons = decision.status === 'ELIGIBLE' ? [verdict] : [verdict, ...reasonsOf(decision, lang)];
  return [
    decision.employeeId,
    decision.name,
    decision.unitId,
    decision.status,
    decision.maxFlexibleDaysPerWeek,
    ...decision.gates.map((g) => g.outcome),
    decision.policy.id,
    decision.asOf,
    reasons.join(' | '),
  ];
}

/** One decision as a CSV row ({@link decisionValues}). */
export function csvRow(decision: EligibilityDecision, lang: Lang, delimiter: string): string {
  return csvLine(decisionValues(decision, lang), delimiter);
}
