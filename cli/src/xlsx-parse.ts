/**
 * The XML parts of an `.xlsx` workbook read by the command, parsed by hand: the sheet's
 * rows as a stream of chunks ({@link SheetParser}), the shared strings
 * ({@link SharedStringsParser}) and the styles' number formats ({@link parseDateStyles}).
 * A general XML parser (exceljs's saxes) built an object for every tag and attribute;
 * these read only what a cell's value needs — `<row r>`, `<c r s t>`, `<v>`, `<f>`,
 * `<is>`/`<t>` — and stop at `</sheetData>`; the usual cell `<c …><v>…</v></c>` is read
 * whole, and a pass that needs one column ({@link SheetParser.only}) skips the rest of
 * each row. Text is decoded when its tag closes, so a chunk may end anywhere. Attribute
 * values holding `>` are not expected in these parts. No Node built-ins: the caller
 * inflates.
 *
 * What a cell becomes follows what the exceljs 4.4.0 streaming reader gave (so that
 * commands read workbooks as before): text (shared, inline, rich text joined), numbers,
 * booleans, dates (`YYYY-MM-DD` of the UTC fields) for numbers whose style has a date or
 * time format, errors, and a formula as its saved result — a number unless the result is
 * text (`t="str"`), an error result as an error without its code, no result as
 * `{ type: 'formula' }`. Where exceljs was wrong it is not followed: entities are decoded
 * once (it decoded inline strings twice), every run of inline rich text is kept (it kept
 * the last), phonetic runs (`<rPh>`) are left out of shared strings, cells and rows
 * without `r` take the next column or row (exceljs failed), an empty `<v/>` is an empty
 * cell, `t="d"` cells are read as the ISO date they hold, and the cells of a shared
 * formula (`<f t="shared" si="0"/>`) as their saved results (exceljs could not read them).
 */
import { excelSerialToIsoDate, type Cell } from './values';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five XML entities and character references.
 *
 * @example
 * decodeXml('R&amp;D &#x41;&#66;') //=> 'R&D AB'
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

/** Character data as an XML parser reports it: entities decoded, line ends normalised to `\n`. */
function textOf(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return decodeXml(text);
}

/** The last column of a sheet (XFD). */
export const MAX_COLUMN = 16_384;

/** What {@link scanTags} reports. */
interface TagSink {
  /** A start or empty-element tag: `text.slice(start, end)` is the tag between `<` and `>`. */
  open(text: string, start: number, nameEnd: number, end: number, empty: boolean): void;
  /** An end tag. */
  close(text: string, start: number, nameEnd: number): void;
  /** Character data (raw: entities not decoded), only when {@link TagSink.capturing}. */
  text(raw: string, cdata: boolean): void;
  /** Whether character data is wanted now. */
  capturing: boolean;
  /** Set to stop scanning. */
  stopped: boolean;
  /**
   * Optionally, a faster reading of the tag `<c` at `lt`, whole: the index after it, or
   * -1 to have it read tag by tag.
   */
  cell?(text: string, lt: number): number;
}

/** Index past a tag's name: the first space, `/` or `>`. */
function nameEndOf(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 47 || c === 10 || c === 9 || c === 13) break;
    i++;
  }
  return i;
}

/**
 * Scans XML text for tags, reporting them to `sink`; returns the index where an
 * incomplete construct starts (the caller keeps `text.slice(index)` for the next chunk),
 * or `text.length`. Comments, processing instructions and the doctype are skipped;
 * CDATA sections are character data.
 */
