/**
 * NIP: the 18-digit Nomor Induk Pegawai of a PNS, parsed and checked.
 *
 * The digits are the birth date (`YYYYMMDD`), the month of appointment as CPNS
 * (TMT CPNS, `YYYYMM`), the sex (`1` male, `2` female) and a 3-digit sequence. A
 * NIP that is wrong in several ways is reported with every problem, never only the
 * first, each in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { parseNip } from 'kerja-dinamis/nip';
 *
 * const nip = parseNip('19850312 201001 2 014');
 * nip.ok && nip.sex;
 * //=> 'WANITA'
 * parseNip('199902302025011001', { asOf: '2026-01-15' }).ok; // 30 February
 * //=> false
 * ```
 *
 * @module nip
 */
export { parseNip, NipSchema, type NipResult, type ParsedNip, type InvalidNip, type NipSex, type ParseNipOptions } from './parse';
