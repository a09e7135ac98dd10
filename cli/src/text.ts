/**
 * Every sentence and label of the command line, in Bahasa Indonesia (default) and
 * English. Finding texts come from the library's catalogues (`formatFinding`); this
 * file holds only what the command itself says.
 */
import { didYouMean, maksud, policyTextOf } from './policy-text';

/** A language of the command line. */
export type Lang = 'id' | 'en';

/** The languages, default first. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/** An eligibility status of the library. */
export type StatusCode = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INDETERMINATE';
/** A gate of the library, in its order. */
export type GateCode = 'employee_criteria' | 'talent_box' | 'remoteness' | 'readiness' | 'early_warning';
/** A day status of a roster. */
export type DayCode = 'KANTOR' | 'FLEKSIBEL' | 'LAPANGAN' | 'CUTI' | 'LIBUR';

/** The command line's words and sentences in one language. */
export interface CliText {
  readonly rowAt: (file: string, row: number, column: string | undefined) => string;
  readonly recordAt: (file: string, row: number, column: string | undefined) => string;
  readonly unknownCommand: (name: string) => string;
  readonly unknownOption: (option: string, command: string) => string;
  readonly badOption: (message: string, command: string) => string;
  readonly missingValue: (option: string) => string;
  readonly missingFile: (command: string) => string;
  readonly extraArgument: (value: string, command: string) => string;
  readonly badValue: (option: string, value: string, allowed: string) => string;
  readonly badDate: (option: string, value: string) => string;
  readonly badMonth: (option: string, value: string) => string;
  readonly optionNotFor: (option: string, command: string) => string;
  readonly requiredOption: (option: string, command: string) => string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  readonly notFound: (file: string) => string;
  readonly isDirectory: (file: string) => string;
  readonly emptyFile: (file: string) => string;
  readonly notJsonArray: (file: string) => string;
  readonly badJson: (file: string, reason: string) => string;
  readonly csvError: (file: string, row: number, reason: string) => string;
  readonly unknownColumns: (file: string, columns: readonly { name: string; suggestion?: string }[]) => string;
  readonly unknownColumnsIgnored: (file: string, columns: readonly string[]) => string;
  readonly missingColumns: (file: string, columns: readonly string[]) => string;
  readonly duplicateColumn: (file: string, column: string) => string;
  readonly unknownPolicy: (value: string, presets: readonly string[], near: readonly string[]) => string;
  readonly policyInvalid: (file: string) => string;
  /** The holiday list has errors: nothing was computed. */
  readonly holidaysInvalid: (file: string, count: number) => string;
  readonly noPolicyInForce: (date: string) => string;
  readonly policyAmbiguous: (date: string) => string;
  readonly unknownSchema: (name: string, names: readonly string[]) => string;
  readonly unknownTemplate: (name: string, names: readonly string[]) => string;
  readonly internalError: (message: string) => string;
  /** A CSV file without a BOM that is not UTF-8, read as Windows-1252. */
  readonly readAsWindows1252: (file: string) => string;
  /** A CSV file that began as UTF-8 holds bytes that are not. */
  readonly invalidUtf8: (file: string) => string;
  /** A JSON file in another encoding than UTF-8. */
  readonly jsonNotUtf8: (file: string) => string;
  /** An output would replace an input file. */
  readonly outputIsInput: (option: string, output: string, input: string) => string;
  /** Two outputs name the same file. */
  readonly outputsCollide: (first: string, second: string, file: string) => string;
  readonly notNumber: (value: string) => string;
  readonly notBoolean: (value: string) => string;
  readonly badRange: (value: string) => string;
  readonly tooManyCells: (count: number, columns: number) => string;
  readonly badJsonLine: (reason: string) => string;
  readonly notAnObject: string;
  readonly duplicateNip: (nip: string, firstRow: number) => string;
  readonly duplicateMonth: (nip: string, month: string, firstRow: number) => string;
  readonly conflictingState: (nip: string, firstRow: number) => string;
  readonly stateTwice: string;
  readonly ratingsAndRealisation: string;
  readonly unitSettingsTwice: (unit: string, firstRow: number) => string;
  readonly summary: (file: string, read: number, ok: number, rejected: number) => string;
  readonly rejectedWritten: (count: number, file: string) => string;
  readonly written: (file: string) => string;
  /** The progress line: rows done, rows a second, and the seconds left when they can be told. */
  readonly progress: (rows: number, rate: number, secondsLeft: number | undefined) => string;
  readonly status: Readonly<Record<StatusCode, string>>;
  readonly outcome: Readonly<Record<'pass' | 'fail' | 'unknown', string>>;
  readonly gate: Readonly<Record<GateCode, string>>;
  readonly gateShort: Readonly<Record<GateCode, string>>;
  readonly gateLegend: string;
  readonly gateColumn: Readonly<Record<GateCode, string>>;
  readonly day: Readonly<Record<DayCode, string>>;
  readonly dayLetter: Readonly<Record<DayCode, string>>;
  readonly weekdayShort: readonly string[];
  readonly monthName: readonly string[];
  readonly columns: {
    readonly nip: string;
    readonly name: string;
    readonly unit: string;
    readonly status: string;
    readonly maxFlexible: string;
    readonly policy: string;
    readonly asOf: string;
    readonly reasons: string;
    readonly granted: string;
    readonly collective: string;
    readonly entitled: string;
    readonly month: string;
    readonly score: string;
    readonly predikat: string;
    readonly classification: string;
    readonly level: string;
    readonly flaggedStreak: string;
    readonly cleanStreak: string;
    readonly mkdAllowed: string;
    readonly mkdAllowedFor: string;
    readonly row: string;
    readonly column: string;
    readonly code: string;
    readonly message: string;
    readonly file: string;
  };
  readonly classification: Readonly<Record<'severe' | 'flagged' | 'clean' | 'missing', string>>;
  readonly yes: string;
  readonly no: string;
  readonly roster: {
    readonly title: (month: string) => string;
    readonly unitTitle: (unit: string) => string;
    readonly employee: string;
    readonly onSite: string;
    readonly required: string;
    readonly met: string;
    readonly coverage: string;
    readonly unmet: string;
    readonly notEnforced: string;
    readonly legend: string;
    readonly policy: (id: string, version: string) => string;
    readonly decisionsLine: (eligible: number, notEligible: number, indeterminate: number) => string;
    readonly grantedLine: (granted: number, entitled: number) => string;
    readonly unmetDays: (dates: readonly string[]) => string;
    readonly shortfallsLine: (count: number) => string;
    readonly rejectedLine: (count: number) => string;
    readonly generated: string;
    readonly coverageNote: string;
    readonly noEmployees: string;
  };
  readonly heads: {
    readonly nip: string;
    readonly name: string;
    readonly unit: string;
    readonly status: string;
    readonly days: string;
    readonly flex: string;
    readonly month: string;
    readonly score: string;
    readonly predikat: string;
    readonly classification: string;
    readonly level: string;
    readonly nextMonth: string;
  };
  readonly flexLegend: string;
  /** The split of the month's flexible days, shown on the Flex cell. */
  readonly flexSplit: (individual: number, collective: number) => string;
  readonly eligibilityTitle: (asOf: string, policy: string) => string;
  readonly warningsTitle: (policy: string) => string;
  readonly demo: {
    readonly title: string;
    readonly intro: (dinas: string, units: number, staff: number, asOf: string, policy: string) => string;
    readonly eligibility: string;
    readonly roster: (month: string) => string;
    readonly warnings: (from: string, to: string) => string;
    readonly warningsLine: (level: string, count: number) => string;
    readonly htmlWritten: (file: string) => string;
    readonly tryIt: string;
  };
  readonly help: Readonly<Record<HelpTopic, string>>;
}

