/** The same shape as English with any strings: a missing or extra key fails the type check. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
