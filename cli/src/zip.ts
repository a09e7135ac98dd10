/**
 * The ZIP archive of an `.xlsx` workbook, read defensively: the central directory is
 * read first and every entry's declared size and compression ratio checked against
 * {@link ZIP_LIMITS} before anything is inflated; then each entry the command needs is
 * inflated as a stream that counts its bytes and stops at the declared size, so an
 * entry that lies about its size (a zip bomb) is refused after at most about a mebibyte
 * (what the streams' buffers hold, so that zlib inflates in its thread pool ahead of
 * the parser), never held in memory. Only the entries the command reads are ever
 * inflated; an entry can be read as text or as bytes.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';

const MiB = 1024 * 1024;
/** Buffer of each stream of an entry being read (file, inflater, counter). */
const STREAM_BUFFER = MiB;
/** zlib passes `highWaterMark` on to its stream (its type declarations leave it out). */
const INFLATE_OPTIONS: ZlibOptions & { readonly highWaterMark: number } = { chunkSize: 64 * 1024, highWaterMark: STREAM_BUFFER };

/**
 * What an `.xlsx` archive may hold. A workbook of Excel's largest sheet (1,048,576 rows
 * of the 34-column employee template) expands to about 1.4 GiB of XML; the limits leave
 * room for it and refuse archives that could only be built to exhaust memory or disk.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive (a workbook has a few dozen). */
  maxEntries: 10_000,
  /** Size of the central directory. */
  maxDirectoryBytes: 16 * MiB,
  /** Uncompressed size of all entries together, declared and counted while inflating. */
  maxTotalBytes: 2048 * MiB,
  /** Uncompressed size of a part held in memory while reading: shared strings, styles, workbook, relationships. */
  maxPartBytes: 256 * MiB,
  /**
   * Highest compression ratio (uncompressed ÷ compressed) of an entry larger than
   * {@link ZIP_LIMITS.ratioFloorBytes}. Sheets compress about 10:1 (15:1 for 100,000
   * identical rows: every cell names its row); DEFLATE cannot pass about 1,030:1, which is
   * where zip bombs sit. Apache POI uses the same 100:1.
   */
  maxRatio: 100,
  /** Entries smaller than this are not held to the ratio (small XML parts compress well and are harmless). */
  ratioFloorBytes: MiB,
} as const;

/** Why an archive was refused or could not be read. */
export type ZipProblem =
  | { readonly kind: 'too_many_entries'; readonly count: number; readonly limit: number }
  | { readonly kind: 'too_large'; readonly entry: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'ratio'; readonly entry: string; readonly ratio: number; readonly limit: number }
  | { readonly kind: 'size_mismatch'; readonly entry: string; readonly declared: number }
  | { readonly kind: 'encrypted_entry'; readonly entry: string }
  | { readonly kind: 'unsupported_method'; readonly entry: string; readonly method: number }
  | { readonly kind: 'damaged'; readonly detail: string };

/** A refused or unreadable archive; the reader turns it into one line and exit code 2. */
export class ZipError extends Error {
  /** What was wrong. */
  readonly problem: ZipProblem;

  /** @param problem - What was wrong. */
  constructor(problem: ZipProblem) {
    super(problem.kind);
    this.name = 'ZipError';
    this.problem = problem;
  }
}

/** One entry of the central directory. */
export interface ZipEntry {
  /** Path inside the archive (`xl/workbook.xml`). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Compressed size. */
  readonly compressedSize: number;
  /** Uncompressed size, as declared. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

/** An archive whose directory passed the checks. */
export interface ZipArchive {
  /** The file. */
  readonly path: string;
  /** Entries by name. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipError({ kind: 'damaged', detail: 'unexpected end of file' });
  return buffer;
}

const u64 = (b: Buffer, at: number): number => {
  const value = b.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError({ kind: 'damaged', detail: 'ZIP64 size out of range' });
  return Number(value);
};

/** The end-of-central-directory record (ZIP64 when the classic one is saturated): entry count, directory offset and size. */
async function readEnd(handle: FileHandle, fileSize: number): Promise<{ count: number; offset: number; size: number }> {
  const tailLength = Math.min(fileSize, 22 + U16_MAX);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError({ kind: 'damaged', detail: 'no central directory' });
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locatorAt = fileSize - tailLength + at - 20;
    if (locatorAt < 0) throw new ZipError({ kind: 'damaged', detail: 'ZIP64 locator missing' });
    const locator = await readAt(handle, locatorAt, 20);
    if (locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw new ZipError({ kind: 'damaged', detail: 'ZIP64 locator missing' });
    const record = await readAt(handle, u64(locator, 8), 56);
    if (record.readUInt32LE(0) !== EOCD64) throw new ZipError({ kind: 'damaged', detail: 'ZIP64 record missing' });
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  }
  if (offset + size > fileSize) throw new ZipError({ kind: 'damaged', detail: 'central directory beyond the end of the file' });
  return { count, offset, size };
}

/** The ZIP64 extra field's values, in the order the saturated fields need them. */
function zip64Values(extra: Buffer, wanted: number): number[] {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= length; i++) values.push(u64(extra, at + 4 + 8 * i));
      if (values.length < wanted) break;
      return values;
    }
    at += 4 + length;
  }
  throw new ZipError({ kind: 'damaged', detail: 'ZIP64 extra field missing' });
}

