import type { Metadata } from "next";
import { firstValues } from "@/app/(crm)/calls/search-params";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { CHART_COLORS } from "@/components/charts/chart-theme";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ChartCard } from "@/components/ui/chart-card";
import { DateRangePicker } from "@/components/ui/date-range-picker";
import { FiguresTable } from "@/components/ui/figures-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { HEALTH_BAND_FLOORS } from "@/lib/crm/customers/health-parts";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { getCustomerReport, type CustomerReport } from "@/lib/crm/reports/customer-report";
import { resolveDateRange, type DateRangePreset } from "@/lib/crm/reports/date-range-preset";
import { getLeadReport, type LeadReport } from "@/lib/crm/reports/lead-report";

export const metadata: Metadata = { title: "Reports" };

const PRESETS: readonly DateRangePreset[] = ["30d", "90d", "12m", "month"];
const n = (value: number) => value.toLocaleString("en");
const pct = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("en", { maximumFractionDigits: 1 })}%`);
const weekLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * /reports: the lead and customer reports of GET /dev/crm/reports/leads and
 * /reports/customers (the same domain functions, the same SQL), as charts with
 * the numbers under each. Leads are those created in the period; segments and
 * health are today's state of every customer. A rep gets the report of their
 * own leads (the domain scopes it: `ownerId` says so) and no workspace-wide
 * customer figures.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx } = await requireUser();
  const range = resolveDateRange(await firstValues(searchParams), new Date(), "90d");
  const period = { from: range.from, before: range.to };
  const leads = await getLeadReport(ctx, period);
  // Sequential: one connection per render. A rep's report is theirs alone: no workspace customer figures.
  const own = leads.ownerId !== null;
  const customers = own ? null : await getCustomerReport(ctx, period);

  const statusCount = new Map(leads.byStatus.map((row) => [row.status, row.count]));
  const funnel = PIPELINE_STAGES.map((status) => ({ label: STAGE_LABELS[status], value: statusCount.get(status) ?? 0 }));
  const sources = leads.bySource.map((row) => ({ label: capitalise(row.source), value: row.count, second: row.converted }));
  const weeks = leads.newPerWeek.map((row) => ({ label: weekLabel(row.week), value: row.count }));
  const conversion = leads.newPerWeek.map((row) => ({ label: weekLabel(row.week), value: row.conversionRate, second: row.count }));
  const noLeads = leads.count === 0 && (own ? "None of your leads was created in this period." : "No leads were created in this period.");
  const periodText = `${range.fromDay} to ${range.toDay}`;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Reports"
        description={
          own ? (
            <>
              <span data-testid="report-scope" className="mr-1.5">
                <Badge tone="blue">Your leads</Badge>
              </span>
              The leads assigned to you, created {periodText} (UTC days).
            </>
          ) : (
            `Leads created ${periodText} (UTC days); customer segments and health as of today.`
          )
        }
      />
      <DateRangePicker range={range} path="/reports" presets={PRESETS} />
      {range.problem && <Alert tone="info">{range.problem}</Alert>}
      <div className={own ? "grid grid-cols-2 gap-3 xl:grid-cols-4" : "grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6"} data-testid="report-stats">
        <StatCard label="New leads" value={n(leads.count)} hint="created in the period" testId="stat-leads" />
        <StatCard label="Conversion rate" value={pct(leads.conversionRate)} hint={`${n(leads.converted)} converted`} testId="stat-conversion" />
        <StatCard label="Days to convert" value={leads.averageDaysToConvert ?? "—"} hint="average, creation to conversion" testId="stat-days" />
        <StatCard label="Open leads" value={n(leads.open)} hint={`${n(leads.won)} won · ${n(leads.lost)} lost`} testId="stat-open" />
        {customers && (
          <>
            <StatCard label="New customers" value={n(customers.total)} hint="created in the period" testId="stat-customers" />
            <StatCard label="Average health" value={customers.health.averageScore ?? "—"} hint="0-100, all customers" testId="stat-health" />
          </>
        )}
      </div>

      <div className="grid gap-5 xl:grid-cols-2">
        <ChartCard
          title="Lead funnel by status"
          description="Leads created in the period by their status now, in pipeline order"
          summary={funnel.map((p) => `${p.label} ${p.value}`).join(", ")}
          empty={noLeads}
          testId="chart-funnel"
          figures={
            <FiguresTable
              caption="Leads by status"
              headers={["Status", "Leads", "Share"]}
              rows={funnel.map((p) => [p.label, n(p.value), pct(leads.count ? Math.round((p.value / leads.count) * 1000) / 10 : null)])}
              testId="table-funnel"
            />
          }
        >
          <CategoryBarChart data={funnel} valueName="Leads" />
        </ChartCard>
        <ChartCard
          title="Leads by source"
          description="Where the period's leads came from, and how many of each converted"
          summary={leads.bySource.map((r) => `${r.source}: ${r.count} leads, ${pct(r.conversionRate)} converted`).join("; ")}
          empty={noLeads}
          testId="chart-sources"
          figures={
            <FiguresTable
              caption="Leads by source"
              headers={["Source", "Leads", "Converted", "Rate"]}
              rows={leads.bySource.map((r) => [capitalise(r.source), n(r.count), n(r.converted), pct(r.conversionRate)])}
              testId="table-sources"
            />
          }
        >
          <CategoryBarChart data={sources} valueName="Leads" secondName="Converted" />
        </ChartCard>
      </div>

      <div className="grid gap-5 xl:grid-cols-2">
        <ChartCard
          title="New leads per week"
          description="Leads created each ISO week (Monday, UTC)"
          summary={`${n(leads.count)} leads over ${weeks.length} weeks.`}
          empty={noLeads}
          testId="chart-weekly"
          figures={
            <FiguresTable
              caption="New leads per week"
              headers={["Week of", "New leads"]}
              rows={leads.newPerWeek.map((w) => [w.week, n(w.count)])}
              collapsed
              testId="table-weekly"
            />
          }
        >
          <CategoryBarChart data={weeks} valueName="New leads" layout="horizontal" xLabel="Week (Monday, UTC)" />
        </ChartCard>
        <ChartCard
          title="Conversion rate over time"
          description="Share of each week's new leads converted so far (weeks without leads are gaps)"
          summary={conversion.map((p) => `${p.label}: ${pct(p.value)}`).join(", ")}
          empty={noLeads}
          testId="chart-conversion"
          figures={
            <FiguresTable
              caption="Conversion rate per week"
              headers={["Week of", "New leads", "Converted", "Rate"]}
              rows={leads.newPerWeek.map((w) => [w.week, n(w.count), n(w.converted), pct(w.conversionRate)])}
              collapsed
              testId="table-conversion"
            />
          }
        >
          <TrendLineChart data={conversion} valueName="Conversion rate" secondName="New leads" unit="%" xLabel="Week (Monday, UTC)" domain={[0, 100]} />
        </ChartCard>
      </div>

      {customers && <WorkspaceReports leads={leads} customers={customers} noLeads={noLeads} />}
    </div>
  );
}

/** What only tenant-wide readers get: leads by owner, customers by segment and health band. */
function WorkspaceReports({ leads, customers, noLeads }: { leads: LeadReport; customers: CustomerReport; noLeads: string | false }) {
  const owners = leads.byOwner.map((row) => ({ label: row.ownerName ?? "Unassigned", value: row.count, second: row.converted }));
  const segments = customers.bySegment.map((row) => ({ label: row.name, value: row.count }));
  const bands = [
    { label: "Healthy", value: customers.health.healthy, color: CHART_COLORS.green },
    { label: "At risk", value: customers.health.atRisk, color: CHART_COLORS.amber },
    { label: "Critical", value: customers.health.critical, color: CHART_COLORS.red },
  ];
  return (
    <>
      <ChartCard
        title="Leads by owner"
        description="The period's leads per assigned rep, and how many each converted"
        summary={leads.byOwner.map((r) => `${r.ownerName ?? "Unassigned"}: ${r.count} leads, ${pct(r.conversionRate)}`).join("; ")}
        empty={noLeads}
        testId="chart-owners"
        figures={
          <FiguresTable
            caption="Leads by owner"
            headers={["Owner", "Leads", "Converted", "Rate"]}
            rows={leads.byOwner.map((r) => [r.ownerName ?? "Unassigned", n(r.count), n(r.converted), pct(r.conversionRate)])}
            testId="table-owners"
          />
        }
      >
        <CategoryBarChart data={owners} valueName="Leads" secondName="Converted" />
      </ChartCard>

      <div className="grid gap-5 xl:grid-cols-2">
        <ChartCard
          title="Customers by segment"
          description="Every customer today; a customer can be in several segments"
          summary={segments.map((s) => `${s.label} ${s.value}`).join(", ")}
          empty={customers.bySegment.every((s) => s.count === 0) && "No customers yet."}
          testId="chart-segments"
          figures={
            <FiguresTable
              caption="Customers by segment"
              headers={["Segment", "Rule", "Customers"]}
              rows={customers.bySegment.map((s) => [
                s.name,
                <span key="rule" className="text-xs text-slate-500">
                  {s.rule}
                </span>,
                n(s.count),
              ])}
              testId="table-segments"
            />
          }
        >
          <CategoryBarChart data={segments} valueName="Customers" color={CHART_COLORS.violet} />
        </ChartCard>
        <ChartCard
          title="Customers by health band"
          description={`Health score today: healthy ${HEALTH_BAND_FLOORS.healthy}-100, at risk ${HEALTH_BAND_FLOORS.at_risk}-${HEALTH_BAND_FLOORS.healthy - 1}, critical below ${HEALTH_BAND_FLOORS.at_risk}`}
          summary={bands.map((b) => `${b.label} ${b.value}`).join(", ")}
          empty={bands.every((b) => b.value === 0) && "No customers yet."}
          testId="chart-health"
          figures={
            <FiguresTable
              caption="Customers by health band"
              headers={["Band", "Customers"]}
              rows={[...bands.map((b) => [b.label, n(b.value)]), ["Average score", customers.health.averageScore ?? "—"]]}
              testId="table-health"
            />
          }
        >
          <CategoryBarChart data={bands} valueName="Customers" layout="horizontal" />
        </ChartCard>
      </div>
    </>
  );
}
