import type { Metadata } from "next";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PipelineFilters } from "@/components/pipeline/pipeline-filters";
import { PageHeader } from "@/components/ui/page-header";
import { CurrencyProvider } from "@/components/ui/currency-context";
import { formatMoney } from "@/components/ui/format-money";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { BoardColumn } from "@/lib/crm/pipeline/board-state";
import { listStageCards } from "@/lib/crm/pipeline/list-stage-cards";
import { pipelineSummary } from "@/lib/crm/pipeline/pipeline-summary";
import { fromCents, toCents } from "@/lib/crm/pipeline/board-state";
import { listUsers } from "@/lib/crm/users/list-users";
import { loadStageAction, moveLeadAction } from "./actions";
import { pipelineFilterInput } from "./pipeline-filter-input";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  const raw = await searchParams;
  const parsed = pipelineFilterInput.safeParse({ owner: one(raw.owner), source: one(raw.source) || undefined, search: one(raw.search) || undefined });
  const filter = parsed.success ? parsed.data : {};
  // Reps start on their own deals; everyone else on the whole pipeline.
  filter.owner ??= user.role === "rep" ? "mine" : "all";

  // One aggregate for every column's count and value, then the first page of each column.
  const summary = await pipelineSummary(ctx, filter);
  const columns: BoardColumn[] = [];
  for (const stage of summary) {
    const page = await listStageCards(ctx, stage.status, filter);
    columns.push({ ...stage, cards: page.cards, nextCursor: page.nextCursor });
  }
  const [users, currency] = await Promise.all([listUsers(ctx), getTenantCurrency(ctx)]);
  const open = summary.filter((s) => !["converted", "won", "lost"].includes(s.status));
  const openCount = open.reduce((sum, s) => sum + s.count, 0);
  const openValue = fromCents(open.reduce((sum, s) => sum + toCents(s.value), 0n));

  return (
    <div className="space-y-5">
      <PageHeader
        title="Pipeline"
        description={`${openCount.toLocaleString("en")} open deals worth ${formatMoney(openValue, currency)} · drag a card to change its stage`}
      />
      <PipelineFilters filter={filter} users={users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }))} />
      <CurrencyProvider currency={currency}>
        <PipelineBoard
          key={JSON.stringify(filter)}
          initial={columns}
          filter={filter}
          readOnly={!can(user.role, "editRecords")}
          actions={{ move: moveLeadAction, loadStage: loadStageAction }}
        />
      </CurrencyProvider>
    </div>
  );
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
