/**
 * The HTML roster calendar, fit to print and sign: one self-contained page (inline CSS,
 * no script, nothing fetched), a calendar per unit — rows are employees, columns are
 * dates, cells coloured by day status — with a coverage row (on site and, in brackets,
 * the minimum required; unmet days marked).
 *
 * Printed on A4 landscape, each unit starts a new page. Its table head — the agency, the
 * title with the month and unit, the policy's name, the legend and the dates — is
 * repeated on every page the unit takes; under the table come the summary, the month's
 * holidays, the print date and the signature block. Every text from the input is
 * escaped, and names are isolated with `<bdi>`.
 */
import { WEEKDAYS, weekdayOf } from 'kerja-dinamis';
import type { CoverageDay, DayStatus } from 'kerja-dinamis';
import { monthInWords } from './output';
import type { PrintPage } from './print';
import { printTextOf, type PrintText } from './print-text';
import type { CliText, DayCode, Lang, StatusCode } from './text';

/** One employee row of a unit's calendar. */
export interface RosterRowView {
  /** NIP. */
  readonly nip: string;
  /** Name. */
  readonly name: string;
  /** The eligibility decision. */
  readonly status: StatusCode;
  /** Flexible days a week decided. */
  readonly maxFlexible: number;
  /** Individual flexible days granted in the month. */
  readonly granted: number;
  /** Collective flexible days in the month (a policy's or the unit's approved weekday). */
  readonly collective: number;
  /** Status on each date. */
  readonly days: readonly DayStatus[];
}

/** The Flex column: individual days granted (eligible staff only) plus collective days; `–` when neither applies. */
export function flexShown(row: RosterRowView): string {
  return row.status === 'ELIGIBLE' || row.collective > 0 ? `${(row.status === 'ELIGIBLE' ? row.granted : 0) + row.collective}` : '–';
}

/** One unit's calendar. */
export interface RosterUnitView {
  /** The unit. */
  readonly unitId: string;
  /** Every date of the month. */
  readonly dates: readonly string[];
  /** Employees, sorted by NIP. */
  readonly rows: readonly RosterRowView[];
  /** Staffing on each working day. */
  readonly coverage: readonly CoverageDay[];
  /** Summary sentences shown under the unit's title. */
  readonly notes: readonly string[];
}

/** The whole page. */
export interface RosterPageView {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** The policy line of the text outputs: `kebijakan <id> (<version>)`. */
  readonly policy: string;
  /** The policy's name in the page's language. */
  readonly policyName: string;
  /** The policy's id. */
  readonly policyId: string;
  /** The policy's version. */
  readonly policyVersion: string;
  /** The units, sorted by id. */
  readonly units: readonly RosterUnitView[];
}

/** The fill colour of each day status (also checked by the browser test). */
export const DAY_COLOURS: Readonly<Record<DayCode, string>> = {
  KANTOR: '#dbeafe',
  FLEKSIBEL: '#bbf7d0',
  LAPANGAN: '#fde68a',
  CUTI: '#e9d5ff',
  LIBUR: '#e5e7eb',
};

/** Fill of a coverage cell below the requirement. */
export const UNMET_COLOUR = '#fca5a5';

const DAY_CODES: readonly DayCode[] = ['KANTOR', 'FLEKSIBEL', 'LAPANGAN', 'CUTI', 'LIBUR'];

