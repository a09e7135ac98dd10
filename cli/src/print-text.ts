/**
 * The words of the printed roster page (`roster --html`): print date, policy line,
 * coverage, holidays, signature block, and the messages of the options that set them,
 * in Bahasa Indonesia and English. Kept beside text.ts so that the page's words stay
 * together.
 */
import type { HolidayKind } from 'kerja-dinamis';
import { textOf, type Lang } from './text';

/** The printed page's words and sentences in one language. */
export interface PrintText {
  /** A date in words, e.g. `2 Februari 2026`. */
  readonly date: (iso: string) => string;
  /** The print date line. */
  readonly printedOn: (date: string) => string;
  /** The policy's id and version, in small print after its name. */
  readonly policyRef: (id: string, version: string) => string;
  /** Label before the policy's name. */
  readonly policy: string;
  /** Label before a unit's id in the title. */
  readonly unit: string;
  /** The minimum after the staff on site in a coverage cell: `(min. 3)`. */
  readonly minimum: (required: number) => string;
  /** Label of the coverage row. */
  readonly coverage: string;
  /** Legend of a coverage cell. */
  readonly coverageLegend: string;
  /** Legend of a coverage cell on a collective flexible day. */
  readonly collectiveLegend: string;
  /** The note under the table explaining the coverage row. */
  readonly coverageNote: string;
  /** Label of the month's holidays. */
  readonly holidays: string;
  /** Said when the month has no holiday. */
  readonly noHolidays: string;
  /** The kind of a holiday. */
  readonly holidayKind: Readonly<Record<HolidayKind, string>>;
  /** Mark of a holiday whose date is expected, not decided (a provisional year). */
  readonly expected: string;
  /** Column head of the NIP. */
  readonly nip: string;
  /** The NIP line of the signature block. */
  readonly signatoryNip: (nip: string) => string;
  /** Print options given without `--html`. */
  readonly needsHtml: (options: readonly string[], command: string) => string;
  /** Some signature options given, but not the ones a signature block needs. */
  readonly signatureIncomplete: (missing: readonly string[]) => string;
  /** An option given an empty value. */
  readonly blankOption: (option: string) => string;
  /** `--sign-nip` is not a valid NIP. */
  readonly badSignNip: (value: string, problems: readonly string[]) => string;
  /** `SOURCE_DATE_EPOCH` is not a whole number of seconds from 1970 to 9999. */
  readonly badSourceDateEpoch: (value: string) => string;
}

/** `2026-02-02` in words with the month names of a language. */
function dateInWords(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${textOf(lang).monthName[Number(m) - 1] ?? m} ${y}`;
}

const id: PrintText = {
  date: (iso) => dateInWords(iso, 'id'),
  printedOn: (date) => `Dicetak ${date}`,
  policyRef: (pid, version) => `${pid}, versi ${version}`,
  policy: 'Kebijakan',
  unit: 'Unit',
  minimum: (required) => `(min. ${required})`,
  coverage: 'Di kantor (min. dibutuhkan)',
  coverageLegend: 'di kantor (min. dibutuhkan)',
  collectiveLegend: 'hari fleksibel bersama: tanpa minimum',
  coverageNote: 'Baris bawah: pegawai di kantor pada setiap hari kerja dan, dalam kurung, jumlah minimal yang dibutuhkan; ! berarti kurang.',
  holidays: 'Libur bulan ini',
  noHolidays: 'tidak ada libur nasional, cuti bersama atau libur daerah',
  holidayKind: { LIBUR_NASIONAL: 'libur nasional', CUTI_BERSAMA: 'cuti bersama', LIBUR_DAERAH: 'libur daerah' },
  expected: 'perkiraan',
  nip: 'NIP',
  signatoryNip: (nip) => `NIP ${nip}`,
  needsHtml: (options, command) => `kerja-dinamis ${command}: ${options.join(', ')} hanya berlaku untuk halaman cetak; tambahkan --html <berkas>`,
  signatureIncomplete: (missing) => `kerja-dinamis roster: blok tanda tangan memerlukan ${missing.join(' dan ')}`,
  blankOption: (option) => `kerja-dinamis roster: opsi ${option} tidak boleh kosong`,
  badSignNip: (value, problems) => `kerja-dinamis roster: --sign-nip "${value}" bukan NIP yang sah: ${problems.join('; ')}`,
  badSourceDateEpoch: (value) =>
    `kerja-dinamis: SOURCE_DATE_EPOCH "${value.slice(0, 40)}" bukan jumlah detik sejak 1970-01-01 00:00:00 UTC (bilangan bulat, sampai tahun 9999); perbaiki atau hapus variabel itu, atau pakai --printed-on YYYY-MM-DD`,
};

const en: PrintText = {
  date: (iso) => dateInWords(iso, 'en'),
  printedOn: (date) => `Printed ${date}`,
  policyRef: (pid, version) => `${pid}, version ${version}`,
  policy: 'Policy',
  unit: 'Unit',
  minimum: (required) => `(min. ${required})`,
  coverage: 'On site (min. required)',
  coverageLegend: 'on site (min. required)',
  collectiveLegend: 'collective flexible day: no minimum',
  coverageNote: 'Bottom row: staff on site on each working day and, in brackets, the minimum required; ! means too few.',
  holidays: 'Holidays this month',
  noHolidays: 'no national holiday, cuti bersama or regional holiday',
  holidayKind: { LIBUR_NASIONAL: 'national holiday', CUTI_BERSAMA: 'cuti bersama', LIBUR_DAERAH: 'regional holiday' },
  expected: 'expected',
  nip: 'NIP',
  signatoryNip: (nip) => `NIP ${nip}`,
  needsHtml: (options, command) => `kerja-dinamis ${command}: ${options.join(', ')} only apply to the printed page; add --html <file>`,
  signatureIncomplete: (missing) => `kerja-dinamis roster: the signature block needs ${missing.join(' and ')}`,
  blankOption: (option) => `kerja-dinamis roster: option ${option} must not be empty`,
  badSignNip: (value, problems) => `kerja-dinamis roster: --sign-nip "${value}" is not a valid NIP: ${problems.join('; ')}`,
  badSourceDateEpoch: (value) =>
    `kerja-dinamis: SOURCE_DATE_EPOCH "${value.slice(0, 40)}" is not a number of seconds since 1970-01-01 00:00:00 UTC (a whole number, up to the year 9999); fix or unset the variable, or use --printed-on YYYY-MM-DD`,
};

/** The printed page's words of one language. */
export function printTextOf(lang: Lang): PrintText {
  return lang === 'en' ? en : id;
}
