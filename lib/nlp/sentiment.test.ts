import { describe, expect, it } from "vitest";
import { sentimentOf } from "./sentiment";

describe("sentimentOf", () => {
  it("reads the gateway seed's example as positive and a complaint as negative", () => {
    expect(sentimentOf("I love your product! The pricing is great and support is excellent.").label).toBe("positive");
    expect(sentimentOf("Terrible service, the app is broken and support never answers. Very disappointed.").label).toBe("negative");
    expect(sentimentOf("")).toEqual({ label: "neutral", score: 0, confidence: 0.5 });
  });
});
