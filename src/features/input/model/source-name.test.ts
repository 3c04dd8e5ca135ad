import { describe, expect, it } from "vitest";
import { cleanSourceName, withCleanNames } from "./source-name.ts";

describe("cleaning an outlet name", () => {
  it("drops direction overrides, embeddings, isolates and marks", () => {
    expect(cleanSourceName("\u202Esretuer")).toBe("sretuer");
    expect(cleanSourceName("Tellam\u202E Post")).toBe("Tellam Post");
    expect(cleanSourceName("\u2066Valley\u2069 \u202ACourier\u202C\u200F")).toBe("Valley Courier");
  });

  it("drops zero-width and invisible characters that make two names look alike", () => {
    expect(cleanSourceName("Reu\u200Bters")).toBe("Reuters");
    expect(cleanSourceName("\uFEFFReuters\u2060")).toBe("Reuters");
    expect(cleanSourceName("Reu\u200Dters")).toBe("Reuters");
    expect(cleanSourceName("\u200B\u200D\uFEFF")).toBe("");
  });

  it("keeps joiners that are part of a spelling or an emoji", () => {
    expect(cleanSourceName("خبرگزاری\u200Cها")).toBe("خبرگزاری\u200Cها");
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    expect(cleanSourceName(`${family} News`)).toBe(`${family} News`);
    expect(cleanSourceName("\u200Dالجزيرة\u200D")).toBe("الجزيرة");
  });

  it("shows a lone surrogate as U+FFFD and keeps whole pairs", () => {
    expect(cleanSourceName("Valley \uD800 Courier")).toBe("Valley \uFFFD Courier");
    expect(cleanSourceName("T\uDBFF")).toBe("T\uFFFD");
    expect(cleanSourceName("\uDC00x")).toBe("\uFFFDx");
    expect(cleanSourceName("Post \u{1F4F0}")).toBe("Post \u{1F4F0}");
  });

  it("collapses whitespace and leaves markup as the text it is", () => {
    expect(cleanSourceName("  The\n\tPost  ")).toBe("The Post");
    expect(cleanSourceName("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("sources with clean names", () => {
  it("names an empty or invisible name after its column", () => {
    const sources = [
      { name: "\u200B", text: "a" },
      { name: "Tellam Post", text: "b" },
      { name: "  ", text: "c" },
    ];
    expect(withCleanNames(sources).map((s) => s.name)).toEqual([
      "Source A",
      "Tellam Post",
      "Source C",
    ]);
  });

  it("returns the same array when every name is already clean", () => {
    const sources = [
      { name: "Valley Courier", text: "a", format: "html" as const },
      { name: "Tellam Post", text: "b" },
    ];
    expect(withCleanNames(sources)).toBe(sources);
    expect(withCleanNames([{ ...sources[0]!, name: "V\u202E" }, sources[1]!])[0]).toEqual({
      name: "V",
      text: "a",
      format: "html",
    });
  });
});
