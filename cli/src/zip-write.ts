/**
 * Writing a ZIP archive (the container of an `.xlsx` workbook) as a stream of bytes, in
 * order, with no seeking back: each entry is deflated (node:zlib, in its thread pool, so
 * that it runs beside the command's own work) and followed by a data descriptor holding
 * its CRC-32 and sizes, which the central directory at the end repeats. An entry is
 * written whole before the next starts. Archives past 4 GiB (ZIP64) are refused: a sheet
 * of Excel's largest size written by the command stays far below.
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync, type DeflateRaw, type ZlibOptions } from 'node:zlib';

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const U32_MAX = 0xffffffff;
/** Bit 3 (sizes and CRC in the data descriptor) and bit 11 (UTF-8 names). */
const FLAGS_STREAMED = 0x0808;
const FLAGS_KNOWN = 0x0800;
/**
 * Output waiting to be written beyond which the writer waits for the file; also what the
 * deflater may hold, so that it works (in zlib's thread pool) beside the XML being made.
 */
const MAX_PENDING = 4 * 1024 * 1024;

/** An entry as the central directory records it. */
interface Written {
  readonly name: Buffer;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** DOS date and time of a moment (local fields, as ZIP tools show them). */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A ZIP archive written to a sink, entry after entry. */
export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown;
  private pending = 0;
  private open = false;
  private readonly stamp = dosTime(new Date());

  /**
   * @param sink - Writes bytes to the output, in the order given; the writer waits on it
   *   when more than a few MiB are pending.
   * @param level - The deflate level (zlib's 1–9).
   */
  constructor(
    private readonly sink: (chunk: Uint8Array) => Promise<void>,
    private readonly level: number = 6,
  ) {}

  /** Queues bytes for the sink, in order. */
  private emit(chunk: Uint8Array): void {
    this.offset += chunk.length;
    this.pending += chunk.length;
    this.queue = this.queue.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await this.sink(chunk);
      } catch (error) {
        this.failure = error;
      } finally {
        this.pending -= chunk.length;
      }
    });
  }

  /** Waits for the sink when much is pending; rethrows a failure of the sink. */
  private async settle(all = false): Promise<void> {
    if (all || this.pending > MAX_PENDING) await this.queue;
    if (this.failure !== undefined) throw this.failure;
  }

  private localHeader(name: Buffer, flags: number, crc: number, compressedSize: number, size: number): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    return header;
  }

  private checkSizes(name: string, ...sizes: number[]): void {
    if (sizes.some((n) => n > U32_MAX)) throw new Error(`${name}: the archive passes 4 GiB, which needs ZIP64`);
  }

  /** Adds a whole entry (a small part), deflated at once. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    if (this.open) throw new Error('an entry is still being written');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const deflated = deflateRawSync(data, { level: this.level });
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    this.checkSizes(name, offset, data.length);
    this.emit(Buffer.concat([this.localHeader(nameBytes, FLAGS_KNOWN, crc, deflated.length, data.length), nameBytes]));
    this.emit(deflated);
    this.entries.push({ name: nameBytes, flags: FLAGS_KNOWN, crc, compressedSize: deflated.length, size: data.length, offset });
    await this.settle();
  }

  /**
   * Starts an entry written in pieces ({@link ZipEntryWriter.write}); it must be ended
   * before another entry starts.
   */
  begin(name: string): ZipEntryWriter {
    if (this.open) throw new Error('an entry is still being written');
    this.open = true;
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    this.checkSizes(name, offset);
    this.emit(Buffer.concat([this.localHeader(nameBytes, FLAGS_STREAMED, 0, 0, 0), nameBytes]));
    const options: ZlibOptions & { readonly highWaterMark: number } = { level: this.level, chunkSize: 64 * 1024, highWaterMark: MAX_PENDING };
    return new ZipEntryWriter(createDeflateRaw(options), (chunk) => this.emit(chunk), () => this.settle(), (crc, compressedSize, size) => {
      this.checkSizes(name, compressedSize, size);
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(DESCRIPTOR, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(compressedSize, 8);
      descriptor.writeUInt32LE(size, 12);
      this.emit(descriptor);
      this.entries.push({ name: nameBytes, flags: FLAGS_STREAMED, crc, compressedSize, size, offset });
      this.open = false;
    });
  }

  /** Writes the central directory and waits until every byte reached the sink. */
  async close(): Promise<void> {
    if (this.open) throw new Error('an entry is still being written');
    const start = this.offset;
    const records = this.entries.map((e) => {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(CENTRAL, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(e.flags, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(this.stamp.time, 12);
      record.writeUInt16LE(this.stamp.date, 14);
      record.writeUInt32LE(e.crc, 16);
      record.writeUInt32LE(e.compressedSize, 20);
      record.writeUInt32LE(e.size, 24);
      record.writeUInt16LE(e.name.length, 28);
      record.writeUInt32LE(e.offset, 42);
      return Buffer.concat([record, e.name]);
    });
    const directory = Buffer.concat(records);
    this.checkSizes('(central directory)', start + directory.length);
    if (this.entries.length > 0xffff) throw new Error('more than 65,535 entries need ZIP64');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    this.emit(directory);
    this.emit(end);
    await this.settle(true);
  }
}

/** An entry being written: its bytes are counted, checksummed and deflated as they come. */
export class ZipEntryWriter {
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private error: Error | undefined;

  /** @internal */
  constructor(
    private readonly deflate: DeflateRaw,
    emit: (chunk: Uint8Array) => void,
    private readonly settle: () => Promise<void>,
    private readonly finish: (crc: number, compressedSize: number, size: number) => void,
  ) {
    deflate.on('data', (chunk: Buffer) => {
      this.compressedSize += chunk.length;
      emit(chunk);
    });
    deflate.on('error', (error: Error) => {
      this.error = error;
    });
  }

  /** Adds bytes (or text, as UTF-8) to the entry; waits when the deflater or the output is behind. */
  async write(content: string | Uint8Array): Promise<void> {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (data.length === 0) return;
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    if (!this.deflate.write(data)) await once(this.deflate, 'drain');
    if (this.error !== undefined) throw this.error;
    await this.settle();
  }

  /** Ends the entry: the rest of the deflated bytes, then its data descriptor. */
  async end(): Promise<void> {
    const ended = once(this.deflate, 'end');
    this.deflate.end();
    this.deflate.resume();
    await ended;
    if (this.error !== undefined) throw this.error;
    this.finish(this.crc >>> 0, this.compressedSize, this.size);
    await this.settle();
  }
}
