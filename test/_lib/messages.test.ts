import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { describeZodIssue } from '../../src/_lib/messages-full';
import { _closest } from '../../src/_lib/suggest';
import { EmployeeRecordSchema, IsoDateSchema, PolicySchema, WorkingWeekdaySchema, allocateWorkPatterns, describeZodIssue as exported, jabarMkd2025, predikatKinerja, talentBoxOf, validate } from '../../src/index';
import type { InputIssue, LocalizedText } from '../../src/index';
import { issuesOf } from '../_helpers/input-error';

/** The issues of validating `value` against `schema`, each as `path:code` and its message. */
function issues(schema: z.core.$ZodType, value: unknown): { at: string; message: LocalizedText }[] {
  const result = validate(schema as z.ZodType, value);
  expect(result.ok, 'expected the value to be rejected').toBe(false);
  return (result.ok ? [] : result.issues).map((i: InputIssue) => ({ at: `${i.path.join('.')}:${i.code}`, message: i.message }));
}

/** The one message of validating `value` against `schema`. */
function messageOf(schema: z.core.$ZodType, value: unknown): LocalizedText {
  const all = issues(schema, value);
  expect(all).toHaveLength(1);
  return all[0]!.message;
}

const say = (id: string, en: string): LocalizedText => ({ id, en });

describe('invalid_type', () => {
  it('says a missing value is required', () => {
    expect(messageOf(z.strictObject({ name: z.string() }), {})).toEqual(say('wajib diisi', 'is required'));
  });

  it('names the kind wanted and the kind given: text, not a number', () => {
    expect(messageOf(z.string(), 5)).toEqual(say('harus berupa teks, bukan angka', 'must be text, not a number'));
  });

  it('names a number wanted where text was given', () => {
    expect(messageOf(z.number(), '92,5')).toEqual(say('harus berupa angka, bukan teks', 'must be a number, not text'));
  });

  it('names null', () => {
    expect(messageOf(z.number(), null)).toEqual(say('harus berupa angka, bukan null', 'must be a number, not null'));
  });

  it('says a decimal is not a whole number, showing it with a decimal comma in Bahasa Indonesia', () => {
    expect(messageOf(z.number().int(), 1.5)).toEqual(say('harus bilangan bulat, bukan 1,5', 'must be a whole number, not 1.5'));
  });

  it('asks for true or false', () => {
    expect(messageOf(z.boolean(), 'ya')).toEqual(say('harus true atau false, bukan teks', 'must be true or false, not text'));
  });

  it('asks for a list, not an object', () => {
    expect(messageOf(z.array(z.string()), { a: 1 })).toEqual(say('harus berupa daftar, bukan objek', 'must be a list, not an object'));
  });

  it('asks for an object, not a list', () => {
    expect(messageOf(z.strictObject({}), [])).toEqual(say('harus berupa objek, bukan daftar', 'must be an object, not a list'));
  });

  it('names NaN and Infinity', () => {
    expect(messageOf(z.number(), Number.NaN)).toEqual(say('harus berupa angka, bukan NaN', 'must be a number, not NaN'));
    expect(messageOf(z.number(), Number.POSITIVE_INFINITY)).toEqual(say('harus berupa angka, bukan Infinity', 'must be a number, not Infinity'));
  });

  it('says a value must be left out where none is allowed', () => {
    expect(messageOf(z.undefined(), 3)).toEqual(say('tidak boleh diisi', 'must be left out'));
    expect(messageOf(z.never(), 3)).toEqual(say('tidak boleh ada', 'must not be here'));
  });

  it('words the kind wanted alone when zod did not report the input', () => {
    const issue = z.string().safeParse(5).error!.issues[0]!;
    expect(describeZodIssue(issue)).toEqual(say('harus berupa teks', 'must be text'));
  });
});

