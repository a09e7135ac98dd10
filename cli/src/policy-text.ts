/**
 * What the `policy` command and policy files say, in Bahasa Indonesia and English (kept
 * apart from text.ts, whose other sentences change with other commands).
 */
import type { Lang } from './text';

/** The sentences of `kerja-dinamis policy` and of reading policy files, in one language. */
export interface PolicyText {
  /** The subcommand is missing or unknown. */
  readonly unknownSubcommand: (name: string | undefined) => string;
  /** `extends` of a file goes round in a circle. */
  readonly cycle: (files: readonly string[]) => string;
  /** Too many files extend one another. */
  readonly tooDeep: (file: string, limit: number) => string;
  /** Which file's `extends` named a file that could not be used. */
  readonly extendsFrom: (file: string) => string;
  /** A hint after an `extends` that names nothing known. */
  readonly extendsHint: (presets: readonly string[]) => string;
  /** `--from` names no preset. */
  readonly unknownPreset: (value: string, presets: readonly string[], near: readonly string[]) => string;
  /** `--id` is not a usable policy id. */
  readonly badId: (value: string, from: string) => string;
  /** The `name` a new file starts with. */
  readonly initName: (id: string, from: string) => string;
  /** After `init`: how to get the JSON Schema the file's `$schema` points to. */
  readonly schemaHint: (file: string | undefined) => string;
  /** `check` found nothing wrong. */
  readonly ok: (label: string, chain: string) => string;
  /** The header of `show`. */
  readonly showTitle: (label: string, chain: string) => string;
  /** The legend of `show`: what `*` and `[D]` mean. */
  readonly showLegend: (base: string | undefined) => string;
  /** "source" before a setting's source. */
  readonly source: string;
  /** The column names of `show --format csv`. */
  readonly columns: { readonly path: string; readonly value: string; readonly unit: string; readonly meaning: string; readonly source: string; readonly changed: string };
  /** The help of `kerja-dinamis policy`. */
  readonly help: string;
}

const SCHEMA_FILE = 'policy-file.schema.json';

const choice = (names: readonly string[], or: string): string =>
  names.length === 1 ? `"${names[0]!}"` : `${names.slice(0, -1).map((n) => `"${n}"`).join(', ')} ${or} "${names[names.length - 1]!}"`;
/** "; maksud Anda "a" atau "b"?" after a refused name, or nothing when no known name is close. */
export const maksud = (near: readonly string[]): string => (near.length === 0 ? '' : `; maksud Anda ${choice(near, 'atau')}?`);
/** "; did you mean "a" or "b"?" after a refused name, or nothing when no known name is close. */
export const didYouMean = (near: readonly string[]): string => (near.length === 0 ? '' : `; did you mean ${choice(near, 'or')}?`);

