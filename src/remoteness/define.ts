import { _catalogOption, type CatalogOptions } from './options';
import { _parse } from '../_lib/schema';
import { _ensurePolicy } from '../policy/brand';
import { _remotenessPolicyCheck } from './policy-check';
import type { Policy } from '../policy/schema';
import { CatalogChangesSchema, type CatalogChanges } from '../policy/sections/remoteness';
import { serviceCatalog } from './catalog';
import { _applyChanges, _ensureCatalog, _resolveCatalog, type ServiceCatalog } from './seal';

/**
 * A kabupaten/kota catalogue derived from a base: entries in `replace` take the place of
 * the base entries with the same id, ids in `remove` are dropped, entries in `add` are
 * appended in order. The result is validated and frozen, so later calls need not
 * validate it again.
 *
 * @param base - The catalogue to start from, usually {@link serviceCatalog}.
 * @param changes - What to add, replace and remove.
 * @returns A validated, frozen catalogue.
 * @throws {@link InputError} when an entry is malformed, an added id is already in the
 *   base, a replaced or removed id is not, or an id appears twice.
 *
 * @example
 * ```ts
 * import { defineCatalog, serviceCatalog } from 'kerja-dinamis/remoteness';
 *
 * const tasik = defineCatalog(serviceCatalog, {
 *   add: [{ id: 'loket-adminduk', name: { id: 'Loket administrasi kependudukan', en: 'Civil registry counter' },
 *           category: 'LOKET', mode: 'TATAP_MUKA', reason: { id: 'Warga datang langsung', en: 'Citizens come in person' } }],
 *   replace: [{ ...serviceCatalog.find((s) => s.id === 'arsiparis')!, onsiteDaysPerWeek: 1 }],
 *   remove: ['pengawas-perikanan'],
 * });
 * tasik.length;
 * //=> 45
 * ```
 */
export function defineCatalog(base: ServiceCatalog, changes: CatalogChanges): ServiceCatalog {
  const sealedBase = _ensureCatalog(base, ['base']);
  const parsed = _parse(CatalogChangesSchema, changes, ['changes']);
  return _applyChanges(sealedBase, parsed, ['changes']);
}

/**
 * Validates a whole catalogue (for example one a kabupaten/kota keeps in a JSON file)
 * and returns it frozen, so that later calls need not validate it again.
 *
 * @param entries - Every service of the catalogue.
 * @returns The validated, frozen catalogue.
 * @throws {@link InputError} listing every problem (malformed entries, repeated ids).
 *
 * @example
 * ```ts
 * import { parseCatalog, serviceCatalog } from 'kerja-dinamis/remoteness';
 *
 * parseCatalog(JSON.parse(JSON.stringify(serviceCatalog))).length;
 * //=> 45
 * ```
 */
export function parseCatalog(entries: unknown): ServiceCatalog {
  return _ensureCatalog(Array.isArray(entries) ? [...entries] : entries, ['catalog']);
}

/**
 * The catalogue a policy sees: `catalog` (default {@link serviceCatalog}) with the
 * policy's `remoteness.catalogChanges` applied. `assessRemoteness` does this itself;
 * call it to list or filter the services under a policy. Resolving twice is harmless:
 * a catalogue that already includes the policy's changes is returned as it is.
 *
 * @param policy - The policy in force.
 * @param options - `catalog`: the catalogue the policy's changes are written against; default {@link serviceCatalog}.
 * @returns The validated, frozen catalogue with the changes applied.
 * @throws {@link InputError} when the policy or catalogue are malformed or the policy's
 *   changes do not fit the catalogue (paths under `policy.remoteness.catalogChanges`).
 *
 * @example
 * ```ts
 * import { resolveCatalog } from 'kerja-dinamis/remoteness';
 * import { definePolicy, jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const policy = definePolicy(jabarMkd2025, { id: 'bogor-2025', remoteness: { catalogChanges: { remove: ['guru-slb'] } } });
 * resolveCatalog(policy).some((s) => s.id === 'guru-slb');
 * //=> false
 * ```
 */
export function resolveCatalog(policy: Policy, options?: CatalogOptions): ServiceCatalog {
  const p = _ensurePolicy(policy, _remotenessPolicyCheck);
  return _resolveCatalog(p, _catalogOption(options));
}
