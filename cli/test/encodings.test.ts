import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../src/input';
import { runCli, tempDir } from './_run';

// Encodings a spreadsheet export comes in: UTF-8 with or without a BOM, UTF-16 LE/BE
// with a BOM, and Windows-1252 (Excel's "CSV (Comma delimited)"), read with a notice.
// Bytes that are not UTF-8 in a file that began as UTF-8 are refused, never mangled.
const ROWS = 'nip;nama;unit\n198205142006042001;Dédé Muñoz;bidang-umum\n';

async function names(bytes: Buffer, lang: 'id' | 'en' = 'id'): Promise<{ names: string[]; stderr: string; code: number }> {
  const file = join(tempDir(), 'pegawai.csv');
  writeFileSync(file, bytes);
  const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json', '--lang', lang]);
  return { names: r.code === 2 ? [] : (JSON.parse(r.stdout) as { name: string }[]).map((d) => d.name), stderr: r.stderr, code: r.code };
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

describe('input encodings', () => {
  it('reads UTF-8 with and without a BOM alike', async () => {
    expect((await names(Buffer.from(ROWS, 'utf8'))).names).toEqual(['Dédé Muñoz']);
    expect((await names(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ROWS, 'utf8')]))).names).toEqual(['Dédé Muñoz']);
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    expect((await names(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ROWS, 'utf16le')]))).names).toEqual(['Dédé Muñoz']);
    expect((await names(utf16be(ROWS))).names).toEqual(['Dédé Muñoz']);
  });

  it('reads a Windows-1252 file (Excel "CSV (Comma delimited)") as such, with a notice in the chosen language', async () => {
    const bytes = Buffer.from(ROWS, 'latin1');
    const id = await names(bytes);
    expect(id.names).toEqual(['Dédé Muñoz']);
    expect(id.stderr).toContain('bukan UTF-8; dibaca sebagai Windows-1252');
    const en = await names(bytes, 'en');
    expect(en.stderr).toContain('is not UTF-8; read as Windows-1252');
  });

  it('refuses bytes that are not UTF-8 far into a UTF-8 file, saying how to save it', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `19820514200604${String(1000 + (i % 9000)).padStart(4, '0')};Nama ${i} é;bidang-umum`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`nip;nama;unit\n${filler}\n`, 'utf8'), Buffer.from('198205142006042001;D\xe9d\xe9;bidang-umum\n', 'latin1')]);
    expect(bytes.length).toBeGreaterThan(65_536);
    const r = await names(bytes, 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds bytes that are not UTF-8 inside a UTF-8 file');
    expect(r.stderr).toContain('CSV UTF-8');
    expect(r.stderr).not.toContain('\ufffd');
  });

  it('detects each encoding from the first bytes', () => {
    expect(detectEncoding(Buffer.from('abc é', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('abc é', 'latin1'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    // A UTF-8 character cut by the end of the sample is still UTF-8.
    expect(detectEncoding(Buffer.from('abc é', 'utf8').subarray(0, 5), false)).toBe('utf-8');
    expect(detectEncoding(Buffer.from('abc é', 'utf8').subarray(0, 5), true)).toBe('windows-1252');
  });
});