describe('too_small and too_big', () => {
  it('gives a number its bound and the value given', () => {
    expect(messageOf(z.number().min(1), 0)).toEqual(say('paling sedikit 1, bukan 0', 'must be at least 1, not 0'));
    expect(messageOf(z.number().max(100), 120)).toEqual(say('paling banyak 100, bukan 120', 'must be at most 100, not 120'));
  });

  it('says "more than" and "less than" for exclusive bounds', () => {
    expect(messageOf(z.number().gt(0), 0)).toEqual(say('harus lebih dari 0, bukan 0', 'must be greater than 0, not 0'));
    expect(messageOf(z.number().lt(100), 100)).toEqual(say('harus kurang dari 100, bukan 100', 'must be less than 100, not 100'));
  });

  it('writes decimals with a comma in Bahasa Indonesia and a point in English', () => {
    expect(messageOf(z.number().max(2.5), 3.75)).toEqual(say('paling banyak 2,5, bukan 3,75', 'must be at most 2.5, not 3.75'));
  });

  it('counts the characters of text and says how many there are', () => {
    expect(messageOf(z.string().max(3), 'abcdef')).toEqual(say('paling banyak 3 karakter (panjangnya 6)', 'must be at most 3 characters long (it has 6)'));
    expect(messageOf(z.string().min(2), 'a')).toEqual(say('paling sedikit 2 karakter (panjangnya 1)', 'must be at least 2 characters long (it has 1)'));
    expect(messageOf(z.string().length(18), 'abc')).toEqual(say('harus tepat 18 karakter (panjangnya 3)', 'must be exactly 18 characters long (it has 3)'));
  });

  it('says empty text or an empty list must not be empty', () => {
    expect(messageOf(z.string().min(1), '')).toEqual(say('tidak boleh kosong', 'must not be empty'));
    expect(messageOf(z.array(z.number()).min(1), [])).toEqual(say('tidak boleh kosong', 'must not be empty'));
  });

  it('counts the items of a list, one item in the singular', () => {
    expect(messageOf(z.array(z.number()).max(1), [1, 2])).toEqual(say('paling banyak 1 butir (ada 2)', 'must have at most 1 item (it has 2)'));
    expect(messageOf(z.array(z.number()).min(3), [1])).toEqual(say('paling sedikit 3 butir (ada 1)', 'must have at least 3 items (it has 1)'));
  });

  it('counts an exact number of items', () => {
    expect(messageOf(z.array(z.number()).length(2), [1, 2, 3])).toEqual(say('harus tepat 2 butir (ada 3)', 'must have exactly 2 items (it has 3)'));
  });

  it('gives a bigint its bound and the value given', () => {
    expect(messageOf(z.bigint().max(3n), 5n)).toEqual(say('paling banyak 3, bukan 5', 'must be at most 3, not 5'));
  });

  it('gives a date bound as a date', () => {
    expect(messageOf(z.date().min(new Date('2026-01-01')), new Date('2025-12-31'))).toEqual(
      say('paling awal 2026-01-01, bukan 2025-12-31', 'must not be before 2026-01-01, not 2025-12-31'),
    );
  });
});

describe('invalid_format', () => {
  it('shows the pattern a text must match, and the text', () => {
    expect(messageOf(z.string().regex(/^[a-z]+$/), 'A1')).toEqual(say('harus sesuai pola /^[a-z]+$/, bukan "A1"', 'must match the pattern /^[a-z]+$/, not "A1"'));
  });

  it("uses the schema's own description of a pattern when it gives one", () => {
    expect(messageOf(z.string().regex(/^\d\d:\d\d$/, 'HH:MM'), '7.30')).toEqual(say('harus sesuai format yang diminta (HH:MM), bukan "7.30"', 'must have the required format (HH:MM), not "7.30"'));
  });

  it('names the known formats', () => {
    expect(messageOf(z.iso.date(), '2026-13-01')).toEqual(say('harus berupa tanggal berformat YYYY-MM-DD, bukan "2026-13-01"', 'must be a date in the form YYYY-MM-DD, not "2026-13-01"'));
    expect(messageOf(z.email(), 'x')).toEqual(say('harus berupa alamat surel, bukan "x"', 'must be an email address, not "x"'));
    expect(messageOf(z.string().startsWith('ID-'), 'JB')).toEqual(say('harus diawali "ID-", bukan "JB"', 'must start with "ID-", not "JB"'));
    expect(messageOf(z.string().lowercase(), 'A')).toEqual(say('harus huruf kecil semua, bukan "A"', 'must be all lower case, not "A"'));
  });

  it('cuts a long text after 40 characters', () => {
    const m = messageOf(z.email(), 'x'.repeat(100));
    expect(m.en).toBe(`must be an email address, not "${'x'.repeat(40)}…"`);
  });
});

describe('not_multiple_of', () => {
  it('gives the divisor and the value, with a decimal comma in Bahasa Indonesia', () => {
    expect(messageOf(z.number().multipleOf(0.5), 0.3)).toEqual(say('harus kelipatan 0,5, bukan 0,3', 'must be a multiple of 0.5, not 0.3'));
  });
});