function scanTags(text: string, sink: TagSink): number {
  let pos = 0;
  const n = text.length;
  while (pos < n && !sink.stopped) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) {
      if (sink.capturing) sink.text(text.slice(pos), false);
      return n;
    }
    if (lt > pos && sink.capturing) sink.text(text.slice(pos, lt), false);
    if (lt + 1 >= n) return lt;
    const first = text.charCodeAt(lt + 1);
    if (first === 99 && sink.cell !== undefined) {
      const next = sink.cell(text, lt);
      if (next !== -1) {
        pos = next;
        continue;
      }
    }
    if (first === 33) {
      // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE … >
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end === -1) return lt;
        pos = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) return lt;
        if (sink.capturing) sink.text(text.slice(lt + 9, end), true);
        pos = end + 3;
      } else {
        if (lt + 9 > n) return lt;
        const end = text.indexOf('>', lt + 2);
        if (end === -1) return lt;
        pos = end + 1;
      }
      continue;
    }
    if (first === 63) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) return lt;
      pos = end + 2;
      continue;
    }
    // Attribute values holding `>` are not expected in the parts read (their attributes
    // are references, numbers and codes; Excel writes `&gt;` anyway).
    const gt = text.indexOf('>', lt + 1);
    if (gt === -1) return lt;
    if (first === 47) sink.close(text, lt + 2, nameEndOf(text, lt + 2, gt));
    else {
      const empty = text.charCodeAt(gt - 1) === 47;
      sink.open(text, lt + 1, nameEndOf(text, lt + 1, gt), empty ? gt - 1 : gt, empty);
    }
    pos = gt + 1;
  }
  return sink.stopped ? n : pos;
}

/** Whether `text.slice(start, end)` is `name`. */
function isName(text: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && text.startsWith(name, start);
}

/** One attribute's value in a tag (raw), or `undefined`. */
function attribute(text: string, from: number, end: number, name: string): string | undefined {
  let i = from;
  while (i < end) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 9 || c === 13) c = text.charCodeAt(++i);
    if (i >= end) return undefined;
    const eq = text.indexOf('=', i);
    if (eq === -1 || eq >= end) return undefined;
    let nameEnd = eq;
    while (nameEnd > i && (text.charCodeAt(nameEnd - 1) === 32 || text.charCodeAt(nameEnd - 1) === 9 || text.charCodeAt(nameEnd - 1) === 10 || text.charCodeAt(nameEnd - 1) === 13)) nameEnd--;
    let q = eq + 1;
    while (q < end && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    if (q >= end) return undefined;
    const close = text.indexOf(text[q]!, q + 1);
    if (close === -1 || close > end) return undefined;
    if (isName(text, i, nameEnd, name)) return text.slice(q + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** The column of a cell reference (`AB12`, `text.slice(start, end)`), 1-based; 0 when it has no letters. */
function columnAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c !== 36) break;
    if (n > MAX_COLUMN) return n;
  }
  return n;
}

/** The leading decimal digits of `text.slice(start, end)` as a number (as `parseInt`), 0 when there are none. */
function integerAt(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  let n = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** A cell's type `t` (`text.slice(start, end)`); a number for a type not known. */
function kindAt(text: string, start: number, end: number): CellKind {
  const length = end - start;
  const c = text.charCodeAt(start);
  if (length === 1) {
    if (c === 115) return CellKind.Shared;
    if (c === 98) return CellKind.Boolean;
    if (c === 101) return CellKind.Error;
    if (c === 100) return CellKind.Date;
    return CellKind.Number;
  }
  if (length === 3 && text.startsWith('str', start)) return CellKind.FormulaString;
  if (length === 9 && text.startsWith('inlineStr', start)) return CellKind.InlineString;
  return CellKind.Number;
}

/** Built-in number formats that exceljs 4.4.0 knows (ids 14–22 and 45–47 are dates and times). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** A number format with date or time letters outside quotes and brackets (exceljs's test). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The attributes of one start tag in a small part (names as written). */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decodeXml(m[3] ?? m[4] ?? ''));
  return out;
}

/**
 * For each cell style (`<cellXfs>` in `xl/styles.xml`, by index), whether its number
 * format shows a date or a time: a custom `<numFmt>` or one of the built-in formats.
 *
 * @example
 * parseDateStyles('<numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>') //=> [false, true, true]
 */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const id = Number.parseInt(a.get('numFmtId') ?? '', 10);
    const code = a.get('formatCode');
    if (!Number.isNaN(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number.parseInt(attributesOf(m[0]).get('numFmtId') ?? '', 10);
    // exceljs gave a style no number format when its id was 0 or missing.
    out.push(!Number.isNaN(id) && id !== 0 && isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]));
  }
  return out;
}

/**
 * The shared strings of `xl/sharedStrings.xml`, fed chunk by chunk: each `<si>`'s text,
 * the runs of rich text joined, phonetic runs (`<rPh>`) left out.
 */