/** Fill of a coverage cell on a collective flexible day (reported, not enforced). */
export const COLLECTIVE_COLOUR = '#f3f4f6';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: tested first, without building a new string.
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const HTML_SPECIAL = /[&<>"']/;

/** Escaped text isolated from its neighbours' direction: names, units, places. */
function bdi(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

const STYLE = `
  @page { size: A4 landscape; margin: 8mm; }
  * { box-sizing: border-box; }
  body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 11px; color: #111827; margin: 16px; }
  section.unit { margin-bottom: 32px; }
  /* The width of the columns, so that the fixed layout keeps them (--dates: the unit's days in the month). */
  table.roster { border-collapse: collapse; table-layout: fixed; width: calc(336px + var(--dates) * 30px); }
  col.c-name { width: 170px; }
  col.c-nip { width: 132px; }
  col.c-flex { width: 34px; }
  col.c-date { width: 30px; }
  .roster th, .roster td { border: 1px solid #9ca3af; text-align: center; padding: 0; height: 20px; }
  .roster td.name, .roster th.name { text-align: left; padding: 1px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .roster td.nip { font-variant-numeric: tabular-nums; font-size: 10px; white-space: nowrap; overflow: hidden; padding: 0 3px; }
  .roster th small { color: #4b5563; font-weight: normal; }
  .roster thead tr.page-head td { border: 0; text-align: left; padding: 0 0 6px; height: auto; }
  .page-head .head { display: flex; justify-content: space-between; align-items: flex-end; gap: 16px; }
  .page-head .title { flex: 1 1 auto; min-width: 0; }
  .page-head p { margin: 0; }
  .page-head .agency { font-weight: 700; font-size: 12px; }
  .page-head h2 { font-size: 15px; margin: 1px 0; }
  .page-head .policy { color: #374151; }
  .page-head .policy small { color: #6b7280; font-size: 9px; }
  .legend { display: flex; flex: 0 1 auto; flex-wrap: wrap; justify-content: flex-end; gap: 3px 10px; font-size: 10px; max-width: 50%; }
  .legend .swatch { display: inline-block; min-width: 16px; height: 14px; padding: 0 2px; border: 1px solid #9ca3af; vertical-align: middle; margin-right: 3px; text-align: center; font-size: 9px; line-height: 12px; }
  .roster thead tr.dates th { background: #f3f4f6; font-weight: 600; }
  .roster thead tr.dates th.off { background: #e5e7eb; color: #6b7280; }
${DAY_CODES.map((d) => `  .roster td.s-${d} { background-color: ${DAY_COLOURS[d]}; }`).join('\n')}
  .roster td.st-NOT_ELIGIBLE, .roster td.st-INDETERMINATE { color: #991b1b; }
  .roster tfoot td, .roster tfoot th { font-size: 10px; background: #ffffff; line-height: 1.1; }
  .roster tfoot td.c small { display: block; font-size: 8px; color: #374151; }
  .roster tfoot td.met { background-color: #ffffff; }
  .roster tfoot td.unmet { background-color: ${UNMET_COLOUR}; font-weight: 700; }
  .roster tfoot td.free { background-color: ${COLLECTIVE_COLOUR}; color: #6b7280; }
  .roster tfoot td.off { background-color: ${DAY_COLOURS.LIBUR}; }
  .unit-foot { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; margin-top: 8px; font-size: 10px; color: #374151; }
  .unit-foot p, .unit-foot ul { margin: 0 0 3px; }
  .unit-foot ul.notes { padding-left: 14px; }
  .unit-foot .printed { color: #6b7280; }
  .holidays { margin: 0 0 3px; }
  .holidays ul { display: inline; margin: 0; padding: 0; }
  .holidays li { display: inline; }
  .holidays li + li::before { content: "; "; }
  .signature { flex: 0 0 260px; text-align: center; color: #111827; font-size: 11px; }
  .signature p { margin: 0; }
  .signature .space { height: 56px; }
  .signature .name { font-weight: 700; text-decoration: underline; }
  @media print {
    body { margin: 0; font-size: 8px; }
    section.unit { margin: 0; }
    section.unit + section.unit { break-before: page; page-break-before: always; }
    table.roster { width: 100%; }
    col.c-name { width: 44mm; }
    col.c-nip { width: 27mm; }
    col.c-flex { width: 7mm; }
    col.c-date { width: auto; }
    thead { display: table-header-group; }
    tfoot { display: table-row-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    /* The signature never stands alone: the coverage row and the last three staff go with it. */
    tbody tr:nth-last-child(-n+3), tfoot tr { break-after: avoid; page-break-after: avoid; }
    tfoot tr { break-before: avoid; page-break-before: avoid; }
    .roster th, .roster td { height: 13px; font-size: 8px; }
    .roster td.nip { font-size: 7.5px; }
    .roster tfoot td, .roster tfoot th { font-size: 8px; }
    .roster tfoot td.c small { font-size: 6.5px; line-height: 1.05; }
    .page-head .agency { font-size: 10px; }
    .page-head h2 { font-size: 12px; }
    .page-head .policy small { font-size: 7px; }
    .legend { font-size: 8px; }
    .legend .swatch { height: 11px; line-height: 9px; font-size: 7px; min-width: 13px; }
    .unit-foot { font-size: 8px; margin-top: 5px; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
    .signature { font-size: 9px; flex-basis: 70mm; }
    .signature .space { height: 15mm; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

/** The day number and weekday of a date. */
function dayLabel(date: string, t: CliText): { day: number; weekday: string } {
  const isoWeekday = WEEKDAYS.indexOf(weekdayOf(date)) + 1; // 1 = Monday
  return { day: Number(date.slice(8, 10)), weekday: t.weekdayShort[isoWeekday - 1]! };
}

/** The legend: the five day statuses, then the three kinds of coverage cell. */
function legendOf(t: CliText, pt: PrintText): string {
  const swatch = (colour: string, mark: string, label: string): string =>
    `<span><span class="swatch" style="background-color:${colour}">${escapeHtml(mark)}</span>${escapeHtml(label)}</span>`;
  return [
    ...DAY_CODES.map((d) => swatch(DAY_COLOURS[d], t.dayLetter[d], t.day[d])),
    swatch('#ffffff', `3 ${pt.minimum(1)}`, pt.coverageLegend),
    swatch(UNMET_COLOUR, '!', t.roster.unmet),
    swatch(COLLECTIVE_COLOUR, '', pt.collectiveLegend),
  ].join('');
}

/** The month's holidays in one paragraph: date, weekday, name and kind of each. */
function holidaysLine(print: PrintPage, t: CliText, pt: PrintText): string {
  const items = print.holidays.map((h) => {
    const { weekday } = dayLabel(h.date, t);
    const kind = `${pt.holidayKind[h.kind]}${h.expected ? ` (${pt.expected})` : ''}`;
    return `<li data-date="${h.date}">${escapeHtml(`${weekday} ${pt.date(h.date).replace(/ \d+$/, '')}`)}: ${bdi(h.name)}, ${escapeHtml(kind)}</li>`;
  });
  return `<div class="holidays"><strong>${escapeHtml(pt.holidays)}:</strong> ${items.length === 0 ? escapeHtml(pt.noHolidays) : `<ul>${items.join('')}</ul>`}</div>`;
}

/** The signature block: place and date, position, room to sign, name, NIP. */
function signatureBlock(print: PrintPage, pt: PrintText): string {
  const s = print.signatory;
  if (s === undefined) return '';
  const date = escapeHtml(pt.date(print.printedOn));
  return `<div class="signature">
<p class="place-date">${s.place === undefined ? date : `${bdi(s.place)}, ${date}`}</p>
<p class="title">${bdi(s.title)}</p>
<div class="space"></div>
<p class="name">${bdi(s.name)}</p>
${s.nip === undefined ? '' : `<p class="nip">${escapeHtml(pt.signatoryNip(s.nip))}</p>\n`}</div>`;
}

function coverageCell(c: CoverageDay | undefined, t: CliText, pt: PrintText): string {
  if (c === undefined) return '<td class="c off"></td>';
  if (!c.enforced) return `<td class="c free" data-date="${c.date}" title="${escapeHtml(t.roster.notEnforced)}">${c.onSite}</td>`;
  const title = c.met ? `${t.roster.onSite} ${c.onSite}, ${t.roster.required} ${c.required}` : `${t.roster.unmet}: ${t.roster.onSite} ${c.onSite}, ${t.roster.required} ${c.required}`;
  return `<td class="c ${c.met ? 'met' : 'unmet'}" data-date="${c.date}" title="${escapeHtml(title)}">${c.onSite}${c.met ? '' : '!'} <small>${escapeHtml(pt.minimum(c.required))}</small></td>`;
}

function unitSection(unit: RosterUnitView, view: RosterPageView, print: PrintPage, t: CliText, pt: PrintText): string {
  const labels = unit.dates.map((date) => dayLabel(date, t));
  const coverageByDate = new Map(unit.coverage.map((c) => [c.date, c]));
  const columns = 3 + unit.dates.length;
  const head = labels
    // A date without coverage is not a working day (weekend or holiday): shaded.
    .map((l, i) => `<th class="date${coverageByDate.has(unit.dates[i]!) ? '' : ' off'}" data-date="${unit.dates[i]}">${l.day}<br><small>${escapeHtml(l.weekday)}</small></th>`)
    .join('');
  // The cell of a status on a date, made once per unit (its rows hold a handful of statuses).
  const dayCells: Partial<Record<DayStatus, string>>[] = [];
  const dayCell = (d: DayStatus, i: number): string =>
    ((dayCells[i] ??= {})[d] ??= `<td class="d s-${d}" title="${escapeHtml(`${unit.dates[i]}: ${t.day[d]}`)}">${escapeHtml(t.dayLetter[d])}</td>`);
  const body = unit.rows
    .map((row) => {
      const cells = row.days.map(dayCell).join('');
      const individual = row.status === 'ELIGIBLE' ? row.granted : 0;
      const title = `${t.status[row.status]} · ${t.flexSplit(individual, row.collective)}`;
      return `<tr data-nip="${escapeHtml(row.nip)}"><td class="name" title="${escapeHtml(`${row.name} · ${t.status[row.status]}`)}">${bdi(row.name)}</td><td class="nip">${escapeHtml(row.nip)}</td><td class="days st-${row.status}" title="${escapeHtml(title)}">${flexShown(row)}</td>${cells}</tr>`;
    })
    .join('\n');
  const coverage = unit.dates.map((date) => coverageCell(coverageByDate.get(date), t, pt)).join('');
  const notes = unit.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return `<section class="unit" data-unit="${escapeHtml(unit.unitId)}" style="--dates: ${unit.dates.length}">
<table class="roster">
<colgroup><col class="c-name"><col class="c-nip"><col class="c-flex">${unit.dates.length === 0 ? '' : `<col class="c-date" span="${unit.dates.length}">`}</colgroup>
<thead>
<tr class="page-head"><td colspan="${columns}"><div class="head">
<div class="title">
${print.agency === undefined ? '' : `<p class="agency">${bdi(print.agency)}</p>\n`}<h2>${escapeHtml(t.roster.title(monthInWords(view.month, t)))}${unit.unitId === '' ? '' : ` · ${escapeHtml(pt.unit)} ${bdi(unit.unitId)}`}</h2>
<p class="policy">${escapeHtml(pt.policy)}: ${bdi(view.policyName)} <small>(${escapeHtml(pt.policyRef(view.policyId, view.policyVersion))})</small></p>
</div>
<div class="legend">${legendOf(t, pt)}</div>
</div></td></tr>
<tr class="dates"><th class="name">${escapeHtml(t.roster.employee)}</th><th class="nip">${escapeHtml(pt.nip)}</th><th class="days" title="${escapeHtml(t.flexLegend)}">${escapeHtml(t.heads.flex)}</th>${head}</tr>
</thead>
<tbody>
${unit.rows.length === 0 ? `<tr><td class="name" colspan="3">${escapeHtml(t.roster.noEmployees)}</td></tr>` : body}
</tbody>
<tfoot><tr class="coverage"><th class="name" colspan="3">${escapeHtml(pt.coverage)}</th>${coverage}</tr></tfoot>
</table>
<div class="unit-foot">
<div class="info">
<ul class="notes">${notes}</ul>
${holidaysLine(print, t, pt)}
<p>${escapeHtml(pt.coverageNote)} ${escapeHtml(t.flexLegend)}.</p>
<p class="printed">${escapeHtml(pt.printedOn(pt.date(print.printedOn)))} · ${escapeHtml(t.roster.generated)}</p>
</div>
${signatureBlock(print, pt)}
</div>
</section>`;
}

/**
 * The complete page.
 *
 * @param view - The roster of every unit.
 * @param t - The command line's words.
 * @param lang - The page's language.
 * @param print - The print date, agency, signatory and the month's holidays.
 * @returns A self-contained HTML document.
 */
export function renderRosterHtml(view: RosterPageView, t: CliText, lang: Lang, print: PrintPage): string {
  const page = rosterHtmlPage(view, t, lang, print);
  return `${page.start}${view.units.length === 0 ? page.empty() : view.units.map((u) => page.unit(u)).join('\n')}${page.end}`;
}

/**
 * The page in pieces, to be written unit by unit: `start`, then each unit's section
 * (joined by a line break; `empty()` when there is none), then `end` — the same bytes as
 * {@link renderRosterHtml}, without the whole page in memory at once.
 *
 * @param view - The page's month and policy (its units are not read).
 */
export function rosterHtmlPage(view: RosterPageView, t: CliText, lang: Lang, print: PrintPage): { start: string; unit: (unit: RosterUnitView) => string; empty: () => string; end: string } {
  const pt = printTextOf(lang);
  const title = `${print.agency === undefined ? '' : `${print.agency} · `}${t.roster.title(monthInWords(view.month, t))}`;
  const start = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
`;
  return {
    start,
    unit: (unit) => unitSection(unit, view, print, t, pt),
    empty: () => unitSection({ unitId: '', dates: [], rows: [], coverage: [], notes: [] }, view, print, t, pt),
    end: `
</body>
</html>
`,
  };
}