describe('unrecognized_keys', () => {
  it('names an unknown key and the known key it is nearest to', () => {
    expect(messageOf(z.strictObject({ boxes: z.array(z.number()).exactOptional() }), { box: [4] })).toEqual(
      say('kunci tidak dikenal: "box" (maksud Anda "boxes"?)', 'unknown key "box" (did you mean "boxes"?)'),
    );
  });

  it('lists every unknown key, suggesting only where one is near', () => {
    expect(messageOf(z.strictObject({ kinerjaScore: z.number().exactOptional() }), { kinerja_score: 1, foo: 2 })).toEqual(
      say('kunci tidak dikenal: "kinerja_score" (maksud Anda "kinerjaScore"?) dan "foo"', 'unknown keys "kinerja_score" (did you mean "kinerjaScore"?) and "foo"'),
    );
  });

  it('does not suggest a key the input already has', () => {
    expect(messageOf(z.strictObject({ boxes: z.number() }), { boxes: 1, box: 2 })).toEqual(say('kunci tidak dikenal: "box"', 'unknown key "box"'));
  });

  it('suggests the keys of a record keyed by an enum', () => {
    expect(messageOf(z.partialRecord(z.enum(['SENIN', 'SELASA']), z.number()), { SENEN: 1 })).toEqual(
      say('kunci tidak dikenal: "SENEN" (maksud Anda "SENIN"?)', 'unknown key "SENEN" (did you mean "SENIN"?)'),
    );
  });

  it('names a symbol key of a record instead of failing on it (a TypeError before)', () => {
    expect(messageOf(z.partialRecord(z.enum(['SENIN', 'SELASA']), z.number()), { [Symbol('tag')]: 1 })).toEqual(say('kunci tidak dikenal: Symbol(tag)', 'unknown key Symbol(tag)'));
  });

  it('suggests the key an employee record misspells', () => {
    const record = { nip: '198205142006042001', name: 'Siti', unitId: 'u', position: {}, talnet: {} };
    expect(issues(EmployeeRecordSchema, record)).toEqual([{ at: ':unrecognized_keys', message: say('kunci tidak dikenal: "talnet" (maksud Anda "talent"?)', 'unknown key "talnet" (did you mean "talent"?)') }]);
  });
});

describe('invalid_value', () => {
  it('lists the allowed weekdays and suggests the one meant', () => {
    expect(messageOf(WorkingWeekdaySchema, 'senin')).toEqual(
      say(
        'harus salah satu dari "SENIN", "SELASA", "RABU", "KAMIS" atau "JUMAT", bukan "senin" (maksud Anda "SENIN"?)',
        'must be one of "SENIN", "SELASA", "RABU", "KAMIS" or "JUMAT", not "senin" (did you mean "SENIN"?)',
      ),
    );
  });

  it('says a missing choice is required and what it may be', () => {
    expect(messageOf(z.strictObject({ day: z.enum(['SENIN', 'SELASA']) }), {})).toEqual(say('wajib diisi: salah satu dari "SENIN" atau "SELASA"', 'is required: one of "SENIN" or "SELASA"'));
  });

  it('says the one value a literal allows', () => {
    expect(messageOf(z.literal(true), 'ya')).toEqual(say('harus true, bukan "ya"', 'must be true, not "ya"'));
  });

  it('lists at most twelve values and counts the rest', () => {
    const values = Array.from({ length: 15 }, (_, i) => `v${i}`) as [string, ...string[]];
    expect(messageOf(z.enum(values), 'x').en).toBe('must be one of "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11" and 3 more, not "x"');
  });

  it('words a wrong level given to talentBoxOf and predikatKinerja the same way', () => {
    const [issue] = issuesOf(() => talentBoxOf('TINGGI' as never, 'TINGGI'));
    expect(issue).toEqual({
      path: ['kinerja'],
      code: 'invalid_value',
      message: say(
        'harus salah satu dari "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI" atau "DI_ATAS_EKSPEKTASI", bukan "TINGGI"',
        'must be one of "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI" or "DI_ATAS_EKSPEKTASI", not "TINGGI"',
      ),
    });
    expect(issuesOf(() => predikatKinerja('SESUAI_EKSPEKTASI', 'sesuai_ekspektasi' as never))[0]!.message.en).toContain('(did you mean "SESUAI_EKSPEKTASI"?)');
  });
});

