/**
 * Rows kept in a temporary file between two passes over a workbook. `eligibility` reads
 * its file twice (NIPs first, then decisions); a CSV file is simply read again, but
 * reading a sheet costs several times more than reading CSV, so its rows — already
 * converted to cells — are written once to a JSON-lines file in the system's temporary
 * folder and read back from there. Memory stays bounded; the file is removed at the end.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RawRow } from './input';
import { Output, openFile, type CliIo, type FileTarget } from './io';

/** A temporary file of rows. */
export class RowSpool {
  private readonly out: Output;
  private closed = false;

  private constructor(
    private readonly folder: string,
    private readonly path: string,
    private readonly file: FileTarget,
  ) {
    this.out = new Output(file.sink);
  }

  /** Creates an empty spool in a new temporary folder, for the run `io`. */
  static async create(io: CliIo): Promise<RowSpool> {
    const folder = await mkdtemp(join(tmpdir(), 'kerja-dinamis-'));
    const path = join(folder, 'rows.jsonl');
    return new RowSpool(folder, path, await openFile(io, path));
  }

  /** Adds a row (its number, cells and the reader's issues). */
  add(raw: RawRow): void | Promise<void> {
    return this.out.push(`${JSON.stringify([raw.row, raw.cells ?? null, raw.issues ?? null])}\n`);
  }

  /** Closes the file and reads the rows back, in order. */
  async *rows(): AsyncGenerator<RawRow> {
    await this.out.flush();
    this.closed = true;
    await this.file.close();
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      const [row, cells, issues] = JSON.parse(line) as [number, NonNullable<RawRow['cells']> | null, NonNullable<RawRow['issues']> | null];
      yield { row, ...(cells === null ? {} : { cells }), ...(issues === null ? {} : { issues }) };
    }
  }

  /** Removes the temporary folder (also when a pass failed). */
  async remove(): Promise<void> {
    if (!this.closed) await this.file.abort();
    await rm(this.folder, { recursive: true, force: true });
  }
}
