import { describe, expect, it } from "vitest";
import { fileProblemMessage, readSourceFile, type FileLike } from "./read-file.ts";
import { MAX_SOURCE_BYTES } from "./validate.ts";

function file(name: string, bytes: Uint8Array | string, size?: number): FileLike {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: size ?? data.length,
    arrayBuffer: () => Promise.resolve(data.slice().buffer),
  };
}

describe("reading a dropped file", () => {
  it("reads UTF-8 text, and web pages by their extension", async () => {
    expect(await readSourceFile(file("report.txt", "Café news"))).toEqual({
      ok: true,
      value: { name: "report.txt", text: "Café news", html: false },
    });
    const page = await readSourceFile(file("page.HTM", "<p>Hi</p>"));
    expect(page.ok && page.value.html).toBe(true);
  });

  it("refuses binary files and files over the limit, saying why", async () => {
    const png = await readSourceFile(file("photo.png", new Uint8Array([0x89, 0x50, 0, 0x47])));
    expect(png).toEqual({ ok: false, error: { kind: "binary", name: "photo.png" } });
    const latin1 = await readSourceFile(file("old.txt", new Uint8Array(2000).fill(0xe9)));
    expect(!latin1.ok && latin1.error.kind).toBe("binary");

    let read = false;
    const big: FileLike = {
      name: "big.txt",
      size: MAX_SOURCE_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    const result = await readSourceFile(big);
    expect(!result.ok && fileProblemMessage(result.error)).toContain("the limit is 5 MB");
    expect(read).toBe(false); // refused before reading a byte
  });
});
