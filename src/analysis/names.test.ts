import { describe, expect, it } from "vitest";
import { isAcronymOf, relateForms } from "./names.ts";

describe("relateForms", () => {
  it.each([
    ["Gaddafi", "Qaddafi", "transliteration"],
    ["Gadhafi", "Qaddafi", "transliteration"],
    ["Muhammad", "Mohammad", "transliteration"],
    ["Abdulrahman", "Abdalrahman", "transliteration"],
    ["Tehran", "Teheran", "transliteration"],
    ["Johnston", "Johnstom", "typo"],
    ["Marguerite", "Margeurite", "typo"],
    ["Stefanson", "Stefansonn", "transliteration"],
    ["U.N.", "UN", "abbreviation"],
    ["Liberal", "liberal", "case"],
  ] as const)("%s / %s is %s", (a, b, kind) => {
    expect(relateForms(a, b)).toBe(kind);
  });

  it.each([
    ["Iran", "Iranian"], ["Russia", "Russian"], ["China", "Chinese"], ["Iran", "Iraq"], ["Obama", "Osama"],
    ["Clinton", "Clifton"], ["Sunday", "Monday"], ["Austria", "Australia"], ["Smith", "Smiths"],
  ])("%s / %s are different words", (a, b) => {
    expect(relateForms(a, b)).toBeNull();
  });
});

describe("isAcronymOf", () => {
  it("matches initials of capitalised words", () => {
    expect(isAcronymOf("CIA", ["Central", "Intelligence", "Agency"])).toBe(true);
    expect(isAcronymOf("NATO", ["North", "Atlantic", "Treaty", "Organization"])).toBe(true);
    expect(isAcronymOf("CIA", ["Central", "Investigation", "Board"])).toBe(false);
  });
});
