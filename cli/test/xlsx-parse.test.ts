import { describe, expect, it } from 'vitest';
import { SharedStringsParser, SheetParser, decodeXml, isDateFormat, parseDateStyles, type ParsedRow, type SheetContext } from '../src/xlsx-parse';

// The hand-written parsers of the parts a command reads (xlsx-parse.ts), fed text as the
// inflater gives it: whole here, cut anywhere in xlsx-parse.prop.test.ts.

const CONTEXT: SheetContext = { strings: ['nip', 'Nurhayati'], dateStyles: [false, true, false], date1904: false };

/** The rows of a sheet part whose `<sheetData>` holds `rows`. */
function rowsOf(rows: string, context: SheetContext = CONTEXT): ParsedRow[] {
  const parser = new SheetParser(context);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  return [...parser.push(xml), ...parser.end()];
}

/** The cells of the only row. */
const cellsOf = (cells: string, context?: SheetContext): unknown[] => rowsOf(`<row r="1">${cells}</row>`, context)[0]!.cells;

describe('decodeXml', () => {
  it('decodes the five entities and decimal and hexadecimal character references', () => {
    expect(decodeXml('R&amp;D &#x41;&#66; &lt;b&gt; &quot;x&quot; &apos;y&apos;')).toBe('R&D AB <b> "x" \'y\'');
  });

  it('leaves an unknown entity and a reference past U+10FFFF as written', () => {
    expect(decodeXml('&nbsp; &#x110000;')).toBe('&nbsp; &#x110000;');
  });
});

describe('SheetParser: text', () => {
  it('decodes entities and character references in inline strings, once', () => {
    expect(cellsOf('<c r="A1" t="inlineStr"><is><t>R&amp;D &#x41;&#66; &amp;lt;</t></is></c>')).toEqual(['R&D AB &lt;']);
  });

  it('keeps the spaces of text marked xml:space="preserve", and of text that is not', () => {
    expect(cellsOf('<c r="A1" t="inlineStr"><is><t xml:space="preserve">  dua spasi  </t></is></c><c r="B1" t="inlineStr"><is><t> satu </t></is></c>')).toEqual(['  dua spasi  ', ' satu ']);
  });

  it('joins every run of inline rich text, leaving out phonetic runs', () => {
    expect(cellsOf('<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Nur</t></r><r><t>hayati</t></r><rPh sb="0" eb="1"><t>ヌル</t></rPh></is></c>')).toEqual(['Nurhayati']);
  });

  it('reads shared strings by index, and a text formula result as text', () => {
    expect(cellsOf('<c r="A1" t="s"><v>1</v></c><c r="B1" t="str"><f>A1</f><v>Nurhayati</v></c><c r="C1" t="str"><v>tanpa rumus</v></c>')).toEqual(['Nurhayati', 'Nurhayati', 'tanpa rumus']);
  });

  it('reads a shared string index the table does not have as an empty cell', () => {
    expect(cellsOf('<c r="A1" t="s"><v>7</v></c>')).toEqual([]);
  });

  it('normalises line ends in text to \\n, as an XML parser does, and keeps a CDATA section as written', () => {
    expect(cellsOf('<c r="A1" t="inlineStr"><is><t>baris 1\r\nbaris 2\rbaris 3</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[a & <b>]]></t></is></c>')).toEqual(['baris 1\nbaris 2\nbaris 3', 'a & <b>']);
  });

  it('skips comments and processing instructions between cells', () => {
    expect(cellsOf('<!-- catatan --><c r="A1"><v>1</v></c><?pi data?><c r="B1"><v>2</v></c>')).toEqual([
      { type: 'number', value: 1 },
      { type: 'number', value: 2 },
    ]);
  });
});

describe('SheetParser: typed cells', () => {
  it('reads numbers as numbers, booleans as booleans and error cells with their code', () => {
    expect(cellsOf('<c r="A1"><v>92.5</v></c><c r="B1" t="n"><v>1.5E+3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c>')).toEqual([
      { type: 'number', value: 92.5 },
      { type: 'number', value: 1500 },
      { type: 'boolean', value: true },
      { type: 'boolean', value: false },
      { type: 'error', error: '#N/A' },
    ]);
  });

  it('reads a number that is not one as unreadable', () => {
    expect(cellsOf('<c r="A1"><v>sembilan</v></c>')).toEqual([{ type: 'unreadable' }]);
  });

  it('reads numbers in a date style as dates of the 1900 date system, from their UTC fields', () => {
    expect(cellsOf('<c r="A1" s="1"><v>46053</v></c><c r="B1" s="1"><v>46053.99</v></c><c r="C1" s="2"><v>46053</v></c><c r="D1" s="0"><v>46053</v></c>')).toEqual([
      { type: 'date', date: '2026-01-31' },
      { type: 'date', date: '2026-01-31' },
      { type: 'number', value: 46053 },
      { type: 'number', value: 46053 },
    ]);
  });

  it('reads dates of the 1904 date system', () => {
    expect(cellsOf('<c r="A1" s="1"><v>44591</v></c><c r="B1" s="1"><f>DATE(2026,1,31)</f><v>44591</v></c>', { ...CONTEXT, date1904: true })).toEqual([
      { type: 'date', date: '2026-01-31' },
      { type: 'date', date: '2026-01-31' },
    ]);
  });

  it('takes the row style for a cell without one', () => {
    expect(rowsOf('<row r="1" s="1" customFormat="1"><c r="A1"><v>46053</v></c><c r="B1" s="2"><v>46053</v></c></row>')[0]!.cells).toEqual([
      { type: 'date', date: '2026-01-31' },
      { type: 'number', value: 46053 },
    ]);
  });

  it('reads a t="d" cell as the ISO date it holds', () => {
    expect(cellsOf('<c r="A1" t="d"><v>2026-01-31T00:00:00</v></c><c r="B1" t="d"><v>kemarin</v></c>')).toEqual([{ type: 'date', date: '2026-01-31' }, { type: 'unreadable' }]);
  });

  it('reads a formula as its saved result, never calculating it', () => {
    expect(cellsOf('<c r="A1"><f>80+11.5</f><v>91.5</v></c><c r="B1"><f>1=0</f><v>0</v></c><c r="C1"><f t="shared" si="0"/><v>7</v></c>')).toEqual([
      { type: 'number', value: 91.5 },
      { type: 'number', value: 0 },
      { type: 'number', value: 7 },
    ]);
  });

  it('reads a formula without a saved result as a formula, and one whose result is an error as an error', () => {
    expect(cellsOf('<c r="A1"><f>80+2</f></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>')).toEqual([{ type: 'formula' }, { type: 'error', error: undefined }]);
  });
});

