/**
 * Reusable integer scratch space for one call of the allocator.
 *
 * Allocating a unit takes some thirty small typed arrays; made afresh for each of
 * thousands of units they cost more in garbage collection than the solving itself.
 * An arena belongs to one call (`allocateUnits` or `allocateWorkPatterns`), is reset
 * before each unit, and hands out zeroed views of buffers it keeps. Nothing returned
 * to the caller may point into it. Not module state: each call makes its own.
 */
export class _Arena {
  private readonly pools: Int32Array[] = [];
  private next = 0;

  /** Makes every buffer available again; views handed out before must no longer be used. */
  reset(): void {
    this.next = 0;
  }

  /** A zeroed `Int32Array` view of `length` elements, valid until the next `reset`. */
  int32(length: number): Int32Array {
    const slot = this.next++;
    let buffer = this.pools[slot];
    if (buffer === undefined || buffer.length < length) {
      buffer = new Int32Array(Math.max(64, length, 2 * (buffer?.length ?? 0)));
      this.pools[slot] = buffer;
    }
    const view = buffer.subarray(0, length);
    view.fill(0);
    return view;
  }
}
