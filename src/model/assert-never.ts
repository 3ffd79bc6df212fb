/** Ends an exhaustive switch: the compiler proves it unreachable, and a bad runtime value throws. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
