import { _checkOptions } from '../_lib/errors';
import { serviceCatalog } from './catalog';
import { _ensureCatalog, type ServiceCatalog } from './seal';

/** Options of the remoteness functions: the catalogue the service ids refer to. */
export interface CatalogOptions {
  /** The service catalogue; default {@link serviceCatalog} (a policy's catalogue changes are applied on top where a policy is given). */
  readonly catalog?: ServiceCatalog;
}

/** The catalogue of an options argument (absent: the default), sealed; throws InputError at `options` / `options.catalog`. */
export function _catalogOption(options: CatalogOptions | undefined): ServiceCatalog {
  const catalog = _checkOptions(options, ['catalog'])?.catalog;
  return catalog === undefined ? serviceCatalog : _ensureCatalog(catalog, ['options', 'catalog']);
}
