/**
 * What the command says about spreadsheets, in Bahasa Indonesia and English: reading and
 * writing `.xlsx` workbooks, and the hints for the habits of spreadsheet users (NIPs in
 * scientific notation, thousands separators, date serial numbers, a row written with
 * another delimiter). Kept apart from text.ts so that both grow without colliding.
 */
import type { Lang } from './text';

/** Why a ZIP archive was refused, in words (see `ZipProblem`). */
export type ArchiveReason =
  | { readonly kind: 'too_many_entries'; readonly count: number; readonly limit: number }
  | { readonly kind: 'too_large'; readonly entry: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'ratio'; readonly entry: string; readonly ratio: number; readonly limit: number }
  | { readonly kind: 'size_mismatch'; readonly entry: string; readonly declared: number };

/** The sentences of one language. */
export interface SheetText {
  /** A password-protected (encrypted) workbook. */
  readonly encryptedWorkbook: (file: string) => string;
  /** An Excel 97–2003 workbook. */
  readonly oldXls: (file: string) => string;
  /** An OLE compound file that is not a workbook, or whose directory is damaged. */
  readonly oleNotWorkbook: (file: string, damaged: boolean) => string;
  /** An OpenDocument spreadsheet. */
  readonly odsNotRead: (file: string) => string;
  /** A binary `.xlsb` workbook. */
  readonly xlsbNotRead: (file: string) => string;
  /** A ZIP archive that is not a workbook. */
  readonly zipNotWorkbook: (file: string) => string;
  /** A file named like a workbook that holds text. */
  readonly notWorkbookDespiteName: (file: string) => string;
  /** A workbook that cannot be read. */
  readonly badWorkbook: (file: string, reason: string) => string;
  /** An archive refused by the limits (a possible zip bomb). */
  readonly archiveRefused: (file: string, reason: ArchiveReason) => string;
  /** A ZIP entry encrypted with ZIP's own password. */
  readonly encryptedEntry: (file: string) => string;
  /** A sheet without rows. */
  readonly emptySheet: (file: string, sheet: string) => string;
  /** Merged cells in the header row. */
  readonly mergedHeader: (file: string, sheet: string, ranges: readonly string[]) => string;
  /** `--sheet` names no sheet. */
  readonly sheetNotFound: (file: string, wanted: string, sheets: readonly string[]) => string;
  /** The sheet is a chart or macro sheet. */
  readonly notAWorksheet: (file: string, sheet: string) => string;
  /** The first sheet was read from a workbook with several. */
  readonly firstSheetRead: (file: string, sheet: string, others: readonly string[]) => string;
  /** `--sheet` with a CSV or JSON file. */
  readonly sheetOnlyForWorkbooks: (file: string) => string;
  /** `--format xlsx` without `--out`. */
  readonly xlsxNeedsOut: (command: string) => string;
  /** `--format xlsx` with an `--out` file not ending in `.xlsx`. */
  readonly xlsxOutExtension: (file: string, command: string) => string;
  /** `--out x.xlsx` with a text format. */
  readonly textToXlsxFile: (file: string, format: string, command: string) => string;
  /** `template --format` other than csv or xlsx. */
  readonly templateFormat: (format: string) => string;
  /** A NIP written in scientific notation. */
  readonly nipScientific: (value: string) => string;
  /** A NIP stored as a number. */
  readonly nipAsNumber: (value: string) => string;
  /** A number too long for a text column. */
  readonly longNumberAsText: (value: string) => string;
  /** A thousands separator where a whole number is expected. */
  readonly thousandsSeparator: (value: string, digits: string) => string;
  /** An Excel date serial in a date column. */
  readonly dateSerial: (value: string, date: string) => string;
  /** An Excel date serial in a month column. */
  readonly monthSerial: (value: string, month: string) => string;
  /** A date that is not the first of its month in a month column. */
  readonly dateForMonth: (date: string) => string;
  /** A time, or a date before 1 March 1900. */
  readonly earlyDate: (date: string) => string;
  /** A cell holding a spreadsheet error (`undefined`: a formula's error result). */
  readonly cellError: (error: string | undefined) => string;
  /** A formula whose result was never saved. */
  readonly formulaWithoutResult: string;
  /** A cell whose value could not be read. */
  readonly unreadableCell: string;
  /** One cell holding a whole row written with another delimiter. */
  readonly wrongDelimiter: (found: string, header: string | undefined) => string;
  /** A row inside merged cells. */
  readonly mergedRow: (range: string) => string;
  /** Names of delimiters. */
  readonly delimiterName: Readonly<Record<';' | ',' | '\t', string>>;
  /** Sheet names and the index sheet's headers of written workbooks (sheet names are words; headers follow the CSV's lower_case style). */
  readonly book: {
    readonly eligibility: string;
    readonly warnings: string;
    readonly roster: string;
    readonly index: string;
    readonly legend: string;
    readonly sheet: string;
    readonly employees: string;
    readonly eligible: string;
    readonly notEligible: string;
    readonly indeterminate: string;
    readonly unmetDays: string;
    readonly notes: string;
  };
}

