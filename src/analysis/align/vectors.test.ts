import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { informationOf, readWordVectors, sentenceVector, vectorCosine } from "./vectors.ts";
import { isContent } from "./vocabulary.ts";

const shipped = readWordVectors(readFileSync(new URL("./data/vectors.bin", import.meta.url)));

/** A data file in the format scripts/build-vectors.ts writes, from a few hand-made vectors. */
function vectorFile(words: Record<string, number[]>, dimensions: number): Uint8Array {
  const list = Object.keys(words).join("\n");
  const padded = Math.ceil(list.length / 4) * 4;
  const header = 12 + 4 * dimensions + 4;
  const bytes = new Uint8Array(header + padded + Object.keys(words).length * dimensions);
  const view = new DataView(bytes.buffer);
  bytes.set(Array.from("PXV1", (c) => c.charCodeAt(0)));
  view.setUint32(4, Object.keys(words).length, true);
  view.setUint32(8, dimensions, true);
  for (let d = 0; d < dimensions; d++) view.setFloat32(12 + 4 * d, 0.01, true);
  view.setUint32(12 + 4 * dimensions, list.length, true);
  for (let k = 0; k < list.length; k++) bytes[header + k] = list.charCodeAt(k);
  let at = header + padded;
  for (const v of Object.values(words)) for (const x of v) view.setInt8(at++, x);
  return bytes;
}

describe("readWordVectors", () => {
  it("reads words in rank order and their quantised components", () => {
    const v = readWordVectors(vectorFile({ ferry: [100, 0], boat: [90, 10], vote: [0, 100] }, 2));
    expect(v?.rowOf.get("boat")).toBe(1);
    expect(v?.dimensions).toBe(2);
    expect(Array.from(v?.data ?? [])).toEqual([100, 0, 90, 10, 0, 100]);
  });

  it("refuses bytes that are not such a file", () => {
    expect(readWordVectors(new Uint8Array(40))).toBeUndefined();
    const file = vectorFile({ ferry: [100, 0] }, 2);
    expect(readWordVectors(file.subarray(0, file.length - 1))).toBeUndefined();
  });

  it("reads the shipped file: 30,000 words of 100 dimensions", () => {
    expect(shipped?.rowOf.size).toBe(30_000);
    expect(shipped?.dimensions).toBe(100);
  });
});

describe("sentenceVector", () => {
  const toy = readWordVectors(vectorFile({ ferry: [100, 0], boat: [90, 10], vote: [0, 100] }, 2))!;
  const embed = (text: string) => sentenceVector(tokenize(text), toy, isContent);

  it("is undefined when no word has a vector", () => {
    expect(embed("Nothing known here")).toBeUndefined();
  });

  it("puts sentences about the same thing closer than sentences about different things", () => {
    expect(vectorCosine(embed("The ferry sank"), embed("A boat sank"))).toBeGreaterThan(0.9);
    expect(vectorCosine(embed("The ferry sank"), embed("The vote"))).toBeLessThan(0.1);
    expect(vectorCosine(undefined, embed("The vote"))).toBe(0);
  });

  it("finds paraphrases in the shipped vectors that share no word", () => {
    const embedShipped = (text: string) => sentenceVector(tokenize(text), shipped!, isContent);
    const a = embedShipped("The actor checked into rehab");
    const b = embedShipped("The singer entered a treatment centre");
    const c = embedShipped("The central bank raised interest rates");
    expect(vectorCosine(a, b)).toBeGreaterThan(vectorCosine(a, c));
  });
});

describe("informationOf", () => {
  const toy = readWordVectors(
    vectorFile({ the: [1, 0], ferry: [100, 0], boat: [90, 10], vote: [0, 100] }, 2),
  )!;

  it("grows with a word's frequency rank, and is 1 for a word without a vector", () => {
    // log(r + 2) / log(4 + 2) for ranks 0 and 3.
    expect(informationOf("the", toy)).toBeCloseTo(Math.log(2) / Math.log(6));
    expect(informationOf("vote", toy)).toBeCloseTo(Math.log(5) / Math.log(6));
    expect(informationOf("ferry", toy)).toBeLessThan(informationOf("boat", toy));
    expect(informationOf("okonkwo", toy)).toBe(1);
  });

  it("reads a doubled possessive as its word", () => {
    expect(informationOf("ferry's", toy)).toBe(informationOf("ferry", toy));
  });

  it("tells a common word from a rare one in the shipped vectors", () => {
    expect(informationOf("said", shipped!)).toBeLessThan(0.5);
    expect(informationOf("ferry", shipped!)).toBeGreaterThan(informationOf("said", shipped!));
  });
});