/** Topics with a help text: the overview and each command. */
export type HelpTopic = 'main' | 'demo' | 'eligibility' | 'roster' | 'warnings' | 'schema' | 'template' | 'policy';

const COMMON_ID = `Opsi umum:
  --policy <id|berkas.json>  kebijakan: id preset (jabar-mkd-2026, jabar-mkd-2025,
                             jabar-mkd-2023, jabar-wfh-kamis-2025-11, jabar-wfh-50-50-2025-12,
                             national-fwa-2025) atau berkas JSON kebijakan: lengkap, atau
                             "extends" dan perubahannya saja (lihat \`policy --help\`).
                             Bawaan: kebijakan Jabar yang berlaku pada tanggal keputusan.
  --holidays <berkas>        daftar libur (templat holidays: tanggal;nama;jenis;nama_en):
                             libur daerah ditambahkan; libur nasional dan cuti bersama
                             sebuah tahun menggantikan daftar tahun itu (perlu dua baris
                             RAMADAN: hari pertama dan terakhir puasa)
  --provisional              izinkan kalender sementara (2027: SKB belum terbit, hari raya
                             yang berpindah-pindah diperkirakan, cuti bersama belum ada)
  --format <table|csv|json|xlsx>
                             bentuk keluaran (bawaan: table); xlsx memerlukan
                             --out <berkas.xlsx>
  --out <berkas>             tulis hasil ke berkas, bukan ke layar
  --sheet <nama|nomor>       lembar buku kerja .xlsx yang dibaca (bawaan: lembar pertama)
  --rejected <berkas>        tulis baris yang ditolak ke berkas CSV, bukan ke stderr
  --ignore-unknown-columns   abaikan kolom yang tidak dikenal (bawaan: berhenti dengan galat)
  --lang <id|en>             bahasa keluaran dan pesan (bawaan: id)
  -h, --help                 tampilkan bantuan ini`;

const COMMON_EN = `Common options:
  --policy <id|file.json>    policy: a preset id (jabar-mkd-2026, jabar-mkd-2025,
                             jabar-mkd-2023, jabar-wfh-kamis-2025-11, jabar-wfh-50-50-2025-12,
                             national-fwa-2025) or a policy JSON file: complete, or
                             "extends" and only the changes (see \`policy --help\`).
                             Default: the Jabar policy in force on the decision date.
  --holidays <file>          a holiday list (holidays template: tanggal;nama;jenis;nama_en):
                             regional holidays are added; a year's national holidays and
                             cuti bersama replace that year's list (with two RAMADAN rows:
                             the first and the last day of fasting)
  --provisional              allow a provisional calendar (2027: no SKB yet, movable
                             holidays expected, cuti bersama unknown)
  --format <table|csv|json|xlsx>
                             output format (default: table); xlsx needs
                             --out <file.xlsx>
  --out <file>               write the results to a file instead of the screen
  --sheet <name|number>      the sheet of an .xlsx workbook to read (default: the first)
  --rejected <file>          write rejected rows to a CSV file instead of stderr
  --ignore-unknown-columns   ignore columns the template does not know (default: stop with an error)
  --lang <id|en>             language of output and messages (default: id)
  -h, --help                 show this help`;

const EXIT_ID = `Kode keluar: 0 semua baris diproses · 1 ada baris yang ditolak (baris lain tetap
diproses dan ditulis) · 2 kesalahan pemakaian, berkas atau kebijakan (tidak ada hasil).`;
const EXIT_EN = `Exit codes: 0 every row processed · 1 some rows were rejected (the others are still
processed and written) · 2 usage, file or policy error (no results).`;

