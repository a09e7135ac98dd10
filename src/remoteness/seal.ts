/**
 * Validated, frozen service catalogues with a hidden id index.
 *
 * Like policies, a catalogue that went through `defineCatalog`, `parseCatalog` or
 * `resolveCatalog` carries a non-enumerable brand, so entry points do not validate it
 * again; a plain array (or a JSON copy) is validated on every call.
 */
import * as z from 'zod/mini';
import { InputError, _issue, type InputIssue } from '../_lib/errors';
import { _deepFreeze } from '../_lib/freeze';
import { _parse } from '../_lib/schema';
import type { Policy } from '../policy/schema';
import { ServiceEntrySchema, _addDuplicateIdIssues, type CatalogChanges, type ServiceEntry } from '../policy/sections/remoteness';

/** A service catalogue: entries with unique ids, in display order. */
export type ServiceCatalog = readonly ServiceEntry[];

/** Schema of a {@link ServiceCatalog}: every entry valid, no id repeated. */
export const ServiceCatalogSchema = /* @__PURE__ */ (() => z.array(ServiceEntrySchema).check(z.superRefine((entries, ctx) => {
  _addDuplicateIdIssues(
    entries.map((e) => e.id),
    (index) => [index, 'id'],
    ctx,
  );
})))();

const CATALOG_META = Symbol.for('kerja-dinamis.remoteness.catalog');

/** What a sealed catalogue carries, hidden. */
interface CatalogMeta {
  /** Entries by id (null prototype, frozen). */
  readonly index: Readonly<Record<string, ServiceEntry>>;
  /** JSON of the policy catalogue changes already applied by `resolveCatalog`, if any. */
  readonly appliedChanges?: string;
}

/** Freezes entries known to be valid and unique, and attaches the index. */
export function _sealTrusted(entries: ServiceEntry[], appliedChanges?: string): ServiceCatalog {
  const index = Object.create(null) as Record<string, ServiceEntry>;
  for (const entry of entries) index[entry.id] = entry;
  const meta: CatalogMeta = appliedChanges === undefined ? { index: Object.freeze(index) } : { index: Object.freeze(index), appliedChanges };
  Object.defineProperty(entries, CATALOG_META, { value: Object.freeze(meta), enumerable: false });
  return _deepFreeze(entries);
}

function metaOf(catalog: unknown): CatalogMeta | undefined {
  if (!Array.isArray(catalog)) return undefined;
  const meta = (catalog as unknown as Record<symbol, unknown>)[CATALOG_META];
  return typeof meta === 'object' && meta !== null ? (meta as CatalogMeta) : undefined;
}

/** The catalogue itself when sealed; otherwise a validated, sealed copy (throws InputError, paths under `path`). */
export function _ensureCatalog(catalog: unknown, path: readonly (string | number)[] = ['catalog']): ServiceCatalog {
  if (metaOf(catalog) !== undefined) return catalog as ServiceCatalog;
  return _sealTrusted([..._parse(ServiceCatalogSchema, catalog, path)]);
}

/** Entry of a sealed catalogue by id, or `undefined`. */
export function _lookup(catalog: ServiceCatalog, id: string): ServiceEntry | undefined {
  return (metaOf(catalog) as CatalogMeta).index[id];
}

/** The policy changes a sealed catalogue already includes (JSON), if any. */
export function _appliedChanges(catalog: ServiceCatalog): string | undefined {
  return metaOf(catalog)?.appliedChanges;
}

/**
 * Applies validated changes to a sealed catalogue: replaced entries keep their place,
 * removed ones go, additions are appended in order. Ids that clash with the catalogue
 * throw {@link InputError} with paths under `prefix`.
 */
export function _applyChanges(
  base: ServiceCatalog,
  changes: CatalogChanges,
  prefix: readonly (string | number)[],
  appliedChanges?: string,
): ServiceCatalog {
  const issues: InputIssue[] = [];
  const replacements = new Map<string, ServiceEntry>();
  const removals = new Set<string>();
  (changes.add ?? []).forEach((entry, index) => {
    if (_lookup(base, entry.id) !== undefined) {
      issues.push(
        _issue(
          [...prefix, 'add', index, 'id'],
          'service_already_in_catalog',
          `Layanan "${entry.id}" sudah ada di katalog; gunakan "replace" untuk menggantinya`,
          `Service "${entry.id}" is already in the catalogue; use "replace" to change it`,
        ),
      );
    }
  });
  (changes.replace ?? []).forEach((entry, index) => {
    if (_lookup(base, entry.id) === undefined) {
      issues.push(notInCatalog(entry.id, [...prefix, 'replace', index, 'id']));
    }
    replacements.set(entry.id, entry);
  });
  (changes.remove ?? []).forEach((id, index) => {
    if (_lookup(base, id) === undefined) issues.push(notInCatalog(id, [...prefix, 'remove', index]));
    removals.add(id);
  });
  if (issues.length > 0) throw new InputError(issues);
  const entries: ServiceEntry[] = [];
  for (const entry of base) {
    if (removals.has(entry.id)) continue;
    entries.push(replacements.get(entry.id) ?? entry);
  }
  entries.push(...(changes.add ?? []));
  return _sealTrusted(entries, appliedChanges);
}

function notInCatalog(id: string, path: (string | number)[]): InputIssue {
  return _issue(path, 'service_not_in_catalog', `Layanan "${id}" tidak ada di katalog`, `Service "${id}" is not in the catalogue`);
}

/**
 * A sealed catalogue with a validated policy's catalogue changes applied; the catalogue
 * itself when there are none or it already includes them. Kept apart from
 * `resolveCatalog` so that `assessRemoteness` does not bundle the default catalogue.
 */
export function _resolveCatalog(p: Policy, sealed: ServiceCatalog): ServiceCatalog {
  const changes = p.remoteness.catalogChanges;
  if ((changes.add ?? []).length === 0 && (changes.replace ?? []).length === 0 && (changes.remove ?? []).length === 0) return sealed;
  const key = JSON.stringify(changes);
  if (_appliedChanges(sealed) === key) return sealed;
  return _applyChanges(sealed, changes, ['policy', 'remoteness', 'catalogChanges'], key);
}