const HELP_ID = `Pemakaian:
  kerja-dinamis policy init --from <preset> --id <id baru> [--out <berkas.json>]
  kerja-dinamis policy show [<preset|berkas.json>] [--format table|csv|json] [--out <berkas>]
  kerja-dinamis policy check <berkas.json>

Berkas kebijakan kabupaten/kota hanya memuat yang berbeda dari kebijakan asalnya:
  { "extends": "jabar-mkd-2026", "id": "tasikmalaya-mkd-2026", "talentBox": { "eligibleBoxes": [5, 7, 8, 9] } }
"extends" berupa id preset, atau jalur berkas kebijakan lain relatif terhadap berkas ini
(mis. "./kebijakan-kabupaten.json"; rantai sampai 8 berkas). Objek digabung, larik dan nilai
diganti. Berkas kebijakan lengkap (tanpa "extends") tetap diterima. Berkas dipakai perintah
lain dengan --policy <berkas.json>.

Subperintah:
  init    tulis berkas awal turunan sebuah preset: $schema, extends, id, nama, yurisdiksi,
          tanggal berlaku, dan pengaturan yang biasa diubah kabupaten/kota (kotak talenta,
          hari per kotak, batas mingguan, hari apel, perubahan katalog layanan, libur daerah)
          berisi nilai preset, sehingga sah apa adanya
  show    semua pengaturan kebijakan yang berlaku: nilai, arti, satuan dan sumbernya ([D] =
          nilai bawaan proyek ini); * menandai yang berbeda dari kebijakan asalnya. Tanpa
          argumen: kebijakan Jabar yang berlaku hari ini (atau pada --as-of)
  check   periksa berkas: satu baris "sah" (kode keluar 0), atau setiap masalah dengan
          letaknya di berkas (kode keluar 2)

Opsi:
  --from <preset>            preset asal (init)
  --id <id>                  id kebijakan baru (init): huruf, angka, ".", "_", "-"
  --as-of <YYYY-MM-DD>       tanggal untuk memilih kebijakan bawaan (show)
  --format <table|csv|json>  bentuk keluaran (show; bawaan: table)
  --out <berkas>             tulis ke berkas, bukan ke layar (init, show)
  --lang <id|en>             bahasa keluaran dan pesan (bawaan: id)
  -h, --help                 tampilkan bantuan ini

JSON Schema berkas kebijakan (untuk pemeriksaan di editor): kerja-dinamis schema policy-file.
Kode keluar: 0 berhasil · 2 kesalahan pemakaian, berkas atau kebijakan.`;

const HELP_EN = `Usage:
  kerja-dinamis policy init --from <preset> --id <new id> [--out <file.json>]
  kerja-dinamis policy show [<preset|file.json>] [--format table|csv|json] [--out <file>]
  kerja-dinamis policy check <file.json>

A kabupaten/kota policy file holds only what differs from the policy it starts from:
  { "extends": "jabar-mkd-2026", "id": "tasikmalaya-mkd-2026", "talentBox": { "eligibleBoxes": [5, 7, 8, 9] } }
"extends" is a preset id, or the path of another policy file relative to this one (e.g.
"./kabupaten-policy.json"; chains of up to 8 files). Objects merge, arrays and values
replace. Complete policy files (without "extends") are still accepted. Other commands use
a file with --policy <file.json>.

Subcommands:
  init    write a starting file derived from a preset: $schema, extends, id, name,
          jurisdiction, start date, and the settings a kabupaten/kota usually changes
          (talent boxes, days per box, weekly cap, assembly weekdays, service catalogue
          changes, regional holidays) filled with the preset's values, so it is valid as written
  show    every setting of the effective policy: value, meaning, unit and source ([D] =
          this project's default); * marks what differs from the policy it extends.
          Without an argument: the Jabar policy in force today (or on --as-of)
  check   check a file: one "valid" line (exit code 0), or every problem with its place
          in the file (exit code 2)

Options:
  --from <preset>            the preset to start from (init)
  --id <id>                  the new policy's id (init): letters, digits, ".", "_", "-"
  --as-of <YYYY-MM-DD>       the date that picks the default policy (show)
  --format <table|csv|json>  output format (show; default: table)
  --out <file>               write to a file instead of the screen (init, show)
  --lang <id|en>             language of output and messages (default: id)
  -h, --help                 show this help

JSON Schema of policy files (for checks in an editor): kerja-dinamis schema policy-file.
Exit codes: 0 done · 2 usage, file or policy error.`;

