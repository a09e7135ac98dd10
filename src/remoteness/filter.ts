import { _catalogOption, type CatalogOptions } from './options';
import * as z from 'zod/mini';
import { _parse } from '../_lib/schema';
import { _effectiveMode } from './derive';
import { _lookup } from './seal';

/** Services sorted by how they can be delivered; every input id is in exactly one list. */
export interface ServiceFilterResult {
  /** `JARAK_JAUH`: can be done entirely away from the office. */
  readonly remote: readonly string[];
  /** `CAMPURAN`: some days on site each week. */
  readonly hybrid: readonly string[];
  /** `TATAP_MUKA`: face to face, every working day. */
  readonly inPerson: readonly string[];
  /** `LAPANGAN`: field duty away from the office. */
  readonly field: readonly string[];
  /** Not in the catalogue: never treated as remote. */
  readonly unknown: readonly string[];
}

/** Schema of the ids given to {@link filterServices}: non-empty strings of at most 100 characters. */
export const ServiceIdListSchema = /* @__PURE__ */ (() => z.array(z.string().check(z.minLength(1), z.maxLength(100))))();

/**
 * Sorts service ids into remote, hybrid, in-person, field and unknown, by their mode in
 * the catalogue (a service described by the five task criteria gets its derived mode).
 * The lists are a complete, disjoint partition of the distinct ids: a repeated id is
 * kept once, at its first position, and every list keeps the input order. To filter
 * under a policy's catalogue changes, pass `resolveCatalog(policy)`.
 *
 * @param serviceIds - Catalogue ids, in any order; unknown ids are allowed.
 * @param options - `catalog`: the catalogue, e.g. one from `defineCatalog` or `resolveCatalog`; default {@link serviceCatalog}.
 * @returns The ids by delivery mode.
 * @throws {@link InputError} when `serviceIds` is not an array of strings or the catalogue is malformed.
 *
 * @example
 * ```ts
 * import { filterServices } from 'kerja-dinamis/remoteness';
 *
 * filterServices(['perawat', 'analis-kebijakan', 'arsiparis', 'satpol-pp', 'x']);
 * //=> { remote: ['analis-kebijakan'], hybrid: ['arsiparis'], inPerson: ['perawat'], field: ['satpol-pp'], unknown: ['x'] }
 * ```
 */
export function filterServices(serviceIds: readonly string[], options?: CatalogOptions): ServiceFilterResult {
  const ids = _parse(ServiceIdListSchema, serviceIds, ['serviceIds']);
  const sealed = _catalogOption(options);
  const remote: string[] = [];
  const hybrid: string[] = [];
  const inPerson: string[] = [];
  const field: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const entry = _lookup(sealed, id);
    if (entry === undefined) {
      unknown.push(id);
      continue;
    }
    // The days do not matter here, only the mode: any default will do.
    const { mode } = _effectiveMode(entry, 2);
    if (mode === 'JARAK_JAUH') remote.push(id);
    else if (mode === 'CAMPURAN') hybrid.push(id);
    else if (mode === 'TATAP_MUKA') inPerson.push(id);
    else field.push(id);
  }
  return { remote, hybrid, inPerson, field, unknown };
}
