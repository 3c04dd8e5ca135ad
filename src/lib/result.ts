/**
 * A value or a reason, returned at boundaries (worker replies, decoded links, read files)
 * instead of throwing. The one definition every layer imports: `src/lib` sits below the engine
 * and imports nothing.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
