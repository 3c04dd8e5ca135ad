/**
 * Marks a branch the type checker proves unreachable (the end of every `switch` over a union);
 * reaching it at run time is a bug, so it throws.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
