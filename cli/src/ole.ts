/**
 * OLE compound files (Microsoft's Compound File Binary format, magic `D0 CF 11 E0 A1 B1
 * 1A E1`): both an old Excel 97–2003 workbook (`.xls`) and a password-protected `.xlsx`
 * (whose encrypted package sits inside one) start this way. The command reads neither;
 * it reads the file's directory only to say which one it is.
 */
import { open, type FileHandle } from 'node:fs/promises';

/** The 8 bytes every compound file starts with. */
export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What a compound file holds: an encrypted OOXML workbook, an old `.xls`, something else, or unknown (a damaged directory). */
export type OleKind = 'encrypted' | 'xls' | 'other' | 'unknown';

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 100_000;

/** Names of the directory entries, or `undefined` when the directory cannot be followed. */
async function directoryNames(handle: FileHandle, fileSize: number): Promise<string[] | undefined> {
  const header = Buffer.alloc(512);
  if ((await handle.read(header, 0, 512, 0)).bytesRead < 512) return undefined;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const readSector = async (n: number): Promise<Buffer | undefined> => {
    const position = (n + 1) * sectorSize;
    if (n >= END_OF_CHAIN - 16 || position + sectorSize > fileSize) return undefined;
    const buffer = Buffer.alloc(sectorSize);
    const { bytesRead } = await handle.read(buffer, 0, sectorSize, position);
    return bytesRead === sectorSize ? buffer : undefined;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = header.readUInt32LE(0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(header.readUInt32LE(0x4c + 4 * i));
  let difat = header.readUInt32LE(0x44);
  for (let guard = 0; fatSectors.length < fatCount && difat < END_OF_CHAIN && guard < MAX_SECTORS; guard++) {
    const sector = await readSector(difat);
    if (sector === undefined) return undefined;
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(sector.readUInt32LE(4 * i));
    difat = sector.readUInt32LE(sectorSize - 4);
  }
  const perFatSector = sectorSize / 4;
  const fatCache = new Map<number, Buffer>();
  const next = async (n: number): Promise<number | undefined> => {
    const index = Math.floor(n / perFatSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined) return undefined;
    let sector = fatCache.get(index);
    if (sector === undefined) {
      sector = await readSector(fatSector);
      if (sector === undefined) return undefined;
      fatCache.set(index, sector);
    }
    return sector.readUInt32LE(4 * (n % perFatSector));
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let n = header.readUInt32LE(0x30); n !== END_OF_CHAIN; ) {
    if (seen.has(n) || seen.size >= MAX_SECTORS) return undefined;
    seen.add(n);
    const sector = await readSector(n);
    if (sector === undefined) return undefined;
    for (let at = 0; at < sectorSize; at += 128) {
      const length = sector.readUInt16LE(at + 0x40);
      const type = sector[at + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(sector.toString('utf16le', at, at + length - 2));
    }
    const following = await next(n);
    if (following === undefined) return undefined;
    n = following;
  }
  return names;
}

/**
 * Tells an encrypted workbook (streams `EncryptionInfo` and `EncryptedPackage`) from an
 * old `.xls` (stream `Workbook`, or `Book` for Excel 5) by the compound file's directory.
 *
 * @param path - A file that starts with {@link OLE_MAGIC}.
 * @returns `unknown` when the directory cannot be followed (a damaged file).
 */
export async function classifyOleFile(path: string): Promise<OleKind> {
  const handle = await open(path, 'r');
  try {
    const names = await directoryNames(handle, (await handle.stat()).size);
    if (names === undefined) return 'unknown';
    if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return 'encrypted';
    if (names.includes('Workbook') || names.includes('Book')) return 'xls';
    return 'other';
  } finally {
    await handle.close();
  }
}