const HELP_ID: Readonly<Record<HelpTopic, string>> = {
  main: `kerja-dinamis — aturan Mekanisme Kerja Dinamis (MKD) Jawa Barat untuk berkas CSV/xlsx/JSON

Pemakaian: kerja-dinamis <perintah> [berkas] [opsi]

Perintah:
  demo                    jalankan seluruh rangkaian pada data contoh bawaan
  eligibility <berkas>    keputusan kelayakan MKD per pegawai (lima gerbang)
  roster <berkas>         keputusan dan jadwal kantor/fleksibel sebulan per unit (--month)
  warnings <berkas>       nilai bulanan, predikat dan tingkat peringatan dini
  schema <nama>           JSON Schema masukan: employee-record, monthly-performance,
                          work-pattern-input, policy, policy-file
  template <nama>         baris judul CSV: eligibility, warnings, units, holidays
  policy init|show|check  berkas kebijakan kabupaten/kota: buat, tampilkan, periksa

kerja-dinamis <perintah> --help menampilkan opsi perintah itu; --lang en untuk bahasa Inggris.
kerja-dinamis --version menampilkan versi.

${EXIT_ID}
Panduan lengkap: docs/cli.md`,
  demo: `Pemakaian: kerja-dinamis demo [--lang id|en] [--html <berkas> [--printed-on <YYYY-MM-DD>]]

Menjalankan seluruh rangkaian pada data contoh bawaan (Dinas fiktif, tiga unit, 60 ASN):
tabel kelayakan per 1 Februari 2026, ringkasan jadwal Februari 2026 per unit, dan
tingkat peringatan dini Oktober 2025–Januari 2026. Nama dan NIP fiktif.

Opsi:
  --html <berkas>            tulis juga kalender jadwal HTML
  --printed-on <YYYY-MM-DD>  tanggal cetak halaman HTML (bawaan: SOURCE_DATE_EPOCH
                             bila ada, dalam UTC; selain itu hari ini di WIB)
  --lang <id|en>             bahasa keluaran (bawaan: id)
  -h, --help                 tampilkan bantuan ini`,
  eligibility: `Pemakaian: kerja-dinamis eligibility <berkas.csv|berkas.xlsx|berkas.json> [opsi]

Memutuskan kelayakan MKD setiap pegawai pada tanggal keputusan: kriteria pegawai,
kotak talenta, layanan, kesiapan dan peringatan dini. Baris dibaca dan ditulis satu per
satu (berkas sebesar apa pun), dengan urutan seperti di berkas.

Masukan: CSV dengan templat pegawai (kerja-dinamis template eligibility; docs/cli.md),
pemisah ; atau , (dikenali dari baris judul), boleh ber-BOM, desimal dengan koma (92,5);
buku kerja .xlsx (lembar pertama, atau --sheet; kolom NIP berformat Teks); atau JSON:
larik rekaman, atau satu rekaman per baris (JSON lines).

Opsi perintah:
  --as-of <YYYY-MM-DD>       tanggal keputusan (bawaan: hari ini di WIB)
  --performance <berkas>     kinerja bulanan (templat warnings) yang digabungkan ke
                             setiap pegawai menurut NIP, untuk gerbang peringatan dini

${COMMON_ID}

Keluaran: table (ringkas, alasan di bawah baris yang tidak layak), csv (satu baris per
pegawai; status dan hasil gerbang berupa kode), json (keputusan lengkap pustaka), xlsx
(seperti csv, sebagai buku kerja).
NIP yang tercantum lebih dari sekali: semua barisnya ditolak.

${EXIT_ID}`,
  roster: `Pemakaian: kerja-dinamis roster <berkas.csv|berkas.xlsx|berkas.json> --month <YYYY-MM> [opsi]

Memutuskan kelayakan setiap pegawai per tanggal 1 bulan itu, lalu menyusun jadwal
sebulan per unit: hari KANTOR, FLEKSIBEL, LAPANGAN, CUTI dan LIBUR, dengan jumlah
pegawai di kantor yang dibutuhkan setiap hari kerja.

Opsi perintah:
  --month <YYYY-MM>          bulan yang dijadwalkan (wajib)
  --units <berkas>           pengaturan unit (templat units): jumlah minimum di kantor,
                             persentase, hari apel, layanan langsung, hari kolektif
                             yang disetujui (Jumat, SE 188/KPG.03/BKD)
  --html <berkas>            tulis juga kalender HTML (satu halaman, dapat dicetak A4 mendatar)
  --performance <berkas>     kinerja bulanan (templat warnings), digabungkan menurut NIP

Halaman cetak (dengan --html):
  --agency <nama>            nama instansi di atas setiap halaman unit
  --sign-title <jabatan>     blok tanda tangan di bawah setiap unit: jabatan dan nama
  --sign-name <nama>         penanda tangan (keduanya wajib bila ada opsi --sign-*)
  --sign-place <tempat>      tempat sebelum tanggal tanda tangan (pilihan)
  --sign-nip <NIP>           NIP penanda tangan (pilihan; diperiksa, dicetak berkelompok)
  --printed-on <YYYY-MM-DD>  tanggal cetak dan tanda tangan (bawaan: SOURCE_DATE_EPOCH
                             bila ada, dalam UTC; selain itu hari ini di WIB)

--format xlsx: lembar ringkasan dan satu lembar per unit, sel hari berwarna.

${COMMON_ID}
  (kebijakan bawaan: yang berlaku pada tanggal 1 bulan itu)

${EXIT_ID}`,
  warnings: `Pemakaian: kerja-dinamis warnings <berkas.csv|berkas.xlsx|berkas.json> [opsi]

Menghitung nilai bulanan (TRK, kehadiran, SKP), predikat dan tingkat peringatan dini
(NORMAL, WASPADA, PERINGATAN, DICABUT) per pegawai per bulan. Baris dikelompokkan
menurut NIP dan diurutkan menurut bulan; bulan yang kosong di antaranya dilaporkan.
Kolom keadaan tersimpan (tingkat_peringatan, bulan_ditandai, bulan_bersih,
bulan_terakhir) bersifat pilihan: evaluasi dilanjutkan dari keadaan itu.

Opsi perintah:
  --as-of <YYYY-MM-DD>       hanya untuk memilih kebijakan bawaan (bawaan: hari ini di WIB)

${COMMON_ID}

${EXIT_ID}`,
  schema: `Pemakaian: kerja-dinamis schema <nama> [--out <berkas>]

Mencetak JSON Schema (draft 2020-12) sebuah masukan, untuk aplikasi dalam bahasa lain:
  employee-record       rekaman pegawai (perintah eligibility dan roster)
  monthly-performance   kinerja satu bulan (perintah warnings)
  work-pattern-input    satu unit dan satu bulan untuk penyusunan jadwal
  policy                kebijakan lengkap (opsi --policy berkas.json)
  policy-file           berkas kebijakan: lengkap, atau "extends" dan perubahannya

Aturan yang tidak dapat dinyatakan dalam JSON Schema (tanggal yang ada, NIP yang sah,
pasangan pendamping timbal balik) tetap diperiksa oleh perintah dan pustaka.

Opsi:
  --out <berkas>   tulis ke berkas
  --lang <id|en>   bahasa pesan
  -h, --help       tampilkan bantuan ini`,
  template: `Pemakaian: kerja-dinamis template <nama> [--contoh] [--format csv|xlsx] [--out <berkas>]

Mencetak baris judul CSV sebuah templat (pemisah ;), untuk diisi di lembar kerja:
  eligibility   data pegawai (perintah eligibility dan roster)
  warnings      kinerja bulanan (perintah warnings, opsi --performance)
  units         pengaturan unit (opsi --units perintah roster)
  holidays      daftar libur (opsi --holidays)

Setiap kolom dijelaskan di docs/cli.md.

Opsi:
  --contoh, --example   tambahkan dua atau tiga baris contoh (dari examples/)
  --format <csv|xlsx>   xlsx: buku kerja dengan kolom Teks (NIP, tanggal…) berformat
                        Teks; memerlukan --out <berkas.xlsx>
  --out <berkas>        tulis ke berkas
  --lang <id|en>        bahasa pesan
  -h, --help            tampilkan bantuan ini`,
  policy: policyTextOf('id').help,
};

