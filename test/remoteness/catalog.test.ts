import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_CATEGORIES, SERVICE_MODES, ServiceEntrySchema } from '../../src/policy/sections/remoteness';
import { jabarMkd2025 } from '../../src/policy/presets';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { deriveServiceMode } from '../../src/remoteness/derive';
import { ServiceCatalogSchema } from '../../src/remoteness/seal';
import { between, catalogTable } from './_catalog-table';

describe('the default service catalogue', () => {
  it('has at least 30 services', () => {
    expect(serviceCatalog.length).toBeGreaterThanOrEqual(30);
  });

  it('passes its own schema, so every entry is well formed and no id repeats', () => {
    expect(ServiceCatalogSchema.safeParse(serviceCatalog).success).toBe(true);
    expect(new Set(serviceCatalog.map((s) => s.id)).size).toBe(serviceCatalog.length);
  });

  it('states every delivery mode at least once', () => {
    const modes = new Set(serviceCatalog.flatMap((s) => ('mode' in s ? [s.mode] : [])));
    expect([...modes].sort()).toEqual([...SERVICE_MODES].sort());
  });

  it('covers health, teaching, counters, field duty, mixed services and desk work', () => {
    const categories = new Set(serviceCatalog.map((s) => s.category));
    for (const c of SERVICE_CATEGORIES.filter((c) => c !== 'LAINNYA')) expect(categories).toContain(c);
  });

  it('keeps health workers who meet patients and SMA/SMK/SLB teachers face to face', () => {
    const mode = (id: string) => {
      const s = serviceCatalog.find((e) => e.id === id);
      return s !== undefined && 'mode' in s ? s.mode : undefined;
    };
    for (const id of ['dokter-pelayanan-klinis', 'perawat', 'bidan', 'apoteker', 'guru-sma', 'guru-smk', 'guru-slb', 'loket-samsat']) {
      expect(mode(id)).toBe('TATAP_MUKA');
    }
    for (const id of ['analis-kebijakan', 'perencana', 'penyusun-naskah-pidato', 'persetujuan-daring']) expect(mode(id)).toBe('JARAK_JAUH');
    for (const id of ['satpol-pp', 'pemadam-kebakaran', 'penyuluh-pertanian', 'pengawas-ketenagakerjaan']) expect(mode(id)).toBe('LAPANGAN');
  });

  it('describes some services by the five criteria instead of a stated mode', () => {
    const byCriteria = serviceCatalog.filter((s) => 'criteria' in s);
    expect(byCriteria.map((s) => s.id)).toEqual(['pustakawan', 'analis-hukum']);
    expect(byCriteria.map((s) => ('criteria' in s ? deriveServiceMode(s.criteria, jabarMkd2025).mode : undefined))).toEqual(['CAMPURAN', 'JARAK_JAUH']);
  });

  it('gives a name and a reason in both languages for every service', () => {
    for (const s of serviceCatalog) {
      expect(s.name.id.length).toBeGreaterThan(0);
      expect(s.name.en.length).toBeGreaterThan(0);
      expect(s.reason?.id.length).toBeGreaterThan(0);
      expect(s.reason?.en.length).toBeGreaterThan(0);
    }
  });

  it('is frozen, entries included', () => {
    expect(Object.isFrozen(serviceCatalog)).toBe(true);
    for (const s of serviceCatalog) expect(Object.isFrozen(s) && Object.isFrozen(s.name)).toBe(true);
  });

  it('entries pass the entry schema one by one', () => {
    for (const s of serviceCatalog) expect(ServiceEntrySchema.safeParse(s).success).toBe(true);
  });
});

describe('docs/remoteness.md', () => {
  const doc = readFileSync(new URL('../../docs/remoteness.md', import.meta.url), 'utf8');

  it('lists the default catalogue exactly, in English', () => {
    expect(between(doc, 'catalogue-en')).toBe(catalogTable(serviceCatalog, 'en'));
  });

  it('lists the default catalogue exactly, in Bahasa Indonesia', () => {
    expect(between(doc, 'catalogue-id')).toBe(catalogTable(serviceCatalog, 'id'));
  });
});
