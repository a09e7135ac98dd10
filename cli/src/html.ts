/**
 * The HTML roster calendar: one self-contained page (inline CSS, no script, nothing
 * fetched), a calendar per unit — rows are employees, columns are dates, cells coloured
 * by day status — a coverage row (on site against required, unmet days marked), a
 * legend, and print CSS for A4 landscape. Every text from the input is escaped.
 */
import { WEEKDAYS, weekdayOf } from 'kerja-dinamis';
import type { CoverageDay, DayStatus } from 'kerja-dinamis';
import { monthInWords } from './output';
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
  /** The policy line. */
  readonly policy: string;
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

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  @page { size: A4 landscape; margin: 8mm; }
  * { box-sizing: border-box; }
  body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 11px; color: #111827; margin: 16px; }
  h1 { font-size: 18px; margin: 0 0 4px; }
  h2 { font-size: 14px; margin: 18px 0 2px; }
  p.meta, ul.notes { color: #374151; margin: 2px 0 6px; }
  ul.notes { padding-left: 16px; }
  table.roster { border-collapse: collapse; table-layout: fixed; }
  .roster th, .roster td { border: 1px solid #9ca3af; text-align: center; padding: 0; width: 24px; height: 20px; }
  .roster th.name, .roster td.name { width: 190px; text-align: left; padding: 1px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .roster th.days, .roster td.days { width: 34px; }
  .roster td.name small, .roster th small { color: #4b5563; font-weight: normal; }
  .roster thead th { background: #f3f4f6; font-weight: 600; }
  .roster thead th.off { background: #e5e7eb; color: #6b7280; }
${DAY_CODES.map((d) => `  .roster td.s-${d} { background-color: ${DAY_COLOURS[d]}; }`).join('\n')}
  .roster td.st-NOT_ELIGIBLE, .roster td.st-INDETERMINATE { color: #991b1b; }
  .roster tfoot td, .roster tfoot th { font-size: 10px; background: #ffffff; }
  .roster tfoot td.met { background-color: #ffffff; }
  .roster tfoot td.unmet { background-color: ${UNMET_COLOUR}; font-weight: 700; }
  .roster tfoot td.free { background-color: #f3f4f6; color: #6b7280; }
  .roster tfoot td.off { background-color: ${DAY_COLOURS.LIBUR}; }
  .legend { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 14px; align-items: center; }
  .legend span.swatch { display: inline-block; width: 16px; height: 14px; border: 1px solid #9ca3af; vertical-align: middle; margin-right: 4px; text-align: center; font-size: 10px; line-height: 12px; }
  footer { margin-top: 10px; color: #6b7280; font-size: 10px; }
  @media print {
    body { margin: 0; font-size: 9px; }
    section.unit { break-inside: avoid; page-break-inside: avoid; }
    section.unit + section.unit { break-before: page; page-break-before: always; }
    .roster th, .roster td { width: 22px; height: 16px; }
    .roster th.name, .roster td.name { width: 170px; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

/** The day number and weekday of a date. */
function dayLabel(date: string, t: CliText): { day: number; weekday: string } {
  const isoWeekday = WEEKDAYS.indexOf(weekdayOf(date)) + 1; // 1 = Monday
  return { day: Number(date.slice(8, 10)), weekday: t.weekdayShort[isoWeekday - 1]! };
}

function unitSection(unit: RosterUnitView, t: CliText): string {
  const labels = unit.dates.map((date) => dayLabel(date, t));
  const coverageByDate = new Map(unit.coverage.map((c) => [c.date, c]));
  const head = labels
    // A date without coverage is not a working day (weekend or holiday): shaded.
    .map((l, i) => `<th class="date${coverageByDate.has(unit.dates[i]!) ? '' : ' off'}" data-date="${unit.dates[i]}">${l.day}<br><small>${escapeHtml(l.weekday)}</small></th>`)
    .join('');
  const body = unit.rows
    .map((row) => {
      const cells = row.days
        .map((d, i) => `<td class="d s-${d}" title="${escapeHtml(`${unit.dates[i]}: ${t.day[d]}`)}">${escapeHtml(t.dayLetter[d])}</td>`)
        .join('');
      const individual = row.status === 'ELIGIBLE' ? row.granted : 0;
      const days = flexShown(row);
      const title = `${t.status[row.status]} · ${t.flexSplit(individual, row.collective)}`;
      return `<tr data-nip="${escapeHtml(row.nip)}"><td class="name" title="${escapeHtml(`${row.name} · ${row.nip} · ${t.status[row.status]}`)}">${escapeHtml(row.name)}<br><small>${escapeHtml(row.nip)}</small></td><td class="days st-${row.status}" title="${escapeHtml(title)}">${days}</td>${cells}</tr>`;
    })
    .join('\n');
  const coverage = unit.dates
    .map((date) => {
      const c = coverageByDate.get(date);
      if (c === undefined) return '<td class="c off"></td>';
      const cls = !c.enforced ? 'free' : c.met ? 'met' : 'unmet';
      const title = !c.enforced ? t.roster.notEnforced : c.met ? `${t.roster.onSite} ${c.onSite}, ${t.roster.required} ${c.required}` : t.roster.unmet;
      return `<td class="c ${cls}" data-date="${date}" title="${escapeHtml(title)}">${c.onSite}/${c.required}${c.met || !c.enforced ? '' : '!'}</td>`;
    })
    .join('');
  const notes = unit.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return `<section class="unit" data-unit="${escapeHtml(unit.unitId)}">
<h2>${escapeHtml(t.roster.unitTitle(unit.unitId))}</h2>
<ul class="notes">${notes}</ul>
<table class="roster">
<thead><tr><th class="name">${escapeHtml(t.roster.employee)}</th><th class="days" title="${escapeHtml(t.flexLegend)}">${escapeHtml(t.heads.flex)}</th>${head}</tr></thead>
<tbody>
${unit.rows.length === 0 ? `<tr><td class="name">${escapeHtml(t.roster.noEmployees)}</td></tr>` : body}
</tbody>
<tfoot><tr class="coverage"><th class="name">${escapeHtml(t.roster.coverage)}</th><td class="days"></td>${coverage}</tr></tfoot>
</table>
</section>`;
}

/** The complete page. */
export function renderRosterHtml(view: RosterPageView, t: CliText, lang: Lang): string {
  const title = t.roster.title(monthInWords(view.month, t));
  const legend = [
    ...DAY_CODES.map((d) => `<span><span class="swatch" style="background-color:${DAY_COLOURS[d]}">${escapeHtml(t.dayLetter[d])}</span>${escapeHtml(t.day[d])}</span>`),
    `<span><span class="swatch" style="background-color:${UNMET_COLOUR}">!</span>${escapeHtml(t.roster.unmet)}</span>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(view.policy)}</p>
</header>
${view.units.map((u) => unitSection(u, t)).join('\n')}
<div class="legend"><strong>${escapeHtml(t.roster.legend)}:</strong>
${legend}
</div>
<footer>${escapeHtml(t.roster.coverageNote)} ${escapeHtml(t.roster.generated)}.</footer>
</body>
</html>
`;
}