describe('SheetParser: rows and cells', () => {
  it('reads an empty <v/> as an empty cell, whatever its type', () => {
    expect(rowsOf('<row r="1"><c r="A1"><v/></c><c r="B1" t="s"><v></v></c><c r="C1" t="b"><v/></c><c r="D1" t="e"><v/></c><c r="E1" t="inlineStr"><is/></c></row>')).toEqual([{ row: 1, cells: [] }]);
  });

  it('places cells by their reference, leaving gaps empty, and keeps rows as numbered', () => {
    expect(rowsOf('<row r="3"><c r="C3"><v>1</v></c></row><row r="7" spans="1:2"/><row r="9"><c r="AA9" t="inlineStr"><is><t>x</t></is></c></row>')).toEqual([
      { row: 3, cells: ['', '', { type: 'number', value: 1 }] },
      { row: 7, cells: [] },
      { row: 9, cells: [...Array<string>(26).fill(''), 'x'] },
    ]);
  });

  it('gives a cell without r the column after the previous cell, and a row without r the number after the previous row', () => {
    expect(rowsOf('<row r="4"><c t="inlineStr"><is><t>a</t></is></c><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>')).toEqual([
      { row: 4, cells: ['a', '', { type: 'number', value: 3 }, { type: 'number', value: 4 }] },
      { row: 5, cells: [{ type: 'number', value: 5 }] },
    ]);
  });

  it('reads attributes in single quotes and with spaces around =', () => {
    expect(cellsOf("<c r = 'B1' t = 'b' ><v>1</v></c>")).toEqual(['', { type: 'boolean', value: true }]);
  });

  it('refuses a cell beyond the last column (XFD)', () => {
    expect(() => cellsOf('<c r="XFE1"><v>1</v></c>')).toThrow('cell XFE1 beyond the last column (XFD)');
  });

  it('stops at </sheetData>: what follows is not read', () => {
    const parser = new SheetParser(CONTEXT);
    expect(parser.push('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><row r="2"><c r="A2"><v>2</v></c></row>')).toEqual([{ row: 1, cells: [{ type: 'number', value: 1 }] }]);
    expect(parser.done).toBe(true);
    expect(parser.push('<row r="3"><c r="A3"><v>3</v></c></row>')).toEqual([]);
  });

  it('drops a row the part never closes', () => {
    const parser = new SheetParser(CONTEXT);
    expect(parser.push('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>')).toEqual([]);
    expect(parser.end()).toEqual([]);
  });
});

describe('SheetParser: one column', () => {
  it('reads the cells of one column alone, the rest of each row left unread', () => {
    const parser = new SheetParser(CONTEXT);
    parser.only = 1;
    const rows = parser.push(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>bukan angka</v></c></row>' +
        '<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c><c r="C2"><v>3</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>',
    );
    expect(rows).toEqual([
      { row: 1, cells: ['', 'nip'] },
      { row: 2, cells: ['', 'x'] },
      { row: 3, cells: [] },
    ]);
  });
});

describe('SharedStringsParser', () => {
  it('reads plain strings, rich text runs joined, and leaves phonetic runs out', () => {
    const parser = new SharedStringsParser();
    parser.push(
      '<sst count="4" uniqueCount="4"><si><t>nip</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>Nur</t></r><r><t xml:space="preserve">hayati </t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si/><si><t>R&amp;D</t></si></sst>',
    );
    expect(parser.end()).toEqual(['nip', 'Nurhayati ', '漢字', '', 'R&D']);
  });

  it('refuses a part that ends inside a tag', () => {
    const parser = new SharedStringsParser();
    parser.push('<sst><si><t>nip</t></si><si');
    expect(() => parser.end()).toThrow('ends inside a tag');
  });
});

describe('styles', () => {
  it('tells the date styles from the others, by custom and built-in number formats', () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;\\ #,##0"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14"><alignment/></xf><xf numFmtId="49"/><xf numFmtId="22"/></cellXfs></styleSheet>';
    expect(parseDateStyles(xml)).toEqual([false, true, false, true, false, true]);
  });

  it('sees date and time letters only outside quotes and brackets', () => {
    expect(isDateFormat('[$-421]dd mmmm yyyy')).toBe(true);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('"hari" 0')).toBe(false);
    expect(isDateFormat('h:mm')).toBe(true);
    expect(isDateFormat(undefined)).toBe(false);
  });
});