const bytes = (n: number, lang: Lang): string => {
  const mib = n / (1024 * 1024);
  const text = mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${mib.toFixed(mib < 10 ? 1 : 0)} MiB`;
  return lang === 'id' ? text.replace('.', ',') : text;
};

const quoteList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

const id: SheetText = {
  encryptedWorkbook: (file) =>
    `kerja-dinamis: ${file} dilindungi kata sandi (terenkripsi) dan tidak dapat dibaca; buka di lembar kerja, hapus kata sandinya (File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan) lalu simpan lagi sebagai .xlsx, atau simpan sebagai CSV`,
  oldXls: (file) => `kerja-dinamis: ${file} adalah buku kerja Excel 97–2003 (.xls) yang tidak dibaca; buka di lembar kerja dan simpan sebagai .xlsx (Buku Kerja Excel) atau CSV`,
  oleNotWorkbook: (file, damaged) =>
    damaged
      ? `kerja-dinamis: ${file} adalah berkas OLE (seperti .xls lama atau buku kerja berkata sandi) yang direktorinya rusak; simpan ulang sebagai .xlsx tanpa kata sandi, atau sebagai CSV`
      : `kerja-dinamis: ${file} adalah berkas OLE (misalnya dokumen .doc), bukan buku kerja; simpan data sebagai .xlsx atau CSV`,
  odsNotRead: (file) => `kerja-dinamis: ${file} adalah lembar kerja OpenDocument (.ods) yang tidak dibaca; simpan sebagai .xlsx atau CSV`,
  xlsbNotRead: (file) => `kerja-dinamis: ${file} adalah buku kerja biner Excel (.xlsb) yang tidak dibaca; simpan sebagai .xlsx atau CSV`,
  zipNotWorkbook: (file) => `kerja-dinamis: ${file} adalah arsip ZIP tetapi bukan buku kerja .xlsx (tidak ada xl/workbook.xml)`,
  notWorkbookDespiteName: (file) =>
    `kerja-dinamis: ${file} bernama seperti buku kerja tetapi isinya teks (sering berupa ekspor HTML atau CSV yang diberi nama .xls); buka di lembar kerja lalu simpan sebagai .xlsx atau CSV`,
  badWorkbook: (file, reason) => `kerja-dinamis: ${file} tidak dapat dibaca sebagai buku kerja .xlsx (${reason})`,
  archiveRefused: (file, r) => {
    const why =
      r.kind === 'too_many_entries'
        ? `berisi ${r.count} bagian, lebih dari batas ${r.limit}`
        : r.kind === 'too_large'
          ? `bagian ${r.entry} mengembang menjadi lebih dari ${bytes(r.limit, 'id')} (batas; ${bytes(r.bytes, 'id')})`
          : r.kind === 'ratio'
            ? `bagian ${r.entry} dimampatkan ${r.ratio}:1, lebih dari batas ${r.limit}:1`
            : `bagian ${r.entry} mengembang tidak sebesar yang dinyatakannya (${r.declared} bita)`;
    return `kerja-dinamis: ${file} ditolak: ${why}; arsip seperti ini dapat menghabiskan memori (zip bomb). Batasnya ada di docs/cli.md.`;
  },
  encryptedEntry: (file) => `kerja-dinamis: ${file} berisi bagian yang dienkripsi; simpan ulang tanpa kata sandi`,
  emptySheet: (file, sheet) => `kerja-dinamis: lembar "${sheet}" di ${file} kosong (tidak ada baris judul)`,
  mergedHeader: (file, sheet, ranges) =>
    `kerja-dinamis: baris judul lembar "${sheet}" di ${file} berisi sel yang digabung (${ranges.join(', ')}); pisahkan gabungannya (Unmerge) agar setiap kolom punya judulnya sendiri`,
  sheetNotFound: (file, wanted, sheets) => `kerja-dinamis: ${file} tidak memiliki lembar "${wanted}"; lembarnya: ${quoteList(sheets)} (pilih dengan --sheet nama atau nomor urut)`,
  notAWorksheet: (file, sheet) => `kerja-dinamis: lembar "${sheet}" di ${file} bukan lembar tabel (misalnya lembar grafik)`,
  firstSheetRead: (file, sheet, others) => `kerja-dinamis: ${file}: lembar pertama "${sheet}" dibaca; lembar lain: ${quoteList(others)} (pilih dengan --sheet)`,
  sheetOnlyForWorkbooks: (file) => `kerja-dinamis: opsi --sheet hanya untuk buku kerja .xlsx, sedangkan ${file} bukan buku kerja`,
  xlsxNeedsOut: (command) => `kerja-dinamis ${command}: --format xlsx memerlukan --out <berkas.xlsx>; buku kerja tidak pernah ditulis ke layar`,
  xlsxOutExtension: (file, command) => `kerja-dinamis ${command}: --format xlsx menulis buku kerja; nama berkas --out harus berakhiran .xlsx (bukan ${file})`,
  textToXlsxFile: (file, format, command) => `kerja-dinamis ${command}: ${file} berakhiran .xlsx tetapi bentuk keluarannya ${format}; tambahkan --format xlsx`,
  templateFormat: (format) => `kerja-dinamis template: --format ${format} tidak berlaku untuk templat; pilih csv atau xlsx`,
  nipScientific: (value) => `"${value}" adalah NIP dalam notasi ilmiah: format kolom NIP sebagai Teks dan ketik ulang NIP-nya: digit terakhirnya sudah hilang`,
  nipAsNumber: (value) =>
    `NIP tersimpan sebagai angka (${value}): kolom NIP harus berformat Teks; format kolomnya sebagai Teks dan ketik ulang NIP-nya, karena 18 digit tidak bertahan sebagai angka`,
  longNumberAsText: (value) => `${value} tersimpan sebagai angka yang terlalu panjang untuk menyimpan setiap digit: format kolomnya sebagai Teks dan ketik ulang`,
  thousandsSeparator: (value, digits) => `"${value}" tampaknya ${digits} dengan pemisah ribuan; kolom ini berisi bilangan bulat: tulis ${digits} tanpa pemisah`,
  dateSerial: (value, date) => `${value} adalah nomor seri tanggal Excel; artinya ${date} — format kolomnya sebagai tanggal atau ketik YYYY-MM-DD`,
  monthSerial: (value, month) => `${value} adalah nomor seri tanggal Excel; artinya bulan ${month} — format kolomnya sebagai Teks dan ketik YYYY-MM`,
  dateForMonth: (date) => `tanggal ${date} di kolom bulan: format kolomnya sebagai Teks dan ketik YYYY-MM`,
  earlyDate: (date) => `sel berisi jam atau tanggal sebelum 1 Maret 1900 (${date}), yang tidak dapat dipercaya di lembar kerja; ketik tanggalnya sebagai YYYY-MM-DD`,
  cellError: (error) =>
    error === undefined ? 'hasil rumus di sel ini adalah galat lembar kerja (#DIV/0!, #N/A…): perbaiki rumusnya atau ketik nilainya' : `sel berisi galat lembar kerja ${error}: perbaiki rumusnya atau ketik nilainya`,
  formulaWithoutResult:
    'rumus tanpa hasil tersimpan: kerja-dinamis tidak pernah menghitung rumus; buka berkas di lembar kerja, biarkan dihitung, lalu simpan lagi (atau salin lalu tempel sebagai nilai)',
  unreadableCell: 'isi sel ini tidak dapat dibaca; ketik ulang nilainya',
  wrongDelimiter: (found, header) =>
    header === undefined
      ? `seluruh baris ada dalam satu sel yang dipisah ${found} (CSV yang ditempel?): pisahkan ke kolom-kolom (Data › Teks ke Kolom)`
      : `baris ini satu sel yang berisi ${found}, sedangkan judul dipisah ${header}: baris ini ditulis dengan pemisah lain; ekspor ulang seluruh berkas dengan satu pemisah`,
  mergedRow: (range) => `baris ini berada dalam sel gabungan ${range}; hanya baris pertama gabungan yang berisi nilai: pisahkan gabungannya dan isi setiap baris`,
  delimiterName: { ';': 'titik koma (;)', ',': 'koma (,)', '\t': 'tab' },
  book: {
    eligibility: 'Kelayakan',
    warnings: 'Peringatan dini',
    roster: 'Jadwal',
    index: 'Ringkasan',
    legend: 'Keterangan',
    sheet: 'lembar',
    employees: 'pegawai',
    eligible: 'layak',
    notEligible: 'tidak_layak',
    indeterminate: 'belum_dapat_ditentukan',
    unmetDays: 'hari_kurang_pegawai',
    notes: 'catatan',
  },
};

const en: SheetText = {
  encryptedWorkbook: (file) =>
    `kerja-dinamis: ${file} is password-protected (encrypted) and cannot be read; open it in a spreadsheet, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it again as .xlsx, or save it as CSV`,
  oldXls: (file) => `kerja-dinamis: ${file} is an Excel 97–2003 workbook (.xls), which is not read; open it in a spreadsheet and save it as .xlsx (Excel Workbook) or CSV`,
  oleNotWorkbook: (file, damaged) =>
    damaged
      ? `kerja-dinamis: ${file} is an OLE file (like an old .xls or a password-protected workbook) whose directory is damaged; save it again as .xlsx without a password, or as CSV`
      : `kerja-dinamis: ${file} is an OLE file (a .doc document, for instance), not a workbook; save the data as .xlsx or CSV`,
  odsNotRead: (file) => `kerja-dinamis: ${file} is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx or CSV`,
  xlsbNotRead: (file) => `kerja-dinamis: ${file} is a binary Excel workbook (.xlsb), which is not read; save it as .xlsx or CSV`,
  zipNotWorkbook: (file) => `kerja-dinamis: ${file} is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)`,
  notWorkbookDespiteName: (file) =>
    `kerja-dinamis: ${file} is named like a workbook but holds text (often an HTML or CSV export named .xls); open it in a spreadsheet and save it as .xlsx or CSV`,
  badWorkbook: (file, reason) => `kerja-dinamis: ${file} cannot be read as an .xlsx workbook (${reason})`,
  archiveRefused: (file, r) => {
    const why =
      r.kind === 'too_many_entries'
        ? `it holds ${r.count} parts, more than the limit of ${r.limit}`
        : r.kind === 'too_large'
          ? `part ${r.entry} expands past ${bytes(r.limit, 'en')} (the limit; ${bytes(r.bytes, 'en')})`
          : r.kind === 'ratio'
            ? `part ${r.entry} is compressed ${r.ratio}:1, more than the limit of ${r.limit}:1`
            : `part ${r.entry} does not expand to the size it declares (${r.declared} bytes)`;
    return `kerja-dinamis: ${file} refused: ${why}; an archive like this can exhaust memory (a zip bomb). The limits are in docs/cli.md.`;
  },
  encryptedEntry: (file) => `kerja-dinamis: ${file} holds encrypted parts; save it again without a password`,
  emptySheet: (file, sheet) => `kerja-dinamis: sheet "${sheet}" of ${file} is empty (no header row)`,
  mergedHeader: (file, sheet, ranges) =>
    `kerja-dinamis: the header row of sheet "${sheet}" of ${file} has merged cells (${ranges.join(', ')}); unmerge them so that every column has its own header`,
  sheetNotFound: (file, wanted, sheets) => `kerja-dinamis: ${file} has no sheet "${wanted}"; its sheets: ${quoteList(sheets)} (choose with --sheet name or number)`,
  notAWorksheet: (file, sheet) => `kerja-dinamis: sheet "${sheet}" of ${file} is not a table (a chart sheet, for instance)`,
  firstSheetRead: (file, sheet, others) => `kerja-dinamis: ${file}: the first sheet "${sheet}" was read; other sheets: ${quoteList(others)} (choose with --sheet)`,
  sheetOnlyForWorkbooks: (file) => `kerja-dinamis: option --sheet is for .xlsx workbooks only, and ${file} is not one`,
  xlsxNeedsOut: (command) => `kerja-dinamis ${command}: --format xlsx needs --out <file.xlsx>; a workbook is never written to the screen`,
  xlsxOutExtension: (file, command) => `kerja-dinamis ${command}: --format xlsx writes a workbook; the --out file must end in .xlsx (not ${file})`,
  textToXlsxFile: (file, format, command) => `kerja-dinamis ${command}: ${file} ends in .xlsx but the output format is ${format}; add --format xlsx`,
  templateFormat: (format) => `kerja-dinamis template: --format ${format} does not apply to templates; choose csv or xlsx`,
  nipScientific: (value) => `"${value}" is a NIP in scientific notation: format the NIP column as Text and type the NIP again: the last digits are already lost`,
  nipAsNumber: (value) =>
    `the NIP is stored as a number (${value}): format the NIP column as Text and type the NIP again; 18 digits do not survive a number`,
  longNumberAsText: (value) => `${value} is stored as a number too long to keep every digit: format the column as Text and type it again`,
  thousandsSeparator: (value, digits) => `"${value}" looks like ${digits} with a thousands separator; this column takes whole numbers: write ${digits} without separators`,
  dateSerial: (value, date) => `${value} is an Excel date serial number; it would be ${date} — format the column as a date or type YYYY-MM-DD`,
  monthSerial: (value, month) => `${value} is an Excel date serial number; it would be the month ${month} — format the column as Text and type YYYY-MM`,
  dateForMonth: (date) => `the date ${date} in a month column: format the column as Text and type YYYY-MM`,
  earlyDate: (date) => `the cell holds a time or a date before 1 March 1900 (${date}), which spreadsheets do not keep reliably; type the date as YYYY-MM-DD`,
  cellError: (error) =>
    error === undefined ? "the formula's result in this cell is a spreadsheet error (#DIV/0!, #N/A…): fix the formula or type the value" : `the cell holds the spreadsheet error ${error}: fix the formula or type the value`,
  formulaWithoutResult:
    'a formula without a saved result: kerja-dinamis never calculates formulas; open the file in a spreadsheet, let it calculate and save it again (or copy and paste as values)',
  unreadableCell: 'the content of this cell cannot be read; type the value again',
  wrongDelimiter: (found, header) =>
    header === undefined
      ? `the whole row is in one cell, separated by ${found} (pasted CSV?): split it into columns (Data › Text to Columns)`
      : `this row is one cell holding ${found} while the header is separated by ${header}: the row was written with another delimiter; export the whole file again with one delimiter`,
  mergedRow: (range) => `this row lies in the merged cells ${range}; only the first row of a merge holds the value: unmerge them and fill in every row`,
  delimiterName: { ';': 'semicolons (;)', ',': 'commas (,)', '\t': 'tabs' },
  book: {
    eligibility: 'Eligibility',
    warnings: 'Early warning',
    roster: 'Roster',
    index: 'Index',
    legend: 'Legend',
    sheet: 'sheet',
    employees: 'employees',
    eligible: 'eligible',
    notEligible: 'not_eligible',
    indeterminate: 'indeterminate',
    unmetDays: 'days_short_of_staff',
    notes: 'notes',
  },
};

/** The sentences of one language. */
export function sheetTextOf(lang: Lang): SheetText {
  return lang === 'en' ? en : id;
}
