/**
 * Writing `.xlsx` workbooks as a stream: each sheet's XML is made row by row and
 * deflated into the archive as it grows (zip-write.ts), so memory stays bounded whatever
 * the number of rows; the small parts (workbook, styles, content types, properties)
 * follow the sheets. Every sheet has a frozen, bold header row with a filter; NIPs and
 * other identifiers are stored as text in Text-formatted columns (18 digits do not
 * survive a number); numbers, dates and yes/no are typed. The parts are those exceljs's
 * streaming writer made before (cells of text as `t="str"`, the same styles), less its
 * theme part; exceljs itself is no longer loaded to write.
 */
import type { CliIo, FileTarget } from './io';
import { openForWriting, spreadsheetSafe } from './output';
import type { CliText } from './text';
import { ZipWriter, type ZipEntryWriter } from './zip-write';

/** How a column's cells are stored. */
export type SheetColumnKind = 'text' | 'number' | 'date' | 'boolean' | 'general';

/** A column of a written sheet. */
export interface SheetColumn {
  /** The header. */
  readonly header: string;
  /** How cells are stored: `text` in a Text-formatted column, `date` as a date shown `yyyy-mm-dd`. */
  readonly kind: SheetColumnKind;
  /** Width in characters; from the header when absent. */
  readonly width?: number;
}

/** A value of a written cell: a date as `YYYY-MM-DD`; a formula with its result. */
export type SheetCellValue = string | number | boolean | undefined | { readonly formula: string; readonly result: string | number };

/** A cell with a fill colour (`#rrggbb`). */
export interface FilledCell {
  /** The value. */
  readonly value: SheetCellValue;
  /** The fill, `#rrggbb`. */
  readonly fill?: string;
  /** Bold text. */
  readonly bold?: boolean;
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Sheet names for a list of wished names (unit ids): Excel's forbidden characters
 * `[ ] : * ? / \` replaced by `_`, apostrophes trimmed from both ends (Excel refuses
 * them there), at most 31 characters, and unique without regard to case — a repeat gets
 * ` (2)`, ` (3)`… within the 31 characters. `taken` holds names already used (the index).
 *
 * @example
 * sheetNames(['bidang/umum', 'Bidang:Umum'], ['Ringkasan']) //=> ['bidang_umum', 'Bidang_Umum (2)']
 */
export function sheetNames(wished: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return wished.map((name) => {
    let base = cut(name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim(), MAX_SHEET_NAME);
    // Excel keeps "History" for itself, and a sheet needs a name.
    if (base === '') base = 'unit';
    if (base.toLowerCase() === 'history') base = `${base}_`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, '')}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Text cut to at most `length` UTF-16 units without splitting a character. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > length) break;
    out += ch;
  }
  return out.trimEnd();
}

/** `#rrggbb` → the ARGB of a fill. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

const XML_SPECIAL = /[<>&'"\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * Text as XML character data or an attribute value: the five specials escaped, a carriage
 * return as `&#13;` (an XML parser would read a bare one as a line feed), and the
 * characters XML cannot hold dropped (as exceljs did).
 *
 * @example
 * escapeXml('R&D <b>\u0001') //=> 'R&amp;D &lt;b&gt;'
 */
export function escapeXml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(/[<>&'"\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (c) => {
    switch (c) {
      case '\r':
        return '&#13;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case "'":
        return '&apos;';
      case '"':
        return '&quot;';
      default:
        return '';
    }
  });
}

/** A date `YYYY-MM-DD` as its serial number (the 1900 date system; the day's UTC midnight). */
function dateSerial(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000 + 25_569;
}

/** Column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The number formats a column kind gives its cells: 49 is the built-in Text (`@`), 164 `yyyy-mm-dd`. */
const NUM_FMT: Readonly<Record<SheetColumnKind, number>> = { text: 49, date: 164, number: 0, boolean: 0, general: 0 };

/** The cell styles of a workbook (`cellXfs`), made as cells ask for them. */
class Styles {
  private readonly fills: string[] = [];
  private readonly xfs: { numFmt: number; bold: boolean; fill: number }[] = [{ numFmt: 0, bold: false, fill: 0 }];
  private readonly index = new Map<string, number>([['0||', 0]]);

