import { describe, expect, it } from 'vitest';
import { normalizeCode, readBoolean, readCode, readDate, readDateList, readMonth, readNumber, splitList } from '../src/values';
import { columnOf, EMPLOYEE_TEMPLATE, mapHeader, normalizeHeader, PERFORMANCE_TEMPLATE, suggestColumn } from '../src/templates';

const value = (c: { ok: boolean; value?: unknown }): unknown => (c.ok ? c.value : 'FAILED');

describe('readNumber', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(value(readNumber('92,5'))).toBe(92.5);
    expect(value(readNumber('92.5'))).toBe(92.5);
    expect(value(readNumber(' 6400 '))).toBe(6400);
    expect(value(readNumber('-3'))).toBe(-3);
    expect(value(readNumber(',5'))).toBe(0.5);
  });

  it('reads a number written with both separators the only way it can be meant', () => {
    expect(value(readNumber('1.234,5'))).toBe(1234.5);
    expect(value(readNumber('1,234.5'))).toBe(1234.5);
  });

  it('reads a lone separator as decimal, never as thousands', () => {
    expect(value(readNumber('6.400'))).toBe(6.4);
  });

  it('refuses text, two decimal commas and empty numbers with a message in both languages', () => {
    for (const text of ['abc', '9,5,1', '1.2.3', '12a', '-', '']) {
      const r = readNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('not_a_number');
        expect(r.message.id).toContain('bukan angka');
        expect(r.message.en).toContain('is not a number');
      }
    }
  });
});

describe('readBoolean', () => {
  it('reads ya/tidak, true/false, 1/0 in any case', () => {
    for (const yes of ['ya', 'YA', 'Ya', 'y', 'true', 'TRUE', '1', 'yes', 'benar']) expect(value(readBoolean(yes))).toBe(true);
    for (const no of ['tidak', 'Tidak', 't', 'false', '0', 'no', 'salah']) expect(value(readBoolean(no))).toBe(false);
  });

  it('refuses anything else', () => {
    const r = readBoolean('mungkin');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toBe('"mungkin" is not yes/no (ya, tidak, true, false, 1, 0)');
  });
});

describe('dates and months', () => {
  it('reads YYYY-MM-DD as is and DD/MM/YYYY day first', () => {
    expect(value(readDate('2026-02-03'))).toBe('2026-02-03');
    expect(value(readDate('3/2/2026'))).toBe('2026-02-03');
    expect(value(readDate('03-02-2026'))).toBe('2026-02-03');
    expect(value(readDate('03.02.2026'))).toBe('2026-02-03');
  });

  it('passes anything else on, for the library to report', () => {
    expect(value(readDate('kemarin'))).toBe('kemarin');
  });

  it('reads YYYY-MM and MM/YYYY months', () => {
    expect(value(readMonth('2026-01'))).toBe('2026-01');
    expect(value(readMonth('1/2026'))).toBe('2026-01');
  });

  it('expands a range of leave dates, both ends included', () => {
    expect(value(readDateList('2026-02-27..2026-03-02'))).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(value(readDateList('2026-02-03 | 09/02/2026..10/02/2026'))).toEqual(['2026-02-03', '2026-02-09', '2026-02-10']);
  });

  it('refuses a range backwards, of dates that do not exist, or longer than 62 days', () => {
    for (const text of ['2026-02-10..2026-02-03', '2026-02-30..2026-03-02', '2026-01-01..2026-03-31']) expect(readDateList(text).ok).toBe(false);
  });
});

describe('codes and lists', () => {
  it('normalises codes: upper case, words joined by _, apostrophes dropped', () => {
    expect(normalizeCode(" di atas  ekspektasi ")).toBe('DI_ATAS_EKSPEKTASI');
    expect(normalizeCode("Jum'at")).toBe('JUMAT');
    expect(normalizeCode('tugas-luar')).toBe('TUGAS_LUAR');
  });

  it('maps Indonesian and English aliases to the library value', () => {
    expect(value(readCode('sedang menjalani', { SEDANG_MENJALANI: 'SERVING' }))).toBe('SERVING');
    expect(value(readCode('WASPADA', { SEDANG_MENJALANI: 'SERVING' }))).toBe('WASPADA');
  });

  it('splits lists on | and commas, dropping blanks', () => {
    expect(splitList('perencana| analis-kebijakan ,, arsiparis')).toEqual(['perencana', 'analis-kebijakan', 'arsiparis']);
  });
});

describe('headers and columns', () => {
  it('matches headers in any case, with spaces or hyphens for _', () => {
    expect(normalizeHeader(' Nilai Kinerja ')).toBe('nilai_kinerja');
    expect(normalizeHeader('KMOB-Aktif')).toBe('kmob_aktif');
  });

  it('every template column has a distinct name and path', () => {
    for (const template of [EMPLOYEE_TEMPLATE, PERFORMANCE_TEMPLATE]) {
      expect(new Set(template.columns.map((c) => c.name)).size).toBe(template.columns.length);
      expect(new Set(template.columns.map((c) => c.path.join('.'))).size).toBe(template.columns.length);
    }
  });

  it('maps a path back to the column a person typed in', () => {
    expect(columnOf(EMPLOYEE_TEMPLATE, ['talent', 'kinerjaScore'])).toBe('nilai_kinerja');
    expect(columnOf(EMPLOYEE_TEMPLATE, ['roster', 'leaveDates', 4])).toBe('tanggal_cuti');
    expect(columnOf(EMPLOYEE_TEMPLATE, ['talent'])).toBe('kinerja/potensial/nilai_kinerja/nilai_potensial/tanggal_penilaian');
    expect(columnOf(EMPLOYEE_TEMPLATE, [])).toBeUndefined();
    expect(columnOf(EMPLOYEE_TEMPLATE, ['position', 'tasks', 0])).toBeUndefined();
  });

  it('suggests the nearest column for a typo, and nothing for a stranger', () => {
    expect(suggestColumn(EMPLOYEE_TEMPLATE, 'nilai_kinerj')).toBe('nilai_kinerja');
    expect(suggestColumn(EMPLOYEE_TEMPLATE, 'golongan')).toBeUndefined();
  });

  it('finds unknown, missing and repeated columns of a header', () => {
    const h = mapHeader(EMPLOYEE_TEMPLATE, ['NIP', 'nama', 'golongan', 'nip', '']);
    expect(h.unknown).toEqual(['golongan']);
    expect(h.missing).toEqual(['unit']);
    expect(h.duplicate).toBe('nip');
  });
});
