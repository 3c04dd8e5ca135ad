/** Helpers shared by the share-link tests. */
import { decodeShareFragment, type SharedState, type ShareError } from "./link.ts";
import { packPayload } from "./payload.ts";

export const decodeOk = (fragment: string): SharedState => {
  const result = decodeShareFragment(fragment);
  if (!result.ok)
    throw new Error(`expected a state, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};
export const decodeErr = (fragment: unknown): ShareError => {
  const result = decodeShareFragment(fragment);
  if (result.ok)
    throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
};
export const inputs = (...sources: { name: string; text: string }[]): SharedState => ({
  kind: "inputs",
  sources,
});
/** A `v1=` link around arbitrary JSON text, correctly compressed and framed. */
export const linkOfJson = (json: string) => `v1=${packPayload(json)}`;
export const linkOfPayload = (payload: unknown) => linkOfJson(JSON.stringify(payload));
/** The smallest valid pair of sources. */
export const two = [
  { name: "A", text: "One." },
  { name: "B", text: "Two." },
] as const;