export class SharedStringsParser implements TagSink {
  /** The strings so far, by index. */
  readonly strings: string[] = [];
  capturing = false;
  stopped = false;
  private rest = '';
  private current = '';
  /** Character data not decoded yet: a chunk may end inside an entity. */
  private raw = '';
  private inSi = false;
  private phonetic = 0;

  /** Parses a chunk of the part's text. */
  push(chunk: string): void {
    const text = this.rest + chunk;
    this.rest = text.slice(scanTags(text, this));
  }

  /** Ends the part; returns the strings. */
  end(): string[] {
    if (this.rest.trim() !== '') throw new Error('xl/sharedStrings.xml ends inside a tag');
    return this.strings;
  }

  /** @internal */
  open(text: string, start: number, nameEnd: number, _end: number, empty: boolean): void {
    if (isName(text, start, nameEnd, 't')) this.capturing = this.inSi && this.phonetic === 0 && !empty;
    else if (isName(text, start, nameEnd, 'si')) {
      this.current = '';
      if (empty) this.strings.push('');
      else this.inSi = true;
    } else if (isName(text, start, nameEnd, 'rPh') && !empty) this.phonetic++;
  }

  /** @internal */
  close(text: string, start: number, nameEnd: number): void {
    if (isName(text, start, nameEnd, 't')) this.endText();
    else if (isName(text, start, nameEnd, 'si')) {
      this.endText();
      this.strings.push(this.current);
      this.inSi = false;
    } else if (isName(text, start, nameEnd, 'rPh')) this.phonetic = Math.max(0, this.phonetic - 1);
  }

  private endText(): void {
    if (this.raw !== '') this.current += textOf(this.raw);
    this.raw = '';
    this.capturing = false;
  }

  /** @internal */
  text(raw: string, cdata: boolean): void {
    if (!cdata) this.raw += raw;
    else {
      this.endText();
      this.capturing = true;
      this.current += raw;
    }
  }
}

/** What a sheet's cells are read with. */
export interface SheetContext {
  /** The workbook's shared strings. */
  readonly strings: readonly string[];
  /** For each cell style, whether it shows a date ({@link parseDateStyles}). */
  readonly dateStyles: readonly boolean[];
  /** The 1904 date system. */
  readonly date1904: boolean;
}

/** One row of a sheet as parsed. */
export interface ParsedRow {
  /** The row number (`r`, or the one after the previous row). */
  readonly row: number;
  /** The cells from column A up to the last that holds something; gaps are `''`. */
  readonly cells: Cell[];
}

/** A cell's value type `t`, as read. */
const enum CellKind {
  Number,
  Shared,
  InlineString,
  FormulaString,
  Boolean,
  Error,
  Date,
}


const MS_PER_DAY = 24 * 3600 * 1000;

/**
 * The rows of a worksheet part (`xl/worksheets/sheetN.xml`), fed chunk by chunk; each
 * {@link SheetParser.push} returns the rows it completed (every `<row>` element, empty
 * ones too, as exceljs reported them). Stops at `</sheetData>`.
 */
export class SheetParser implements TagSink {
  capturing = false;
  stopped = false;
  private rest = '';
  private inData = false;
  private rows: ParsedRow[] = [];
  private rowNumber = 0;
  private rowDate = false;
  private cells: Cell[] | undefined;
  private column = 0;
  private kind = CellKind.Number;
  private date = false;
  private hasFormula = false;
  private hasValue = false;
  private value = '';
  /** Character data not decoded yet: a chunk may end inside an entity. */
  private raw = '';
  private inInline = false;
  private phonetic = 0;

  /**
   * When set, the 0-based column whose cells alone are read: the others are left out
   * unread (a pass that needs one column).
   */
  only: number | undefined;

  /** @param context - Shared strings, date styles and the date system. */
  constructor(private readonly context: SheetContext) {}

  /** Whether `</sheetData>` was reached (the rest of the part is not needed). */
  get done(): boolean {
    return this.stopped;
  }

