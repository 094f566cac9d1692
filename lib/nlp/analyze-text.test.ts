import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze-text";
import { entitiesOf } from "./entities";
import { sentimentOf } from "./sentiment";

describe("sentiment on a table of texts", () => {
  it.each([
    ["I love your product! The pricing is great and support is excellent.", "positive"],
    ["Terrible service, the app is broken and support never answers. Very disappointed.", "negative"],
    ["The price is too high and the dashboard keeps crashing.", "negative"],
    ["We are cancelling our subscription, the onboarding was a mess.", "negative"],
    ["Not happy with the service at all.", "negative"],
    ["No issues since the migration, the team is happy.", "positive"],
    ["Please send me the pricing for 20 users.", "neutral"],
    ["Can we schedule a call next Tuesday at 10am?", "neutral"],
    ["", "neutral"],
  ])("%s → %s", (text, label) => {
    const result = sentimentOf(text);
    expect(result.label).toBe(label);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});

describe("entities on a table of texts", () => {
  it.each([
    [
      "I love your product! The pricing is great and support is excellent.",
      [
        ["product", "product"],
        ["pricing", "feature"],
        ["support", "service"],
      ],
    ],
    [
      "We moved from HubSpot; the API and the dashboards are better here.",
      [
        ["HubSpot", "competitor"],
        ["API", "feature"],
        ["dashboards", "feature"],
      ],
    ],
    [
      "Spoke with Dr. Jane Smith of Acme Corp about a $5,000 discount on 1 March 2026.",
      [
        ["Dr. Jane Smith", "person"],
        ["Acme Corp", "organisation"],
        ["$5,000", "money"],
        ["discount", "price"],
        ["1 March 2026", "date"],
      ],
    ],
    [
      "Send the contract to legal@acme.example by next Friday.",
      [
        ["legal@acme.example", "email"],
        ["next Friday", "date"],
      ],
    ],
    [
      "Met with Priya Patel from Globex Ltd.",
      [
        ["Priya Patel", "person"],
        ["Globex Ltd.", "organisation"],
      ],
    ],
  ] as [string, [string, string][]][])("%s", (text, expected) => {
    const found = entitiesOf(text).map((e) => [e.text, e.type]);
    for (const pair of expected) expect(found).toContainEqual(pair);
  });
});

describe("analyzeText", () => {
  it("answers the seed's example as the seed shows it", () => {
    const result = analyzeText("I love your product! The pricing is great and support is excellent.", "sentiment");
    expect(result.sentiment?.label).toBe("positive");
    expect(result.entities).toEqual([
      { text: "product", type: "product", confidence: 0.95 },
      { text: "pricing", type: "feature", confidence: 0.88 },
      { text: "support", type: "service", confidence: 0.9 },
    ]);
    expect(result.summary).toBe("Highly positive feedback about product, pricing, and support");
  });

  it("extracts the most representative sentences of a longer text, in order", () => {
    const text =
      "We met the Acme team on Monday. They currently use Salesforce and pay too much for it. Their main problem is reporting: the dashboards are slow and nobody trusts the reporting numbers. They want a demo of our reporting and the pipeline next week. Budget is approved for Q3. The CFO will join the call.";
    const { summary } = analyzeText(text, "summary");
    expect(summary).toBe(
      "Their main problem is reporting: the dashboards are slow and nobody trusts the reporting numbers. They want a demo of our reporting and the pipeline next week.",
    );
  });

  it("answers only what the analysis type asks", () => {
    expect(Object.keys(analyzeText("Great product.", "entities"))).toEqual(["entities"]);
    expect(Object.keys(analyzeText("Great product.", "summary"))).toEqual(["summary"]);
    expect(Object.keys(analyzeText("Great product.", "all")).sort()).toEqual(["entities", "sentiment", "summary"]);
  });
});