const HELP_EN: Readonly<Record<HelpTopic, string>> = {
  main: `kerja-dinamis — West Java's Mekanisme Kerja Dinamis (MKD) rules for CSV/xlsx/JSON files

Usage: kerja-dinamis <command> [file] [options]

Commands:
  demo                    run the whole chain on built-in sample data
  eligibility <file>      MKD eligibility decision per employee (five gates)
  roster <file>           decisions and a month's office/flexible roster per unit (--month)
  warnings <file>         monthly scores, predikat and early-warning levels
  schema <name>           JSON Schema of an input: employee-record, monthly-performance,
                          work-pattern-input, policy, policy-file
  template <name>         CSV header row: eligibility, warnings, units, holidays
  policy init|show|check  kabupaten/kota policy files: create, show, check

kerja-dinamis <command> --help shows that command's options; --lang en for English.
kerja-dinamis --version shows the version.

${EXIT_EN}
Full guide: docs/cli.md`,
  demo: `Usage: kerja-dinamis demo [--lang id|en] [--html <file> [--printed-on <YYYY-MM-DD>]]

Runs the whole chain on built-in sample data (a fictional dinas, three units, 60 ASN):
the eligibility table as of 1 February 2026, a roster summary for February 2026 per
unit, and early-warning levels for October 2025–January 2026. Names and NIPs are fictional.

Options:
  --html <file>              also write the HTML roster calendar
  --printed-on <YYYY-MM-DD>  the HTML page's print date (default: SOURCE_DATE_EPOCH
                             when set, in UTC; else today in WIB)
  --lang <id|en>             output language (default: id)
  -h, --help                 show this help`,
  eligibility: `Usage: kerja-dinamis eligibility <file.csv|file.xlsx|file.json> [options]

Decides every employee's MKD eligibility on the decision date: employee criteria,
talent box, remoteness, readiness and early warning. Rows are read and written one at
a time (files of any size), in the order of the file.

Input: CSV in the employee template (kerja-dinamis template eligibility; docs/cli.md),
delimited by ; or , (detected from the header row), with or without a BOM, decimal
commas allowed (92,5); an .xlsx workbook (the first sheet, or --sheet; the NIP column
formatted as Text); or JSON: an array of records, or one record per line (JSON lines).

Command options:
  --as-of <YYYY-MM-DD>       decision date (default: today in WIB)
  --performance <file>       monthly performance (warnings template) joined to each
                             employee by NIP, for the early-warning gate

${COMMON_EN}

Output: table (compact, reasons under rows that are not eligible), csv (one row per
employee; status and gate outcomes as codes), json (the library's full decisions), xlsx
(the csv as a workbook).
A NIP listed more than once: every row of it is rejected.

${EXIT_EN}`,
  roster: `Usage: kerja-dinamis roster <file.csv|file.xlsx|file.json> --month <YYYY-MM> [options]

Decides every employee's eligibility as of the 1st of the month, then plans the month
per unit: KANTOR, FLEKSIBEL, LAPANGAN, CUTI and LIBUR days, with the staff on site
required on each working day.

Command options:
  --month <YYYY-MM>          the month to plan (required)
  --units <file>             unit settings (units template): minimum head count on
                             site, percentage, assembly weekdays, direct public service,
                             approved collective weekdays (Friday, SE 188/KPG.03/BKD)
  --html <file>              also write the HTML calendar (one page, prints on A4 landscape)
  --performance <file>       monthly performance (warnings template), joined by NIP

The printed page (with --html):
  --agency <name>            the agency named at the top of every unit page
  --sign-title <position>    a signature block under every unit: the signatory's
  --sign-name <name>         position and name (both needed with any --sign-* option)
  --sign-place <place>       the place before the date of signing (optional)
  --sign-nip <NIP>           the signatory's NIP (optional; checked, printed in groups)
  --printed-on <YYYY-MM-DD>  the print date, also the date of signing (default:
                             SOURCE_DATE_EPOCH when set, in UTC; else today in WIB)

--format xlsx: an index sheet and one sheet per unit, day cells coloured.

${COMMON_EN}
  (default policy: the one in force on the 1st of the month)

${EXIT_EN}`,
  warnings: `Usage: kerja-dinamis warnings <file.csv|file.xlsx|file.json> [options]

Computes monthly scores (TRK, attendance, SKP), predikat and early-warning levels
(NORMAL, WASPADA, PERINGATAN, DICABUT) per employee per month. Rows are grouped by NIP
and ordered by month; months missing in between are reported. The saved-state columns
(tingkat_peringatan, bulan_ditandai, bulan_bersih, bulan_terakhir) are optional: the
evaluation continues from that state.

Command options:
  --as-of <YYYY-MM-DD>       only to pick the default policy (default: today in WIB)

${COMMON_EN}

${EXIT_EN}`,
  schema: `Usage: kerja-dinamis schema <name> [--out <file>]

Prints the JSON Schema (draft 2020-12) of an input, for apps written in other languages:
  employee-record       an employee record (eligibility and roster commands)
  monthly-performance   one month of performance (warnings command)
  work-pattern-input    one unit and one month for roster planning
  policy                a complete policy (the --policy file.json option)
  policy-file           a policy file: complete, or "extends" and the changes

Rules JSON Schema cannot express (dates that exist, valid NIPs, mutual backup
partners) are still checked by the commands and the library.

Options:
  --out <file>     write to a file
  --lang <id|en>   message language
  -h, --help       show this help`,
  template: `Usage: kerja-dinamis template <name> [--contoh] [--format csv|xlsx] [--out <file>]

Prints the CSV header row of a template (delimiter ;), to fill in a spreadsheet:
  eligibility   employee data (eligibility and roster commands)
  warnings      monthly performance (warnings command, --performance option)
  units         unit settings (roster's --units option)
  holidays      a holiday list (the --holidays option)

Every column is described in docs/cli.md.

Options:
  --contoh, --example   add two or three example rows (from examples/)
  --format <csv|xlsx>   xlsx: a workbook whose Text columns (NIP, dates…) are formatted
                        as Text; needs --out <file.xlsx>
  --out <file>          write to a file
  --lang <id|en>        message language
  -h, --help            show this help`,
  policy: policyTextOf('en').help,
};

/** `kerja-dinamis <command>`, or `kerja-dinamis` before a command is known. */
const who = (command: string): string => (command === '' ? 'kerja-dinamis' : `kerja-dinamis ${command}`);