const id: PolicyText = {
  unknownSubcommand: (name) =>
    name === undefined
      ? 'kerja-dinamis policy: subperintah belum disebut; pilih init, show atau check; lihat kerja-dinamis policy --help'
      : `kerja-dinamis policy: subperintah "${name}" tidak dikenal; pilih init, show atau check; lihat kerja-dinamis policy --help`,
  cycle: (files) => `kerja-dinamis: "extends" berputar: ${files.join(' → ')}`,
  tooDeep: (file, limit) => `kerja-dinamis: ${file}: lebih dari ${limit} berkas kebijakan saling "extends"; gabungkan sebagian`,
  extendsFrom: (file) => `  (berkas ini disebut oleh "extends" di ${file})`,
  extendsHint: (presets) => `  ("extends" berupa id preset — ${presets.join(', ')} — atau jalur berkas kebijakan lain, relatif terhadap berkas ini, mis. "./kebijakan-kabupaten.json")`,
  unknownPreset: (value, presets, near) => `kerja-dinamis policy init: --from "${value}" bukan preset; pilih ${presets.join(', ')}${maksud(near)}`,
  badId: (value, from) => `kerja-dinamis policy init: --id "${value}" tidak dapat dipakai: id berupa huruf, angka, ".", "_" atau "-" (paling banyak 100), diawali huruf atau angka, dan berbeda dari "${from}"`,
  initName: (newId, from) => `Kebijakan ${newId}, turunan dari ${from}`,
  schemaHint: (file) => `Untuk pemeriksaan di editor: kerja-dinamis schema policy-file --out ${SCHEMA_FILE}${file === undefined ? ', di folder berkas kebijakan' : ` (di folder yang sama dengan ${file})`}`,
  ok: (label, chain) => `sah: ${label}${chain === '' ? '' : `, turunan dari ${chain}`}`,
  showTitle: (label, chain) => `Kebijakan ${label}${chain === '' ? '' : `, turunan dari ${chain}`}`,
  showLegend: (base) => `${base === undefined ? '' : `* = berbeda dari ${base}. `}[D] = nilai bawaan proyek ini, tanpa aturan tertulis yang ditemukan.`,
  source: 'sumber',
  columns: { path: 'pengaturan', value: 'nilai', unit: 'satuan', meaning: 'arti', source: 'sumber', changed: 'diubah' },
  help: HELP_ID,
};

const en: PolicyText = {
  unknownSubcommand: (name) =>
    name === undefined
      ? 'kerja-dinamis policy: no subcommand given; choose init, show or check; see kerja-dinamis policy --help'
      : `kerja-dinamis policy: unknown subcommand "${name}"; choose init, show or check; see kerja-dinamis policy --help`,
  cycle: (files) => `kerja-dinamis: "extends" goes round in a circle: ${files.join(' → ')}`,
  tooDeep: (file, limit) => `kerja-dinamis: ${file}: more than ${limit} policy files extend one another; merge some of them`,
  extendsFrom: (file) => `  (this file is named by "extends" in ${file})`,
  extendsHint: (presets) => `  ("extends" is a preset id — ${presets.join(', ')} — or the path of another policy file, relative to this one, e.g. "./kabupaten-policy.json")`,
  unknownPreset: (value, presets, near) => `kerja-dinamis policy init: --from "${value}" is not a preset; choose ${presets.join(', ')}${didYouMean(near)}`,
  badId: (value, from) => `kerja-dinamis policy init: --id "${value}" cannot be used: an id is letters, digits, ".", "_" or "-" (at most 100), starts with a letter or digit, and differs from "${from}"`,
  initName: (newId, from) => `Policy ${newId}, derived from ${from}`,
  schemaHint: (file) => `For checks in an editor: kerja-dinamis schema policy-file --out ${SCHEMA_FILE}${file === undefined ? ', in the policy file\'s folder' : ` (in the folder of ${file})`}`,
  ok: (label, chain) => `valid: ${label}${chain === '' ? '' : `, derived from ${chain}`}`,
  showTitle: (label, chain) => `Policy ${label}${chain === '' ? '' : `, derived from ${chain}`}`,
  showLegend: (base) => `${base === undefined ? '' : `* = differs from ${base}. `}[D] = this project's default, where no written rule was found.`,
  source: 'source',
  columns: { path: 'setting', value: 'value', unit: 'unit', meaning: 'meaning', source: 'source', changed: 'changed' },
  help: HELP_EN,
};

/** The `$schema` a new policy file points to: the file `kerja-dinamis schema policy-file` writes, beside it. */
export const POLICY_FILE_SCHEMA_REF = `./${SCHEMA_FILE}`;

/** The policy sentences of one language. */
export function policyTextOf(lang: Lang): PolicyText {
  return lang === 'en' ? en : id;
}