describe('invalid_union', () => {
  it('words options that each want another kind as one choice', () => {
    expect(issues(z.union([z.string(), z.number()]), null)).toEqual([{ at: ':invalid_union', message: say('harus berupa teks atau angka, bukan null', 'must be text or a number, not null') }]);
  });

  it('joins kinds and values into one choice', () => {
    expect(messageOf(z.union([z.number(), z.literal('semua')]), true)).toEqual(say('harus berupa angka atau "semua", bukan true', 'must be a number or "semua", not true'));
  });

  it('reports the problems of the closest option when the options are objects', () => {
    const schema = z.union([z.strictObject({ a: z.number() }), z.strictObject({ b: z.string(), c: z.string() })]);
    expect(issues(schema, { a: 'x' })).toEqual([{ at: 'a:invalid_type', message: say('harus berupa angka, bukan teks', 'must be a number, not text') }]);
  });

  it('lists the values a discriminating key allows', () => {
    const schema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    expect(issues(schema, { kind: 'c' })).toEqual([{ at: 'kind:invalid_union', message: say('harus salah satu dari "a" atau "b", bukan "c"', 'must be one of "a" or "b", not "c"') }]);
  });

  it('says when more than one of exclusive options matches', () => {
    expect(messageOf(z.xor([z.string(), z.string().min(1)]), 'abc')).toEqual(
      say('cocok dengan lebih dari satu bentuk, padahal harus tepat satu', 'matches more than one form, where exactly one must match'),
    );
  });

  it('says no form matched when zod gives no reasons', () => {
    const issue: z.core.$ZodIssue = { code: 'invalid_union', errors: [], path: [], message: '' };
    expect(describeZodIssue(issue)).toEqual(say('tidak cocok dengan bentuk mana pun yang diterima', 'matches none of the accepted forms'));
  });
});