/**
 * Reads and checks the central directory of an archive: entry count, each entry's and
 * the total declared uncompressed size, and the compression ratio of large entries
 * (see {@link ZIP_LIMITS}). Nothing is inflated.
 *
 * @throws {@link ZipError} when a limit is passed or the directory is damaged; file
 *   system errors as they come.
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const handle = await open(path, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const end = await readEnd(handle, fileSize);
    if (end.count > ZIP_LIMITS.maxEntries) throw new ZipError({ kind: 'too_many_entries', count: end.count, limit: ZIP_LIMITS.maxEntries });
    if (end.size > ZIP_LIMITS.maxDirectoryBytes) throw new ZipError({ kind: 'too_large', entry: '(central directory)', bytes: end.size, limit: ZIP_LIMITS.maxDirectoryBytes });
    const directory = await readAt(handle, end.offset, end.size);
    const entries = new Map<string, ZipEntry>();
    let total = 0;
    let at = 0;
    for (let i = 0; i < end.count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) throw new ZipError({ kind: 'damaged', detail: 'central directory entry' });
      const flags = directory.readUInt16LE(at + 8);
      const method = directory.readUInt16LE(at + 10);
      let compressedSize = directory.readUInt32LE(at + 20);
      let size = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      let offset = directory.readUInt32LE(at + 42);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      if (size === U32_MAX || compressedSize === U32_MAX || offset === U32_MAX) {
        const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
        const values = zip64Values(extra, [size, compressedSize, offset].filter((v) => v === U32_MAX).length);
        if (size === U32_MAX) size = values.shift()!;
        if (compressedSize === U32_MAX) compressedSize = values.shift()!;
        if (offset === U32_MAX) offset = values.shift()!;
      }
      at += 46 + nameLength + extraLength + commentLength;
      if ((flags & 1) !== 0) throw new ZipError({ kind: 'encrypted_entry', entry: name });
      if (size > ZIP_LIMITS.maxTotalBytes) throw new ZipError({ kind: 'too_large', entry: name, bytes: size, limit: ZIP_LIMITS.maxTotalBytes });
      total += size;
      if (total > ZIP_LIMITS.maxTotalBytes) throw new ZipError({ kind: 'too_large', entry: '(all entries)', bytes: total, limit: ZIP_LIMITS.maxTotalBytes });
      if (size > ZIP_LIMITS.ratioFloorBytes) {
        const ratio = size / Math.max(compressedSize, 1);
        if (ratio > ZIP_LIMITS.maxRatio) throw new ZipError({ kind: 'ratio', entry: name, ratio: Math.round(ratio), limit: ZIP_LIMITS.maxRatio });
      }
      if (offset + compressedSize > fileSize) throw new ZipError({ kind: 'damaged', detail: `entry ${name} beyond the end of the file` });
      entries.set(name, { name, method, compressedSize, size, offset });
    }
    return { path, entries };
  } finally {
    await handle.close();
  }
}

/** Counts the bytes an entry inflates to and fails as soon as they pass what it declared (or the limit). */
class CountingStream extends Transform {
  private count = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly limit: number,
  ) {
    // Room for a few inflated chunks, so that the inflater (in zlib's thread pool) runs
    // ahead of the parser instead of waiting for it.
    super({ highWaterMark: STREAM_BUFFER });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.limit) {
      done(new ZipError({ kind: 'too_large', entry: this.entry.name, bytes: this.count, limit: this.limit }));
      return;
    }
    if (this.count > this.entry.size) {
      done(new ZipError({ kind: 'size_mismatch', entry: this.entry.name, declared: this.entry.size }));
      return;
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.count === this.entry.size ? null : new ZipError({ kind: 'size_mismatch', entry: this.entry.name, declared: this.entry.size }));
  }
}

/**
 * An entry's content as a stream of UTF-8 text (or of bytes, `as` `buffer`), inflated as
 * it is read. The stream fails with a {@link ZipError} as soon as the content passes its
 * declared size or `limit`, or when it ends short of the declared size.
 */
export async function openEntry(archive: ZipArchive, entry: ZipEntry, limit: number = ZIP_LIMITS.maxTotalBytes, as: 'text' | 'buffer' = 'text'): Promise<Readable> {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError({ kind: 'unsupported_method', entry: entry.name, method: entry.method });
  if (entry.size > limit) throw new ZipError({ kind: 'too_large', entry: entry.name, bytes: entry.size, limit });
  const handle = await open(archive.path, 'r');
  let local: Buffer;
  try {
    local = await readAt(handle, entry.offset, 30);
  } finally {
    await handle.close();
  }
  if (local.readUInt32LE(0) !== LOCAL) throw new ZipError({ kind: 'damaged', detail: `local header of ${entry.name}` });
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const counter = new CountingStream(entry, limit);
  if (as === 'text') counter.setEncoding('utf8');
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw new ZipError({ kind: 'size_mismatch', entry: entry.name, declared: entry.size });
    counter.end();
    return counter;
  }
  const raw = createReadStream(archive.path, { start, end: start + entry.compressedSize - 1, highWaterMark: STREAM_BUFFER });
  const done = (error: NodeJS.ErrnoException | null | undefined): void => {
    if (error !== null && error !== undefined && !counter.destroyed) counter.destroy(error.code === 'Z_DATA_ERROR' || error.code === 'Z_BUF_ERROR' ? new ZipError({ kind: 'damaged', detail: `${entry.name}: ${error.message}` }) : error);
  };
  if (entry.method === 0) pipeline(raw, counter, done);
  else pipeline(raw, createInflateRaw(INFLATE_OPTIONS), counter, done);
  return counter;
}

/** An entry's whole content as text (for the small parts: workbook, relationships). */
export async function readEntryText(archive: ZipArchive, entry: ZipEntry, limit: number = ZIP_LIMITS.maxPartBytes): Promise<string> {
  const stream = await openEntry(archive, entry, limit);
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  return text;
}
