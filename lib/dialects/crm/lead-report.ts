import { z } from "zod";
import { getLeadReport, type LeadReport } from "@/lib/crm/reports/lead-report";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";

const leadCounts = { count: z.number().int(), converted: z.number().int(), conversion_rate: z.number().nullable().describe("Percent, one decimal") };

export const crmLeadReport = z.object({
  total: z.number().int(),
  open: z.number().int(),
  converted: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
  conversion_rate: z.number().nullable(),
  average_days_to_convert: z.number().nullable(),
  by_status: z.array(z.object({ status: z.string(), count: z.number().int() })),
  by_source: z.array(z.object({ source: z.string(), ...leadCounts })),
  by_owner: z.array(z.object({ owner_id: z.string().nullable(), owner_name: z.string().nullable(), ...leadCounts })),
  new_per_week: z.array(
    z.object({
      week: z.string().describe("Monday of the ISO week, YYYY-MM-DD (UTC)"),
      ...leadCounts,
    }),
  ),
});

export function toCrmLeadReport(report: LeadReport): z.infer<typeof crmLeadReport> {
  return {
    total: report.count,
    open: report.open,
    converted: report.converted,
    won: report.won,
    lost: report.lost,
    conversion_rate: report.conversionRate,
    average_days_to_convert: report.averageDaysToConvert,
    by_status: report.byStatus,
    by_source: report.bySource.map((row) => ({ source: row.source, count: row.count, converted: row.converted, conversion_rate: row.conversionRate })),
    by_owner: report.byOwner.map((row) => ({
      owner_id: row.ownerId,
      owner_name: row.ownerName,
      count: row.count,
      converted: row.converted,
      conversion_rate: row.conversionRate,
    })),
    new_per_week: report.newPerWeek.map((row) => ({ week: row.week, count: row.count, converted: row.converted, conversion_rate: row.conversionRate })),
  };
}

export const getCrmLeadReport = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/reports/leads",
  summary: "Get lead metrics",
  description:
    "Lead performance over the leads created in the range (`date_from`/`date_to`, inclusive; all leads without them): `total`, `open` (not converted, won or lost), `converted`, `won`, `lost`, " +
    "`conversion_rate` (converted ÷ total, percent; a lead counts as converted when it was converted to a customer or has status converted or won), `average_days_to_convert` (creation to conversion), " +
    "and breakdowns by status, by source, by owner (`owner_id` null = unassigned; each with its own conversion rate) and `new_per_week` (ISO weeks, empty weeks as 0, each with how many of that week's leads converted so far and its conversion rate: conversion over time by cohort). " +
    "One SQL statement (GROUP BY GROUPING SETS with FILTER) scans the leads once; no rows are loaded into the application.",
  auth: "tenant",
  scope: "read:analytics",
  query: z.object(dateRangeQuery),
  response: crmLeadReport,
  async handler({ ctx, query }) {
    return toCrmLeadReport(await getLeadReport(ctx, toDateRange(query)));
  },
});
