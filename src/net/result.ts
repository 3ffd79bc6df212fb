/** The outcome of parsing untrusted text: a value, or a sentence saying what is wrong. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const failed = <T = never>(error: string): Parsed<T> => ({ ok: false, error });
