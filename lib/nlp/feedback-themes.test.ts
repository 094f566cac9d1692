import { describe, expect, it } from "vitest";
import { extractThemes } from "./feedback-themes";

describe("extractThemes", () => {
  it("finds the nouns a comment is about, once each, singular", () => {
    expect(extractThemes("The delivery was slow but the support team was great. Pricing is too high! Deliveries are late.")).toEqual([
      "delivery",
      "support",
      "team",
      "pricing",
    ]);
    expect(extractThemes("")).toEqual([]);
    expect(extractThemes("Great experience overall, thanks!")).toEqual([]);
  });

  it("skips names in the middle of a sentence", () => {
    expect(extractThemes("I spoke to Sarah about the invoice.")).toEqual(["invoice"]);
  });
});