  /** Parses a chunk of the part's text; returns the rows it completed. */
  push(chunk: string): ParsedRow[] {
    const text = this.rest.length === 0 ? chunk : this.rest + chunk;
    this.rest = text.slice(scanTags(text, this));
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Ends the part; returns the rows left (a row the part did not close is dropped, as exceljs did). */
  end(): ParsedRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** @internal */
  open(text: string, start: number, nameEnd: number, end: number, empty: boolean): void {
    const length = nameEnd - start;
    const first = text.charCodeAt(start);
    if (length === 1) {
      if (this.cells === undefined) return;
      if (first === 99 /* c */) this.openCell(text, nameEnd, end, empty);
      else if (first === 118 /* v */) {
        if (!this.inInline) {
          this.hasValue = true;
          this.value = '';
          this.capturing = !empty;
        }
      } else if (first === 102 /* f */) this.hasFormula = true;
      else if (first === 116 /* t */ && this.inInline) this.capturing = this.phonetic === 0 && !empty;
      return;
    }
    if (!this.inData) {
      if (isName(text, start, nameEnd, 'sheetData')) this.inData = !empty;
      return;
    }
    if (isName(text, start, nameEnd, 'row')) {
      const r = attribute(text, nameEnd, end, 'r');
      const number = r === undefined ? Number.NaN : Number.parseInt(r, 10);
      this.rowNumber = Number.isNaN(number) ? this.rowNumber + 1 : number;
      const s = attribute(text, nameEnd, end, 's');
      this.rowDate = s !== undefined && this.context.dateStyles[Number.parseInt(s, 10)] === true;
      this.cells = [];
      this.column = 0;
      if (empty) this.endRow();
    } else if (this.cells !== undefined) {
      if (isName(text, start, nameEnd, 'is')) {
        this.hasValue = true;
        this.value = '';
        this.inInline = !empty;
      } else if (isName(text, start, nameEnd, 'rPh') && !empty) this.phonetic++;
    }
  }

  /**
   * The usual cell, read whole: `<c …/>` or `<c …><v>…</v></c>` complete in `text`
   * (anything else, or a cell cut by the end of the chunk, is read tag by tag).
   *
   * @internal
   */
  cell(text: string, lt: number): number {
    if (this.cells === undefined) return -1;
    // Reading one column, past it: the rest of the row is skipped unread.
    if (this.only !== undefined && this.column > this.only) return text.indexOf('</row>', lt);
    const after = text.charCodeAt(lt + 2);
    if (after !== 32 && after !== 62 && after !== 47) return -1;
    const gt = text.indexOf('>', lt + 2);
    if (gt === -1) return -1;
    if (text.charCodeAt(gt - 1) === 47) {
      this.openCell(text, lt + 2, gt - 1, true);
      return gt + 1;
    }
    if (text.charCodeAt(gt + 1) !== 60 || text.charCodeAt(gt + 2) !== 118 || text.charCodeAt(gt + 3) !== 62) return -1;
    const end = text.indexOf('<', gt + 4);
    if (end === -1 || !text.startsWith('</v></c>', end)) return -1;
    this.openCell(text, lt + 2, gt, false);
    this.hasValue = true;
    this.raw = text.slice(gt + 4, end);
    this.endCell();
    return end + 8;
  }

  private openCell(text: string, nameEnd: number, end: number, empty: boolean): void {
    // One pass over the attributes, for r, s and t, read in place.
    let column = 0;
    let refStart = -1;
    let refEnd = -1;
    let style = 0;
    let kind = CellKind.Number;
    let i = nameEnd;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && c !== 61 && c > 32) c = text.charCodeAt(++i);
      const nameLength = i - nameStart;
      while (i < end && c !== 34 && c !== 39) c = text.charCodeAt(++i);
      if (i >= end) break;
      const valueEnd = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (valueEnd === -1 || valueEnd > end) break;
      if (nameLength === 1) {
        const name = text.charCodeAt(nameStart);
        if (name === 114 /* r */) {
          refStart = i + 1;
          refEnd = valueEnd;
          column = columnAt(text, refStart, refEnd);
        } else if (name === 115 /* s */) style = integerAt(text, i + 1, valueEnd);
        else if (name === 116 /* t */) kind = kindAt(text, i + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
    this.column = column === 0 ? this.column + 1 : column;
    if (this.column > MAX_COLUMN) throw new Error(`cell ${refStart === -1 ? '' : text.slice(refStart, refEnd)} beyond the last column (XFD)`);
    this.kind = kind;
    // As exceljs: style 0 (or none, or one the styles do not have) leaves the row's style.
    const date = style > 0 ? this.context.dateStyles[style] : undefined;
    this.date = date ?? this.rowDate;
    this.hasFormula = false;
    this.hasValue = false;
    this.value = '';
    this.raw = '';
    this.inInline = false;
    this.phonetic = 0;
    if (empty) this.endCell();
  }

  /** @internal */
  close(text: string, start: number, nameEnd: number): void {
    const length = nameEnd - start;
    const first = text.charCodeAt(start);
    if (length === 1) {
      if (first === 99 /* c */) {
        if (this.cells !== undefined) this.endCell();
      } else if (first === 118 /* v */ || first === 116 /* t */) this.endText();
      return;
    }
    if (isName(text, start, nameEnd, 'row')) {
      if (this.cells !== undefined) this.endRow();
    } else if (isName(text, start, nameEnd, 'is')) {
      this.endText();
      this.inInline = false;
    } else if (isName(text, start, nameEnd, 'rPh')) this.phonetic = Math.max(0, this.phonetic - 1);
    else if (isName(text, start, nameEnd, 'sheetData')) {
      this.inData = false;
      this.stopped = true;
    }
  }

  /** @internal */
  text(raw: string, cdata: boolean): void {
    if (!cdata) this.raw += raw;
    else {
      this.endText();
      this.capturing = true;
      this.value += raw;
    }
  }

  private endText(): void {
    if (this.raw !== '') this.value += textOf(this.raw);
    this.raw = '';
    this.capturing = false;
  }

  private endRow(): void {
    this.rows.push({ row: this.rowNumber, cells: this.cells! });
    this.cells = undefined;
    this.capturing = false;
  }

  private endCell(): void {
    this.endText();
    if (this.only !== undefined && this.column - 1 !== this.only) return;
    const value = this.cellValue();
    if (value === '') return;
    const cells = this.cells!;
    const index = this.column - 1;
    while (cells.length < index) cells.push('');
    cells[index] = value;
  }

  /** The cell just closed as a {@link Cell}; `''` when it holds nothing. */
  private cellValue(): Cell {
    const text = this.value;
    if (this.hasFormula) {
      if (!this.hasValue) return { type: 'formula' };
      if (this.kind === CellKind.FormulaString) return text;
      // exceljs read every other result as a number: an error's code is lost, TRUE is 1.
      const result = Number.parseFloat(text);
      if (Number.isNaN(result)) return { type: 'error', error: undefined };
      if (this.date) {
        const date = excelSerialToIsoDate(result + (this.context.date1904 ? 1462 : 0));
        return date === undefined ? { type: 'unreadable' } : { type: 'date', date };
      }
      return { type: 'number', value: result };
    }
    if (!this.hasValue) return '';
    switch (this.kind) {
      case CellKind.Shared:
        return text === '' ? '' : (this.context.strings[Number.parseInt(text, 10)] ?? '');
      case CellKind.InlineString:
      case CellKind.FormulaString:
        return text;
      default:
    }
    if (text === '') return '';
    switch (this.kind) {
      case CellKind.Boolean:
        return { type: 'boolean', value: Number.parseInt(text, 10) !== 0 };
      case CellKind.Error:
        return { type: 'error', error: text };
      case CellKind.Date: {
        const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text.trim());
        return m === null || Number.isNaN(Date.parse(`${m[1]!}T00:00:00Z`)) ? { type: 'unreadable' } : { type: 'date', date: m[1]! };
      }
      default: {
        const number = Number.parseFloat(text);
        if (Number.isNaN(number)) return { type: 'unreadable' };
        if (!this.date) return { type: 'number', value: number };
        const time = Math.round((number - 25569 + (this.context.date1904 ? 1462 : 0)) * MS_PER_DAY);
        const date = new Date(time);
        return Number.isNaN(date.getTime()) ? { type: 'unreadable' } : { type: 'date', date: date.toISOString().slice(0, 10) };
      }
    }
  }
}