const idNum = (n: number): string => n.toLocaleString('id-ID');
const enNum = (n: number): string => n.toLocaleString('en-US');
/** Seconds as `42 s` / `3 min 5 s` (`42 detik` / `3 menit 5 detik`). */
const duration = (seconds: number, lang: 'id' | 'en'): string => {
  const [m, s] = lang === 'id' ? ['menit', 'detik'] : ['min', 's'];
  const minutes = Math.floor(seconds / 60);
  return minutes === 0 ? `${seconds} ${s}` : `${minutes} ${m} ${seconds % 60} ${s}`;
};

const id: CliText = {
  rowAt: (file, row, column) => `${file} baris ${row}${column === undefined ? '' : `, kolom ${column}`}`,
  recordAt: (file, row, column) => `${file} rekaman ${row}${column === undefined ? '' : `, ${column}`}`,
  unknownCommand: (name) => `kerja-dinamis: perintah "${name}" tidak dikenal; lihat kerja-dinamis --help`,
  unknownOption: (option, command) => `${who(command)}: opsi ${option} tidak dikenal; lihat ${who(command)} --help`,
  badOption: (message, command) => `${who(command)}: ${message}; lihat ${who(command)} --help`,
  missingValue: (option) => `opsi ${option} memerlukan nilai`,
  missingFile: (command) => `kerja-dinamis ${command}: berkas masukan belum disebut; lihat kerja-dinamis ${command} --help`,
  extraArgument: (value, command) => `kerja-dinamis ${command}: argumen "${value}" berlebih; lihat kerja-dinamis ${command} --help`,
  badValue: (option, value, allowed) => `nilai ${option} "${value}" tidak dikenal; pilih ${allowed}`,
  badDate: (option, value) => `${option} "${value}" bukan tanggal YYYY-MM-DD yang ada`,
  badMonth: (option, value) => `${option} "${value}" bukan bulan YYYY-MM`,
  optionNotFor: (option, command) => `kerja-dinamis ${command}: opsi ${option} tidak berlaku untuk perintah ini; lihat kerja-dinamis ${command} --help`,
  requiredOption: (option, command) => `kerja-dinamis ${command}: opsi ${option} wajib diisi; lihat kerja-dinamis ${command} --help`,
  cannotRead: (file, reason) => `kerja-dinamis: berkas ${file} tidak dapat dibaca (${reason})`,
  cannotWrite: (file, reason) => `kerja-dinamis: berkas ${file} tidak dapat ditulis (${reason})`,
  notFound: (file) => `kerja-dinamis: berkas ${file} tidak ditemukan`,
  isDirectory: (file) => `kerja-dinamis: ${file} adalah folder, bukan berkas`,
  emptyFile: (file) => `kerja-dinamis: berkas ${file} kosong (tidak ada baris judul)`,
  notJsonArray: (file) => `kerja-dinamis: berkas ${file} harus berisi larik JSON rekaman atau satu rekaman JSON per baris`,
  badJson: (file, reason) => `kerja-dinamis: berkas ${file} bukan JSON yang sah (${reason})`,
  csvError: (file, row, reason) => `kerja-dinamis: ${file} baris ${row}: CSV rusak (${reason}); pembacaan dihentikan`,
  unknownColumns: (file, columns) =>
    `kerja-dinamis: ${file}: kolom tidak dikenal: ${columns.map((c) => (c.suggestion === undefined ? c.name : `${c.name} (maksud Anda ${c.suggestion}?)`)).join(', ')}; perbaiki judulnya atau pakai --ignore-unknown-columns`,
  unknownColumnsIgnored: (file, columns) => `kerja-dinamis: ${file}: kolom tidak dikenal diabaikan: ${columns.join(', ')}`,
  missingColumns: (file, columns) => `kerja-dinamis: ${file}: kolom wajib tidak ada: ${columns.join(', ')}`,
  duplicateColumn: (file, column) => `kerja-dinamis: ${file}: kolom ${column} muncul lebih dari sekali`,
  unknownPolicy: (value, presets, near) => `kerja-dinamis: kebijakan "${value}" bukan preset (${presets.join(', ')}) dan bukan berkas yang ada${maksud(near)}`,
  policyInvalid: (file) => `kerja-dinamis: kebijakan ${file} tidak sah:`,
  holidaysInvalid: (file, count) => `kerja-dinamis: daftar libur ${file} memuat ${count} kesalahan; tidak ada yang dihitung, karena kalender yang hanya sebagian benar akan memberi hasil yang keliru.`,
  noPolicyInForce: (date) => `kerja-dinamis: tidak ada preset Jabar yang berlaku pada ${date} (MKD mulai 2023-06-19); pilih dengan --policy`,
  policyAmbiguous: (date) => `kerja-dinamis: lebih dari satu kebijakan berlaku pada ${date}; pilih dengan --policy`,
  unknownSchema: (name, names) => `kerja-dinamis schema: "${name}" tidak dikenal; pilih ${names.join(', ')}`,
  unknownTemplate: (name, names) => `kerja-dinamis template: "${name}" tidak dikenal; pilih ${names.join(', ')}`,
  readAsWindows1252: (file) =>
    `kerja-dinamis: ${file} bukan UTF-8; dibaca sebagai Windows-1252 (bentuk "CSV (Comma delimited)" dari Excel). Periksa huruf seperti é dan ñ pada hasilnya; simpan sebagai "CSV UTF-8" agar pasti.`,
  invalidUtf8: (file) =>
    `kerja-dinamis: ${file} berisi bagian yang bukan UTF-8 di tengah berkas UTF-8; berkas tidak dibaca agar tidak ada huruf yang salah. Buka di Excel lalu Simpan Sebagai "CSV UTF-8 (Comma delimited)".`,
  jsonNotUtf8: (file) => `kerja-dinamis: ${file} adalah JSON yang bukan UTF-8; JSON harus UTF-8 (RFC 8259). Simpan ulang sebagai UTF-8.`,
  outputIsInput: (option, output, input) =>
    `kerja-dinamis: ${option} ${output} adalah berkas masukan ${input}; menulis ke sana akan menghapus masukan itu. Pilih nama berkas keluaran lain.`,
  outputsCollide: (first, second, file) => `kerja-dinamis: ${first} dan ${second} menunjuk berkas yang sama (${file}); beri setiap keluaran berkasnya sendiri.`,
  internalError: (message) => `kerja-dinamis: kesalahan internal: ${message} (mohon laporkan; KERJA_DINAMIS_DEBUG=1 untuk rinciannya)`,
  notNumber: (value) => `"${value}" bukan angka (pakai 92,5 atau 92.5, tanpa pemisah ribuan)`,
  notBoolean: (value) => `"${value}" bukan ya/tidak (ya, tidak, true, false, 1, 0)`,
  badRange: (value) => `"${value}" bukan rentang tanggal YYYY-MM-DD..YYYY-MM-DD yang sah (paling panjang 62 hari)`,
  tooManyCells: (count, columns) => `baris berisi ${count} sel, padahal hanya ada ${columns} kolom`,
  badJsonLine: (reason) => `bukan JSON yang sah (${reason})`,
  notAnObject: 'rekaman harus berupa objek JSON',
  duplicateNip: (nip, firstRow) => `NIP ${nip} tercantum lebih dari sekali (pertama di baris ${firstRow}); semua barisnya ditolak`,
  duplicateMonth: (nip, month, firstRow) => `bulan ${month} untuk NIP ${nip} sudah ada di baris ${firstRow}`,
  conflictingState: (nip, firstRow) => `keadaan tersimpan NIP ${nip} berbeda dengan yang di baris ${firstRow}`,
  stateTwice: 'keadaan peringatan dini tersimpan diberikan di berkas pegawai dan di berkas kinerja sekaligus',
  ratingsAndRealisation: 'isi hasil_kerja dan perilaku_kerja, atau realisasi_target, jangan keduanya',
  unitSettingsTwice: (unit, firstRow) => `unit ${unit} sudah diatur di baris ${firstRow}`,
  summary: (file, read, ok, rejected) => `${file}: ${idNum(read)} baris dibaca, ${idNum(ok)} diproses, ${idNum(rejected)} ditolak`,
  rejectedWritten: (count, file) => `${idNum(count)} masalah ditulis ke ${file}`,
  written: (file) => `hasil ditulis ke ${file}`,
  progress: (rows, rate, left) => `${idNum(rows)} baris diproses · ${idNum(rate)} baris/detik${left === undefined ? '' : ` · sisa ± ${duration(left, 'id')}`}…`,
  status: { ELIGIBLE: 'LAYAK', NOT_ELIGIBLE: 'TIDAK LAYAK', INDETERMINATE: 'BELUM DAPAT DITENTUKAN' },
  outcome: { pass: 'lulus', fail: 'gagal', unknown: 'belum diketahui' },
  gate: {
    employee_criteria: 'kriteria pegawai',
    talent_box: 'kotak talenta',
    remoteness: 'layanan jarak jauh',
    readiness: 'kesiapan',
    early_warning: 'peringatan dini',
  },
  gateShort: { employee_criteria: 'KP', talent_box: 'KT', remoteness: 'LY', readiness: 'KS', early_warning: 'PD' },
  gateColumn: { employee_criteria: 'kriteria_pegawai', talent_box: 'kotak_talenta', remoteness: 'layanan', readiness: 'kesiapan', early_warning: 'peringatan_dini' },
  gateLegend: 'KP kriteria pegawai · KT kotak talenta · LY layanan · KS kesiapan · PD peringatan dini · ✓ lulus · ✗ gagal · ? belum diketahui',
  day: { KANTOR: 'Kantor', FLEKSIBEL: 'Fleksibel', LAPANGAN: 'Lapangan', CUTI: 'Cuti', LIBUR: 'Libur' },
  dayLetter: { KANTOR: 'K', FLEKSIBEL: 'F', LAPANGAN: 'L', CUTI: 'C', LIBUR: '·' },
  weekdayShort: ['Sn', 'Sl', 'Rb', 'Km', 'Jm', 'Sb', 'Mg'],
  monthName: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  columns: {
    nip: 'nip',
    name: 'nama',
    unit: 'unit',
    status: 'status',
    maxFlexible: 'hari_fleksibel_maks',
    policy: 'kebijakan',
    asOf: 'tanggal_keputusan',
    reasons: 'alasan',
    granted: 'hari_fleksibel_diberikan',
    collective: 'hari_fleksibel_kolektif',
    entitled: 'hari_fleksibel_hak',
    month: 'bulan',
    score: 'nilai',
    predikat: 'predikat',
    classification: 'klasifikasi',
    level: 'tingkat_peringatan',
    flaggedStreak: 'bulan_ditandai',
    cleanStreak: 'bulan_bersih',
    mkdAllowed: 'mkd_diizinkan',
    mkdAllowedFor: 'berlaku_untuk',
    row: 'baris',
    column: 'kolom',
    code: 'kode',
    message: 'pesan',
    file: 'berkas',
  },
  classification: { severe: 'berat', flagged: 'ditandai', clean: 'bersih', missing: 'tanpa data' },
  yes: 'ya',
  no: 'tidak',
  roster: {
    title: (month) => `Jadwal kerja ${month}`,
    unitTitle: (unit) => `Unit ${unit}`,
    employee: 'Pegawai',
    onSite: 'Di kantor',
    required: 'Dibutuhkan',
    met: 'Terpenuhi',
    coverage: 'Di kantor / dibutuhkan',
    unmet: 'kurang dari yang dibutuhkan',
    notEnforced: 'hari fleksibel bersama (tidak diwajibkan)',
    legend: 'Keterangan',
    policy: (pid, version) => `kebijakan ${pid} (${version})`,
    decisionsLine: (e, n, i) => `${e} layak, ${n} tidak layak, ${i} belum dapat ditentukan`,
    grantedLine: (g, e) => `${g} dari ${e} hari fleksibel yang menjadi hak diberikan`,
    unmetDays: (dates) => `hari kerja dengan pegawai di kantor kurang: ${dates.join(', ')}`,
    shortfallsLine: (count) => `${count} pegawai mendapat hari fleksibel kurang dari haknya (cakupan unit atau pendamping)`,
    rejectedLine: (count) => `${count} rekaman ditolak`,
    generated: 'Dibuat oleh kerja-dinamis',
    coverageNote: 'Baris bawah: pegawai di kantor / jumlah minimal yang dibutuhkan pada hari kerja; ! berarti kurang.',
    noEmployees: '(tidak ada pegawai)',
  },
  heads: {
    nip: 'NIP',
    name: 'Nama',
    unit: 'Unit',
    status: 'Status',
    days: 'Hari',
    flex: 'Fleks',
    month: 'Bulan',
    score: 'Nilai',
    predikat: 'Predikat',
    classification: 'Bulan ini',
    level: 'Tingkat',
    nextMonth: 'MKD bulan berikutnya',
  },
  flexLegend: 'Fleks = hari fleksibel sebulan: hari individu yang diberikan ditambah hari kolektif',
  flexSplit: (i, c) => `${i} hari individu + ${c} hari kolektif`,
  eligibilityTitle: (asOf, policy) => `Kelayakan MKD per ${asOf} · ${policy}`,
  warningsTitle: (policy) => `Peringatan dini · ${policy}`,
  demo: {
    title: 'kerja-dinamis — demo pada data contoh bawaan (nama dan NIP fiktif)',
    intro: (dinas, units, staff, asOf, policy) => `${dinas}: ${units} unit, ${staff} ASN. Tanggal keputusan ${asOf}, ${policy}.`,
    eligibility: '1. Kelayakan MKD',
    roster: (month) => `2. Jadwal ${month} per unit`,
    warnings: (from, to) => `3. Peringatan dini ${from} – ${to}`,
    warningsLine: (level, count) => `${level}: ${count} ASN`,
    htmlWritten: (file) => `Kalender HTML ditulis ke ${file}`,
    tryIt: 'Coba pada data sendiri: kerja-dinamis eligibility pegawai.csv — lihat kerja-dinamis --help dan docs/cli.md.',
  },
  help: HELP_ID,
};