  /** The index of the style of a number format, boldness and fill (`#rrggbb`). */
  of(numFmt: number, bold: boolean, fill: string | undefined): number {
    const key = `${numFmt}|${bold ? 'b' : ''}|${fill ?? ''}`;
    let id = this.index.get(key);
    if (id === undefined) {
      let fillId = 0;
      if (fill !== undefined) {
        const colour = argb(fill);
        let at = this.fills.indexOf(colour);
        if (at === -1) at = this.fills.push(colour) - 1;
        // Fills 0 and 1 are the two every workbook has (none, gray125).
        fillId = at + 2;
      }
      id = this.xfs.push({ numFmt, bold, fill: fillId }) - 1;
      this.index.set(key, id);
    }
    return id;
  }

  /** `xl/styles.xml`. */
  xml(): string {
    const font = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...this.fills.map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor indexed="64"/></patternFill></fill>`)];
    const xfs = this.xfs.map((x) => {
      const apply = `${x.numFmt === 0 ? '' : ' applyNumberFormat="1"'}${x.bold ? ' applyFont="1"' : ''}${x.fill === 0 ? '' : ' applyFill="1"'}`;
      return `<xf numFmtId="${x.numFmt}" fontId="${x.bold ? 1 : 0}" fillId="${x.fill}" borderId="0" xfId="0"${apply}/>`;
    });
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
      `<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Text of a sheet's XML gathered before it is deflated. */
const FLUSH_CHARS = 256 * 1024;

/** A sheet being written. */
export class SheetWriter {
  private count = 0;
  private xml = '';
  private committed = false;
  private ending: Promise<void> | undefined;
  /** Column letters, by 0-based column. */
  private readonly letters: string[];
  /** Each column's number format. */
  private readonly formats: number[];
  /** Each column's style for a cell without fill or bold. */
  private readonly plain: number[];

  /** @internal */
  constructor(
    private readonly entry: ZipEntryWriter,
    private readonly styles: Styles,
    private readonly columns: readonly SheetColumn[],
    private readonly tail: string,
    head: string,
  ) {
    this.xml = head;
    this.letters = columns.map((_, i) => columnLetters(i + 1));
    this.formats = columns.map((c) => NUM_FMT[c.kind]);
    this.plain = this.formats.map((f) => styles.of(f, false, undefined));
  }

  /**
   * Adds one row. Cells follow the columns' kinds: a `date` column's text `YYYY-MM-DD`
   * becomes a date, a `text` column's value stays text.
   */
  async addRow(values: readonly (SheetCellValue | FilledCell)[]): Promise<void> {
    if (this.committed) throw new Error('a row added to a sheet already committed');
    const r = String(++this.count);
    let row = '';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let value: SheetCellValue;
      let style: number;
      const ref = `${this.letters[i] ?? columnLetters(i + 1)}${r}`;
      if (isFilled(v)) {
        value = v.value;
        style = this.styles.of(this.formats[i] ?? 0, v.bold === true, v.fill);
        // An empty cell with a fill or bold text is still written, to show its fill.
        if (value === undefined && (v.fill !== undefined || v.bold === true)) {
          row += `<c r="${ref}" s="${style}"/>`;
          continue;
        }
      } else {
        value = v;
        style = this.plain[i] ?? 0;
      }
      const cell = this.cellXml(ref, style, value, this.columns[i]?.kind ?? 'general');
      if (cell !== '') row += cell;
    }
    if (row !== '') this.xml += `<row r="${r}">${row}</row>`;
    if (this.xml.length >= FLUSH_CHARS) {
      const text = this.xml;
      this.xml = '';
      await this.entry.write(text);
    }
  }

  /** One cell's XML; `''` for an empty cell. */
  private cellXml(ref: string, style: number, value: SheetCellValue, kind: SheetColumnKind): string {
    if (value === undefined) return '';
    const s = style === 0 ? '' : ` s="${style}"`;
    if (typeof value === 'object') {
      const f = `<f>${escapeXml(value.formula)}</f>`;
      return typeof value.result === 'number' && Number.isFinite(value.result) ? `<c r="${ref}"${s}>${f}<v>${value.result}</v></c>` : `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(String(value.result))}</v></c>`;
    }
    if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `<c r="${ref}"${s}><v>${dateSerial(value)}</v></c>`;
    // A text cell is stored as text, which Excel does not evaluate — until someone edits the
    // cell and presses Enter; so text that would start a formula gets a leading ' (OWASP).
    if (kind === 'text' || typeof value === 'string' || (typeof value === 'number' && !Number.isFinite(value))) return `<c r="${ref}"${s} t="str"><v>${escapeXml(spreadsheetSafe(String(value)))}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }

  /** Ends the sheet (its part is finished while the next is started, or when the workbook closes). */
  commit(): void {
    if (this.committed) return;
    this.committed = true;
    const text = `${this.xml}</sheetData>${this.tail}`;
    this.xml = '';
    this.ending = this.entry.write(text).then(() => this.entry.end());
    // Awaited by the workbook; a failure is reported there.
    this.ending.catch(() => {});
  }

  /** @internal Commits the sheet if needed and waits until its part is written. */
  async finished(): Promise<void> {
    this.commit();
    await this.ending;
  }
}

const isFilled = (v: SheetCellValue | FilledCell): v is FilledCell => typeof v === 'object' && v !== null && 'value' in v;

/** Options of a sheet. */
export interface SheetOptions {
  /** Columns kept in view when scrolling right (besides the header row, always frozen). */
  readonly frozenColumns?: number;
  /** Whether to add a filter to the header row (default yes). */
  readonly filter?: boolean;
}

/**
 * A workbook being written to a file. The archive goes through the command line's
 * output file ({@link openForWriting}): written to a temporary file and renamed on
 * {@link WorkbookWriter.close}, so a failed run leaves any earlier workbook as it was.
 */
export class WorkbookWriter {
  private readonly styles = new Styles();
  private readonly sheets: { name: string; writer: SheetWriter }[] = [];

  private constructor(
    private readonly zip: ZipWriter,
    private readonly target: FileTarget,
  ) {}

  /**
   * Opens `--out` for a workbook.
   *
   * @throws {@link CliFailure} when the file cannot be created.
   */
  static async open(io: CliIo, t: CliText, file: string): Promise<WorkbookWriter> {
    const target = await openForWriting(io, t, file);
    return new WorkbookWriter(new ZipWriter((chunk) => target.writeBytes(chunk)), target);
  }

  /** Adds a sheet with a frozen, bold header row (the sheet before it is committed). */
  async addSheet(name: string, columns: readonly SheetColumn[], options: SheetOptions = {}): Promise<SheetWriter> {
    const previous = this.sheets.at(-1);
    if (previous !== undefined) await previous.writer.finished();
    const frozen = options.frozenColumns ?? 0;
    const pane =
      frozen > 0
        ? `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${columnLetters(frozen + 1)}2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`
        : '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>';
    const cols = columns.map((c, i) => {
      const width = c.width ?? Math.min(Math.max(c.header.length + 2, 10), 40);
      const format = NUM_FMT[c.kind];
      const style = format === 0 ? '' : ` style="${this.styles.of(format, false, undefined)}"`;
      return `<col min="${i + 1}" max="${i + 1}" width="${width}"${style} customWidth="1"/>`;
    });
    const head =
      `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
      '<sheetData>';
    const filter = options.filter !== false && columns.length > 0 ? `<autoFilter ref="A1:${columnLetters(columns.length)}1"/>` : '';
    const tail = `${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const entry = this.zip.begin(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    const writer = new SheetWriter(entry, this.styles, columns, tail, head);
    this.sheets.push({ name, writer });
    await writer.addRow(columns.map((c) => ({ value: c.header, bold: true })));
    return writer;
  }

  /**
   * Writes the workbook's remaining parts, waits until every byte reached the output
   * file, and puts the file in place.
   *
   * @throws {@link OutputWriteError} when the file could not be written (exit 2).
   */
  async close(): Promise<void> {
    for (const { writer } of this.sheets) await writer.finished();
    const n = this.sheets.length;
    const sheetIds = this.sheets.map((_, i) => i + 1);
    const now = `${new Date().toISOString().slice(0, 19)}Z`;
    await this.zip.add('xl/styles.xml', this.styles.xml());
    await this.zip.add(
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
        this.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    );
    await this.zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        sheetIds.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    await this.zip.add(
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheetIds.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    );
    await this.zip.add(
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PACKAGE_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    await this.zip.add(
      'docProps/core.xml',
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>kerja-dinamis</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
    );
    await this.zip.add(
      'docProps/app.xml',
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kerja-dinamis</Application></Properties>`,
    );
    await this.zip.close();
    await this.target.close();
  }
}

/** A `HYPERLINK` formula to cell A1 of a sheet of the same workbook, with the text it shows as its saved result. */
export function sheetLink(sheet: string, text: string): { formula: string; result: string } {
  const target = `#'${sheet.replaceAll("'", "''")}'!A1`;
  return { formula: `HYPERLINK("${target.replaceAll('"', '""')}","${text.replaceAll('"', '""')}")`, result: text };
}