describe('invalid_key and invalid_element', () => {
  it('names a key a record does not accept and why', () => {
    expect(issues(z.record(z.string().min(2), z.number()), { c: 1 })).toEqual([
      { at: 'c:invalid_key', message: say('kunci "c" tidak valid: paling sedikit 2 karakter (panjangnya 1)', 'the key "c" is not valid: must be at least 2 characters long (it has 1)') },
    ]);
  });

  it('reports a symbol key of a record at a path of text, and names no key (a fixed counterexample)', () => {
    const found = issuesOf(() => allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-03', employees: [{ id: 'e00', flexibleDaysPerWeek: 1 }], history: { e00: 0, [Symbol('extra')]: 1 } } as never, jabarMkd2025));
    expect(found).toEqual([
      { path: ['history', 'Symbol(extra)'], code: 'invalid_key', message: say('kunci tidak valid: harus berupa teks, bukan simbol', 'the key is not valid: must be text, not a symbol') },
    ]);
  });

  it('names an entry of a map that is not valid and why', () => {
    const issue: z.core.$ZodIssue = {
      code: 'invalid_element',
      origin: 'map',
      key: 'x',
      issues: [{ code: 'invalid_type', expected: 'number', input: 'y', path: [], message: '' }],
      path: ['x'],
      message: '',
    };
    expect(describeZodIssue(issue)).toEqual(say('isian "x" tidak valid: harus berupa angka, bukan teks', 'the entry "x" is not valid: must be a number, not text'));
  });
});

describe('custom', () => {
  it('says a refinement without words of its own is not valid', () => {
    expect(messageOf(z.number().refine((n) => n > 1), 0)).toEqual(say('tidak valid', 'is not valid'));
  });

  it("keeps the refinement's own words", () => {
    expect(messageOf(z.number().refine((n) => n > 1, 'more than one'), 0)).toEqual(say('tidak valid: more than one', 'is not valid: more than one'));
  });

  it("keeps the library's own bilingual messages and codes", () => {
    expect(issues(IsoDateSchema, '2026-02-30')).toEqual([
      {
        at: ':invalid_date',
        message: say('Tanggal tidak valid: "2026-02-30" harus berformat YYYY-MM-DD dan merupakan tanggal yang ada', 'Invalid date: "2026-02-30" must be YYYY-MM-DD and a day that exists'),
      },
    ]);
  });
});

describe('zod and zod/mini', () => {
  const cases: [string, z.core.$ZodType, z.core.$ZodType, unknown][] = [
    ['an unknown key and a missing one', z.strictObject({ boxes: z.array(z.number()) }), zm.strictObject({ boxes: zm.array(zm.number()) }), { box: [1] }],
    ['a number out of range', z.number().int().min(1).max(10), zm.int().check(zm.minimum(1), zm.maximum(10)), 11],
    ['a decimal for a whole number', z.int(), zm.int(), 2.5],
    ['a value not in an enum', z.enum(['SENIN', 'SELASA']), zm.enum(['SENIN', 'SELASA']), 'Senin'],
    ['text too long', z.string().max(2), zm.string().check(zm.maxLength(2)), 'abc'],
    ['a pattern', z.string().regex(/^a$/), zm.string().check(zm.regex(/^a$/)), 'b'],
  ];
  for (const [name, classic, mini, value] of cases) {
    it(`words ${name} the same`, () => {
      expect(issues(mini, value)).toEqual(issues(classic, value));
    });
  }
});

describe('describeZodIssue', () => {
  it('is exported from the root and runs its documented example', () => {
    const result = z.strictObject({ days: z.number().int().min(1) }).safeParse({ days: 1.5 }, { reportInput: true });
    expect(exported(result.error!.issues[0]!)).toEqual(say('harus bilangan bulat, bukan 1,5', 'must be a whole number, not 1.5'));
  });

  it('words an issue of a schema the library does not know', () => {
    const result = z.strictObject({ id: z.string() }).safeParse({ id: 7 }, { reportInput: true });
    expect(describeZodIssue(result.error!.issues[0]!)).toEqual(say('harus berupa teks, bukan angka', 'must be text, not a number'));
  });

  it('words an issue of an unknown code as not valid', () => {
    expect(describeZodIssue({ code: 'something_new', path: [], message: '' } as never)).toEqual(say('tidak valid', 'is not valid'));
  });
});

describe('_closest', () => {
  it('finds a key with letters missing, swapped or in another case', () => {
    expect(_closest('box', ['boxes', 'kinerja'])).toBe('boxes');
    expect(_closest('kinreja', ['kinerja', 'potensial'])).toBe('kinerja');
    expect(_closest('KINERJA', ['kinerja'])).toBe('kinerja');
    expect(_closest('unit_id', ['unitId', 'nip'])).toBe('unitId');
  });

  it('suggests nothing when no candidate is near', () => {
    expect(_closest('foo', ['boxes', 'kinerja'])).toBeUndefined();
    expect(_closest('a', ['b'])).toBeUndefined();
    expect(_closest('', ['a'])).toBeUndefined();
  });

  it('prefers the nearest, then the first', () => {
    expect(_closest('nipp', ['nama', 'nip', 'nipx'])).toBe('nip');
  });
});

describe('a policy', () => {
  it('reads its wrong fields in both languages, at their paths', () => {
    const broken = { ...jabarMkd2025, id: 'x', talentBox: { ...jabarMkd2025.talentBox, eligibleBoxes: [10] } };
    expect(issues(PolicySchema, broken)).toEqual([{ at: 'talentBox.eligibleBoxes.0:too_big', message: say('paling banyak 9, bukan 10', 'must be at most 9, not 10') }]);
  });
});

describe('a schema’s own message in both languages (_bilingual)', () => {
  it('reads each language from a pattern’s and a refinement’s own message', () => {
    const idIssue = validate(PolicySchema, { ...jabarMkd2025, id: '-bad id' });
    expect(idIssue.ok).toBe(false);
    if (!idIssue.ok) {
      const issue = idIssue.issues.find((i) => i.path.join('.') === 'id')!;
      expect(issue.message.id).toContain('huruf, angka');
      expect(issue.message.en).toContain('letters, digits');
      expect(issue.message.id).not.toContain('\u241E');
      expect(issue.message.en).not.toContain('\u241E');
    }
    const repeated = validate(PolicySchema, { ...jabarMkd2025, readiness: { ...jabarMkd2025.readiness, workspace: { ...jabarMkd2025.readiness.workspace, allowedWorkplaces: ['DOMISILI', 'DOMISILI'] } } });
    expect(repeated.ok).toBe(false);
    if (!repeated.ok) {
      const issue = repeated.issues.find((i) => i.path.join('.').endsWith('allowedWorkplaces'))!;
      expect(issue.message).toEqual({ id: 'tidak valid: tempat kerja tidak boleh berulang', en: 'is not valid: workplaces must not repeat' });
    }
  });
});
