import { describe, expect, it } from "vitest";
import { nameFromFileName, suggestOutletName } from "./suggest-name.ts";

describe("suggesting an outlet name", () => {
  it("reads the page's own name from its meta tags", () => {
    expect(
      suggestOutletName('<meta content="The Valley Courier" property="og:site_name">', true),
    ).toBe("The Valley Courier");
    expect(
      suggestOutletName("<meta name='application-name' content='Tellam &amp; Co'>", true),
    ).toBe("Tellam & Co");
  });

  it("takes the short end of a title after its separator", () => {
    expect(
      suggestOutletName("<title>River floods town, hundreds flee | Lakeside Herald</title>", true),
    ).toBe("Lakeside Herald");
    expect(suggestOutletName("<title>Floods — Northern Dispatch</title>", true)).toBe(
      "Northern Dispatch",
    );
    // A title without a separator, or whose last part is the longer one, names no outlet.
    expect(suggestOutletName("<title>River floods town</title>", true)).toBeUndefined();
    expect(
      suggestOutletName("<title>Live | River floods town as hundreds flee</title>", true),
    ).toBeUndefined();
  });

  it("reads a copyright line in plain text", () => {
    expect(
      suggestOutletName("Story text.\n\n© 2024 Valley Courier. All rights reserved.", false),
    ).toBe("Valley Courier");
    expect(suggestOutletName("Copyright © 2019–2024 Tellam Post Ltd", false)).toBe(
      "Tellam Post Ltd",
    );
    expect(suggestOutletName("(c) 2023 Northern Dispatch, all rights reserved", false)).toBe(
      "Northern Dispatch",
    );
  });

  it("does not take 'copyright' in a sentence for a name", () => {
    expect(
      suggestOutletName("The copyright dispute with the studio went to court.", false),
    ).toBeUndefined();
    expect(suggestOutletName("Just a report with no name in it.", false)).toBeUndefined();
  });

  it("falls back to a file's name", () => {
    expect(nameFromFileName("tellam-post.txt")).toBe("tellam-post");
    expect(nameFromFileName(".txt")).toBeUndefined();
  });
});
