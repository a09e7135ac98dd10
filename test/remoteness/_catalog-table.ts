import type { ServiceCatalog } from '../../src/remoteness/seal';

/**
 * The catalogue as the Markdown table of docs/remoteness.md, in English or Bahasa
 * Indonesia. Written independently of the library's rules: the derived mode of a
 * criteria entry is stated by hand below and checked against deriveServiceMode in
 * catalog.test.ts.
 */
export function catalogTable(catalog: ServiceCatalog, lang: 'en' | 'id', defaultCampuranDays = 2): string {
  const head =
    lang === 'en'
      ? '| id | service | category | mode | on-site days / week | field days / week | reason |\n|---|---|---|---|---:|---:|---|'
      : '| id | layanan | kategori | mode | hari di kantor / minggu | hari lapangan / minggu | alasan |\n|---|---|---|---|---:|---:|---|';
  const rows = catalog.map((s) => {
    let mode: string;
    let onsite: string;
    if ('criteria' in s) {
      const c = s.criteria;
      const all = c.doableOutsideOffice && c.noSpecialSpaceOrEquipment && c.doableWithIct && c.minimalFaceToFace && c.noContinuousSupervision;
      mode = all ? 'JARAK_JAUH' : !c.doableOutsideOffice || !c.minimalFaceToFace ? 'TATAP_MUKA' : 'CAMPURAN';
      mode += lang === 'en' ? ' (from the five criteria)' : ' (dari lima kriteria)';
      onsite = mode.startsWith('CAMPURAN') ? String(s.onsiteDaysPerWeek ?? defaultCampuranDays) + (s.onsiteDaysPerWeek === undefined ? ' [D]' : '') : mode.startsWith('TATAP') ? '5' : '0';
    } else {
      mode = s.mode;
      onsite = s.mode === 'TATAP_MUKA' ? '5' : s.mode === 'CAMPURAN' ? String(s.onsiteDaysPerWeek ?? defaultCampuranDays) : '0';
    }
    const field = 'mode' in s && s.mode === 'LAPANGAN' ? String(s.fieldDaysPerWeek) : '–';
    const reason = s.reason === undefined ? '' : s.reason[lang];
    return `| \`${s.id}\` | ${s.name[lang]} | ${s.category} | ${mode} | ${onsite} | ${field} | ${reason} |`;
  });
  return [head, ...rows].join('\n');
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->` in a document. */
export function between(doc: string, name: string): string | undefined {
  const start = doc.indexOf(`<!-- ${name}:start -->`);
  const end = doc.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) return undefined;
  return doc.slice(start + `<!-- ${name}:start -->`.length, end).trim();
}
