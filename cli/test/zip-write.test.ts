import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openZip, readEntryText } from '../src/zip';
import { ZipWriter } from '../src/zip-write';
import { textOf } from '../src/text';
import { WorkbookWriter, columnLetters, escapeXml } from '../src/xlsx-write';
import { tempDir } from './_run';
import { readWorkbook } from './_xlsx';

const dir = tempDir();

/** A writer whose bytes are collected. */
function collecting(): { zip: ZipWriter; bytes: () => Buffer } {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter(async (chunk) => {
    chunks.push(chunk);
  });
  return { zip, bytes: () => Buffer.concat(chunks) };
}

/** The CRC-32 each central directory record holds, by entry name. */
function directoryCrcs(archive: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = archive.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1; at = archive.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = archive.readUInt16LE(at + 28);
    out.set(archive.toString('utf8', at + 46, at + 46 + nameLength), archive.readUInt32LE(at + 16));
  }
  return out;
}

describe('ZipWriter', () => {
  it('writes entries that the reader reads back, each with its CRC-32 in the directory', async () => {
    const { zip, bytes } = collecting();
    const big = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join('');
    const entry = zip.begin('xl/worksheets/sheet1.xml');
    await entry.write('<sheetData>');
    await entry.write(big);
    await entry.write(Buffer.from('</sheetData>'));
    await entry.end();
    await zip.add('xl/workbook.xml', '<workbook>ä</workbook>');
    await zip.add('kosong.txt', '');
    await zip.close();
    const path = join(dir, 'ditulis.zip');
    writeFileSync(path, bytes());
    const archive = await openZip(path);
    expect([...archive.entries.keys()]).toEqual(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'kosong.txt']);
    const sheet = `<sheetData>${big}</sheetData>`;
    expect(await readEntryText(archive, archive.entries.get('xl/worksheets/sheet1.xml')!, Infinity)).toBe(sheet);
    expect(await readEntryText(archive, archive.entries.get('xl/workbook.xml')!)).toBe('<workbook>ä</workbook>');
    expect(archive.entries.get('xl/worksheets/sheet1.xml')!.compressedSize).toBeLessThan(sheet.length / 5);
    const crcs = directoryCrcs(bytes());
    expect(crcs.get('xl/worksheets/sheet1.xml')).toBe(crc32(sheet));
    expect(crcs.get('xl/workbook.xml')).toBe(crc32('<workbook>ä</workbook>'));
    expect(crcs.get('kosong.txt')).toBe(0);
  });

  it('refuses a second entry while one is being written', async () => {
    const { zip } = collecting();
    zip.begin('a.xml');
    expect(() => zip.begin('b.xml')).toThrow('an entry is still being written');
    await expect(zip.add('c.xml', 'x')).rejects.toThrow('an entry is still being written');
  });

  it('reports a failure of the output where the archive is next written or closed', async () => {
    const zip = new ZipWriter(async () => {
      throw new Error('ENOSPC');
    });
    await zip.add('a.xml', 'x').catch(() => {});
    await expect(zip.close()).rejects.toThrow('ENOSPC');
  });
});

describe('xlsx-write helpers', () => {
  it('escapes XML specials and a carriage return, and drops characters XML cannot hold', () => {
    expect(escapeXml('R&D <b> "x" \'y\'\r\n\t\u0001\u007f')).toBe('R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;&#13;\n\t');
    expect(escapeXml('biasa')).toBe('biasa');
  });

  it('names columns with letters, A to XFD', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('WorkbookWriter', () => {
  it('writes an empty cell that has a fill, so that its colour shows', async () => {
    const io = { stdout: { write: (): void => {} }, stderr: { write: (): void => {} }, stderrIsTTY: false, cwd: dir, now: () => new Date('2026-02-02T03:00:00Z') };
    const book = await WorkbookWriter.open(io, textOf('en'), 'isi-kosong.xlsx');
    const sheet = await book.addSheet('Warna', [
      { header: 'a', kind: 'general' },
      { header: 'b', kind: 'text' },
    ]);
    await sheet.addRow([{ value: undefined, fill: '#fca5a5' }, undefined]);
    await sheet.addRow([{ value: undefined }, 'x']);
    sheet.commit();
    await book.close();
    const read = (await readWorkbook(join(dir, 'isi-kosong.xlsx'))).getWorksheet('Warna')!;
    expect(read.getCell('A2').value).toBeNull();
    expect(read.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCA5A5' } });
    expect(read.getCell('A3').fill).toBeUndefined();
    expect(read.getCell('B3').value).toBe('x');
    expect(read.getCell('B3').numFmt).toBe('@');
  });
});
