import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ROOT } from './_run';

/** A value for a test workbook cell (exceljs's). */
export type CellInput = ExcelJS.CellValue;

/** One sheet of a test workbook. */
export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Ranges to merge, `A1:B1`. */
  readonly merges?: readonly string[];
  /** 1-based columns formatted as Text. */
  readonly textColumns?: readonly number[];
  /** 1-based columns whose numbers are shown as dates. */
  readonly dateColumns?: readonly number[];
}

/** Writes a workbook with exceljs (the whole-file writer: merges, formulas, formats). */
export async function writeWorkbook(path: string, sheets: readonly SheetInput[], options: { date1904?: boolean } = {}): Promise<string> {
  const book = new ExcelJS.Workbook();
  if (options.date1904 === true) book.properties.date1904 = true;
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    for (const row of s.rows) sheet.addRow([...row]);
    for (const c of s.textColumns ?? []) sheet.getColumn(c).numFmt = '@';
    for (const c of s.dateColumns ?? []) sheet.getColumn(c).numFmt = 'yyyy-mm-dd';
    for (const m of s.merges ?? []) sheet.mergeCells(m);
  }
  await book.xlsx.writeFile(path);
  return path;
}

/** Reads a workbook back with exceljs (the whole-file reader). */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** The rows of a CSV file in examples/, header first. */
export function exampleRows(name: string): string[][] {
  return parse(readFileSync(join(ROOT, 'examples', name), 'utf8'), { delimiter: ';', bom: true }) as string[][];
}

/** A date `YYYY-MM-DD` as the JavaScript date exceljs writes as that day (UTC). */
export function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

// ---- Hand-made archives: a ZIP with stored or deflated entries whose declared sizes can lie.

/** One entry of a hand-made ZIP. */
export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (deflated when `method` is 8). */
  readonly data: Buffer;
  readonly method: 0 | 8;
  /** The uncompressed size declared in both headers. */
  readonly size: number;
}

/** A ZIP archive from entries, with the sizes they declare (CRCs are left 0: the reader does not check them). */
export function zipArchive(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A stored entry holding text. */
export function storedEntry(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, size: data.length };
}

/**
 * A deflated entry of `mib` MiB of zeros built from one compressed MiB repeated (about
 * 1 KB each), so that the test never holds the expanded bytes; `declared` is the size it
 * claims (the truth by default).
 */
export function zerosEntry(name: string, mib: number, declared: number = mib * 1024 * 1024): RawEntry {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]);
  return { name, data, method: 8, size: declared };
}

/** The parts of a minimal workbook around one sheet's XML. */
export function minimalWorkbook(sheetXml: string): RawEntry[] {
  return [
    storedEntry(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    storedEntry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    storedEntry('xl/worksheets/sheet1.xml', sheetXml),
  ];
}

// ---- Hand-made OLE compound files: a 512-byte-sector file with a directory of the given stream names.

/**
 * A minimal compound file (the container of `.xls` and of password-protected `.xlsx`)
 * whose directory lists `names`: header, one FAT sector, one directory sector.
 */
export function compoundFile(names: readonly string[]): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  header.fill(0xff, 0x4c, 0x4c + 109 * 4);
  header.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const directory = Buffer.alloc(sector);
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    const text = Buffer.from(name, 'utf16le');
    text.copy(directory, at);
    directory.writeUInt16LE(text.length + 2, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, directory]);
}

/** Writes bytes to a file and returns its path. */
export function writeBytes(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}