const en: CliText = {
  rowAt: (file, row, column) => `${file} row ${row}${column === undefined ? '' : `, column ${column}`}`,
  recordAt: (file, row, column) => `${file} record ${row}${column === undefined ? '' : `, ${column}`}`,
  unknownCommand: (name) => `kerja-dinamis: unknown command "${name}"; see kerja-dinamis --help`,
  unknownOption: (option, command) => `${who(command)}: unknown option ${option}; see ${who(command)} --help`,
  badOption: (message, command) => `${who(command)}: ${message}; see ${who(command)} --help`,
  missingValue: (option) => `option ${option} needs a value`,
  missingFile: (command) => `kerja-dinamis ${command}: no input file given; see kerja-dinamis ${command} --help`,
  extraArgument: (value, command) => `kerja-dinamis ${command}: unexpected argument "${value}"; see kerja-dinamis ${command} --help`,
  badValue: (option, value, allowed) => `unknown ${option} value "${value}"; choose ${allowed}`,
  badDate: (option, value) => `${option} "${value}" is not a YYYY-MM-DD date that exists`,
  badMonth: (option, value) => `${option} "${value}" is not a YYYY-MM month`,
  optionNotFor: (option, command) => `kerja-dinamis ${command}: option ${option} does not apply to this command; see kerja-dinamis ${command} --help`,
  requiredOption: (option, command) => `kerja-dinamis ${command}: option ${option} is required; see kerja-dinamis ${command} --help`,
  cannotRead: (file, reason) => `kerja-dinamis: cannot read ${file} (${reason})`,
  cannotWrite: (file, reason) => `kerja-dinamis: cannot write ${file} (${reason})`,
  notFound: (file) => `kerja-dinamis: file ${file} not found`,
  isDirectory: (file) => `kerja-dinamis: ${file} is a directory, not a file`,
  emptyFile: (file) => `kerja-dinamis: ${file} is empty (no header row)`,
  notJsonArray: (file) => `kerja-dinamis: ${file} must hold a JSON array of records or one JSON record per line`,
  badJson: (file, reason) => `kerja-dinamis: ${file} is not valid JSON (${reason})`,
  csvError: (file, row, reason) => `kerja-dinamis: ${file} row ${row}: malformed CSV (${reason}); reading stopped`,
  unknownColumns: (file, columns) =>
    `kerja-dinamis: ${file}: unknown columns: ${columns.map((c) => (c.suggestion === undefined ? c.name : `${c.name} (did you mean ${c.suggestion}?)`)).join(', ')}; fix the header or use --ignore-unknown-columns`,
  unknownColumnsIgnored: (file, columns) => `kerja-dinamis: ${file}: unknown columns ignored: ${columns.join(', ')}`,
  missingColumns: (file, columns) => `kerja-dinamis: ${file}: required columns missing: ${columns.join(', ')}`,
  duplicateColumn: (file, column) => `kerja-dinamis: ${file}: column ${column} appears more than once`,
  unknownPolicy: (value, presets, near) => `kerja-dinamis: policy "${value}" is neither a preset (${presets.join(', ')}) nor an existing file${didYouMean(near)}`,
  policyInvalid: (file) => `kerja-dinamis: policy ${file} is not valid:`,
  holidaysInvalid: (file, count) => `kerja-dinamis: the holiday list ${file} has ${count} ${count === 1 ? 'error' : 'errors'}; nothing was computed, as a calendar only partly right would give wrong results.`,
  noPolicyInForce: (date) => `kerja-dinamis: no Jabar preset is in force on ${date} (MKD started 2023-06-19); choose one with --policy`,
  policyAmbiguous: (date) => `kerja-dinamis: more than one policy is in force on ${date}; choose one with --policy`,
  unknownSchema: (name, names) => `kerja-dinamis schema: unknown name "${name}"; choose ${names.join(', ')}`,
  unknownTemplate: (name, names) => `kerja-dinamis template: unknown name "${name}"; choose ${names.join(', ')}`,
  readAsWindows1252: (file) =>
    `kerja-dinamis: ${file} is not UTF-8; read as Windows-1252 (Excel's "CSV (Comma delimited)"). Check letters such as é and ñ in the results; save as "CSV UTF-8" to be sure.`,
  invalidUtf8: (file) =>
    `kerja-dinamis: ${file} holds bytes that are not UTF-8 inside a UTF-8 file; it was not read, so that no letter is read wrongly. Open it in Excel and Save As "CSV UTF-8 (Comma delimited)".`,
  jsonNotUtf8: (file) => `kerja-dinamis: ${file} is JSON that is not UTF-8; JSON must be UTF-8 (RFC 8259). Save it again as UTF-8.`,
  outputIsInput: (option, output, input) => `kerja-dinamis: ${option} ${output} is the input file ${input}; writing there would destroy it. Choose another output file name.`,
  outputsCollide: (first, second, file) => `kerja-dinamis: ${first} and ${second} name the same file (${file}); give each output a file of its own.`,
  internalError: (message) => `kerja-dinamis: internal error: ${message} (please report it; KERJA_DINAMIS_DEBUG=1 shows details)`,
  notNumber: (value) => `"${value}" is not a number (write 92,5 or 92.5, no thousands separators)`,
  notBoolean: (value) => `"${value}" is not yes/no (ya, tidak, true, false, 1, 0)`,
  badRange: (value) => `"${value}" is not a valid date range YYYY-MM-DD..YYYY-MM-DD (at most 62 days)`,
  tooManyCells: (count, columns) => `the row has ${count} cells but there are only ${columns} columns`,
  badJsonLine: (reason) => `not valid JSON (${reason})`,
  notAnObject: 'a record must be a JSON object',
  duplicateNip: (nip, firstRow) => `NIP ${nip} is listed more than once (first in row ${firstRow}); every row of it is rejected`,
  duplicateMonth: (nip, month, firstRow) => `month ${month} of NIP ${nip} is already in row ${firstRow}`,
  conflictingState: (nip, firstRow) => `the saved state of NIP ${nip} differs from the one in row ${firstRow}`,
  stateTwice: 'a saved early-warning state is given both in the employee file and in the performance file',
  ratingsAndRealisation: 'fill hasil_kerja and perilaku_kerja, or realisasi_target, not both',
  unitSettingsTwice: (unit, firstRow) => `unit ${unit} is already set in row ${firstRow}`,
  summary: (file, read, ok, rejected) => `${file}: ${enNum(read)} rows read, ${enNum(ok)} processed, ${enNum(rejected)} rejected`,
  rejectedWritten: (count, file) => `${enNum(count)} problems written to ${file}`,
  written: (file) => `results written to ${file}`,
  progress: (rows, rate, left) => `${enNum(rows)} rows processed · ${enNum(rate)} rows/s${left === undefined ? '' : ` · about ${duration(left, 'en')} left`}…`,
  status: { ELIGIBLE: 'ELIGIBLE', NOT_ELIGIBLE: 'NOT ELIGIBLE', INDETERMINATE: 'INDETERMINATE' },
  outcome: { pass: 'pass', fail: 'fail', unknown: 'unknown' },
  gate: {
    employee_criteria: 'employee criteria',
    talent_box: 'talent box',
    remoteness: 'service remoteness',
    readiness: 'readiness',
    early_warning: 'early warning',
  },
  gateShort: { employee_criteria: 'EC', talent_box: 'TB', remoteness: 'RM', readiness: 'RD', early_warning: 'EW' },
  gateColumn: { employee_criteria: 'employee_criteria', talent_box: 'talent_box', remoteness: 'remoteness', readiness: 'readiness', early_warning: 'early_warning' },
  gateLegend: 'EC employee criteria · TB talent box · RM remoteness · RD readiness · EW early warning · ✓ pass · ✗ fail · ? unknown',
  day: { KANTOR: 'Office', FLEKSIBEL: 'Flexible', LAPANGAN: 'Field duty', CUTI: 'Leave', LIBUR: 'Holiday' },
  dayLetter: { KANTOR: 'K', FLEKSIBEL: 'F', LAPANGAN: 'L', CUTI: 'C', LIBUR: '·' },
  weekdayShort: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  monthName: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  columns: {
    nip: 'nip',
    name: 'name',
    unit: 'unit',
    status: 'status',
    maxFlexible: 'max_flexible_days',
    policy: 'policy',
    asOf: 'as_of',
    reasons: 'reasons',
    granted: 'flexible_days_granted',
    collective: 'collective_flexible_days',
    entitled: 'flexible_days_entitled',
    month: 'month',
    score: 'score',
    predikat: 'predikat',
    classification: 'classification',
    level: 'warning_level',
    flaggedStreak: 'flagged_streak',
    cleanStreak: 'clean_streak',
    mkdAllowed: 'mkd_allowed',
    mkdAllowedFor: 'applies_to',
    row: 'row',
    column: 'column',
    code: 'code',
    message: 'message',
    file: 'file',
  },
  classification: { severe: 'severe', flagged: 'flagged', clean: 'clean', missing: 'no data' },
  yes: 'yes',
  no: 'no',
  roster: {
    title: (month) => `Work roster ${month}`,
    unitTitle: (unit) => `Unit ${unit}`,
    employee: 'Employee',
    onSite: 'On site',
    required: 'Required',
    met: 'Met',
    coverage: 'On site / required',
    unmet: 'fewer than required',
    notEnforced: 'collective flexible day (not enforced)',
    legend: 'Legend',
    policy: (pid, version) => `policy ${pid} (${version})`,
    decisionsLine: (e, n, i) => `${e} eligible, ${n} not eligible, ${i} indeterminate`,
    grantedLine: (g, e) => `${g} of ${e} entitled flexible days granted`,
    unmetDays: (dates) => `working days with too few staff on site: ${dates.join(', ')}`,
    shortfallsLine: (count) => `${count} employees got fewer flexible days than entitled (unit coverage or backup partner)`,
    rejectedLine: (count) => `${count} records rejected`,
    generated: 'Generated by kerja-dinamis',
    coverageNote: 'Bottom row: staff on site / minimum required on each working day; ! means too few.',
    noEmployees: '(no employees)',
  },
  heads: {
    nip: 'NIP',
    name: 'Name',
    unit: 'Unit',
    status: 'Status',
    days: 'Days',
    flex: 'Flex',
    month: 'Month',
    score: 'Score',
    predikat: 'Predikat',
    classification: 'Month was',
    level: 'Level',
    nextMonth: 'MKD next month',
  },
  flexLegend: 'Flex = flexible days in the month: individual days granted plus collective days',
  flexSplit: (i, c) => `${i} individual ${i === 1 ? 'day' : 'days'} + ${c} collective ${c === 1 ? 'day' : 'days'}`,
  eligibilityTitle: (asOf, policy) => `MKD eligibility as of ${asOf} · ${policy}`,
  warningsTitle: (policy) => `Early warning · ${policy}`,
  demo: {
    title: 'kerja-dinamis — demo on built-in sample data (fictional names and NIPs)',
    intro: (dinas, units, staff, asOf, policy) => `${dinas}: ${units} units, ${staff} ASN. Decision date ${asOf}, ${policy}.`,
    eligibility: '1. MKD eligibility',
    roster: (month) => `2. Roster for ${month} per unit`,
    warnings: (from, to) => `3. Early warning ${from} – ${to}`,
    warningsLine: (level, count) => `${level}: ${count} ASN`,
    htmlWritten: (file) => `HTML calendar written to ${file}`,
    tryIt: 'Try it on your own data: kerja-dinamis eligibility employees.csv — see kerja-dinamis --help and docs/cli.md.',
  },
  help: HELP_EN,
};

/** The words of one language. */
export function textOf(lang: Lang): CliText {
  return lang === 'en' ? en : id;
}

/** A number for people: decimal comma in Bahasa Indonesia, point in English; no grouping. */
export function formatDecimal(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'id' ? text.replace('.', ',') : text;
}
