import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { compare } from "../analysis/compare.ts";
import { formatReport } from "./report.ts";

const parser = new DOMParser();
const parseHtml = (h: string) => parser.parseFromString(h, "text/html");

describe("formatReport", () => {
  it("prints a web page's words as the engine read them, not its markup", () => {
    const page =
      "<html><head><title>Ferry | Tidewater Post</title></head><body><article>" +
      "<h1>Ferry service resumes</h1>" +
      "<p>The ferry to Caf&eacute; Island resumed on Monday, the operator&rsquo;s office said.</p>" +
      "<p>Repairs cost &#8364;40,000 &#x2014; more than planned, officials said.</p>" +
      "</article></body></html>";
    const text =
      "Ferry back in service\n\nThe ferry to Café Island resumed on Monday, the operator’s office said.\n" +
      "Repairs cost 40,000 euros, more than planned, officials said.\n";
    const report = formatReport(
      compare(
        [
          { name: "Tidewater Post", text: page, format: "html" },
          { name: "Harbour Daily", text },
        ],
        { parseHtml },
      ),
    );
    expect(report).toContain(
      "The ferry to Café Island resumed on Monday, the operator’s office said.",
    );
    expect(report).toContain("Repairs cost €40,000 — more than planned, officials said.");
    expect(report).not.toMatch(/&\w+;|&#|<\/?p>/);
  });
});
