/**
 * A memo keyed by two small non-negative integers (interned ids), holding non-negative
 * integers. The all-pairs analysis looks such pairs up hundreds of thousands of times; a Map
 * keyed by `a * 2^22 + b` hashes a heap number on every lookup, a row of a typed array does not.
 */
export class IntPairMemo {
  private readonly rows: Int32Array[] = [];

  static readonly MISSING = -1;

  /** The value stored for (a, b), or MISSING. */
  get(a: number, b: number): number {
    const row = this.rows[a];
    return row !== undefined && b < row.length ? row[b]! : IntPairMemo.MISSING;
  }

  set(a: number, b: number, value: number): void {
    if (value < 0) throw new RangeError('IntPairMemo holds non-negative values only');
    let row = this.rows[a];
    if (row === undefined || b >= row.length) {
      // Rows grow by doubling so that filling one by increasing b stays linear.
      const grown = new Int32Array(Math.max(b + 1, 2 * (row?.length ?? 32))).fill(IntPairMemo.MISSING);
      if (row) grown.set(row);
      while (this.rows.length < a) this.rows.push(EMPTY_ROW);
      this.rows[a] = row = grown;
    }
    row[b] = value;
  }
}

const EMPTY_ROW = new Int32Array(0);
