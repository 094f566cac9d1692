import { describe, expect, it } from "vitest";
import { classifyLead, type LeadClassificationInput } from "./classify-lead";

type Expected = Pick<ReturnType<typeof classifyLead>, "classification" | "priority" | "recommendedAction"> & { confidence?: number; tags?: string[] };

const TABLE: [LeadClassificationInput, Expected][] = [
  // The gateway seed's example.
  [
    { text: "We're looking for an enterprise solution for 500+ users", companySize: "large", industry: "technology" },
    {
      classification: "enterprise",
      confidence: 0.89,
      priority: "high",
      recommendedAction: "schedule_demo",
      tags: ["enterprise", "large_company", "high_value"],
    },
  ],
  [
    { text: "Need SSO and an SLA for 2,000 employees across 12 countries" },
    { classification: "enterprise", confidence: 0.76, priority: "high", recommendedAction: "schedule_demo" },
  ],
  [
    { text: "Procurement asked for your pricing", companySize: "1000+" },
    {
      classification: "enterprise",
      priority: "high",
      recommendedAction: "send_pricing",
      tags: ["enterprise", "large_company", "high_value", "pricing_requested"],
    },
  ],
  [
    { text: "Our team of 120 sales reps needs a better pipeline", companySize: "medium" },
    { classification: "mid_market", confidence: 0.76, priority: "high", recommendedAction: "schedule_demo" },
  ],
  [{ text: "Just browsing options for our 80 staff" }, { classification: "mid_market", priority: "medium", recommendedAction: "send_pricing" }],
  [
    { text: "Could we see a demo? We have 60 users in several teams" },
    {
      classification: "mid_market",
      priority: "high",
      recommendedAction: "schedule_demo",
      tags: ["mid_market", "mid_size_company", "high_value", "demo_requested"],
    },
  ],
  [
    { text: "Small business with 8 people, how much does it cost?", companySize: "small" },
    { classification: "smb", confidence: 0.89, priority: "medium", recommendedAction: "send_pricing" },
  ],
  [{ text: "We are a startup of 5 and curious about CRMs" }, { classification: "smb", priority: "low", recommendedAction: "nurture" }],
  [
    { text: "Startup with 10 users, need it set up asap" },
    { classification: "smb", priority: "high", recommendedAction: "schedule_demo", tags: ["smb", "small_company", "high_value", "urgent"] },
  ],
  [
    { text: "I'm a freelancer, just me, looking at options", companySize: "individual" },
    { classification: "individual", confidence: 0.76, priority: "low", recommendedAction: "nurture" },
  ],
  [{ text: "Personal use only, 1 user" }, { classification: "individual", priority: "low", recommendedAction: "nurture" }],
  [
    { text: "Hello, please call me back" },
    { classification: "smb", confidence: 0.35, priority: "low", recommendedAction: "qualify", tags: ["smb", "small_company", "needs_qualification"] },
  ],
  // Conflicting signals: the larger class wins a tie, with low confidence.
  [
    { text: "Startup looking for a solution", companySize: "large" },
    { classification: "enterprise", confidence: 0.5, priority: "high", recommendedAction: "schedule_demo" },
  ],
  [
    { text: "We are replacing Salesforce for 700 seats", industry: "Banking" },
    {
      classification: "enterprise",
      priority: "high",
      recommendedAction: "schedule_demo",
      tags: ["enterprise", "large_company", "high_value", "regulated_industry", "competitor_mentioned"],
    },
  ],
  [
    { text: "Team size", companySize: "10-50" },
    { classification: "mid_market", priority: "medium", recommendedAction: "send_pricing" },
  ],
];

describe("classifyLead (deterministic rules)", () => {
  it.each(TABLE.map(([input, expected]) => ({ input, expected })))("$input.text → $expected.classification", ({ input, expected }) => {
    const result = classifyLead(input);
    expect(result.classification).toBe(expected.classification);
    expect(result.priority).toBe(expected.priority);
    expect(result.recommendedAction).toBe(expected.recommendedAction);
    if (expected.confidence !== undefined) expect(result.confidence).toBe(expected.confidence);
    if (expected.tags) expect(result.tags).toEqual(expected.tags);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("gives the same answer every time", () => {
    const input = { text: "We're looking for an enterprise solution for 500+ users", companySize: "large" };
    expect(classifyLead(input)).toEqual(classifyLead(input));
  });
});
