/** Options of a decision that depends on the date and on nothing else besides its subject and policy. */
export interface AsOfOptions {
  /** The decision date, `YYYY-MM-DD` (WIB): the age of evidence and every period are counted to it. Required: the library has no clock. */
  readonly asOf: string;
}
