import { describe, expect, it } from "vitest";
import { Forbidden, NotFound } from "@/lib/crm/errors";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { createLead } from "@/lib/crm/leads/create-lead";
import { openPipelineValue } from "@/lib/crm/overview/open-pipeline-value";
import { recentActivity } from "@/lib/crm/overview/recent-activity";
import { processFollowUps } from "@/lib/crm/workflows/process-follow-ups";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { completeTask } from "./complete-task";
import { listTasks } from "./list-tasks";
import { nextLeadTask } from "./next-lead-task";
import { taskCounts } from "./task-counts";

const DAY = 86_400_000;
const NOW = new Date();
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

async function setup() {
  const tenant = await createTestTenant();
  const rep = await roleContext(tenant, "rep", "Rita");
  const otherRep = await roleContext(tenant, "rep", "Otto");
  const manager = await roleContext(tenant, "manager", "Max");
  const analyst = await roleContext(tenant, "analyst", "Ana");
  const lead = await createLead(tenant.ctx, { name: "Acme", email: "acme@example.com", assignedToId: rep.actor.id, status: "qualified", value: "1000.00" });
  const theirs = await createLead(tenant.ctx, {
    name: "Other",
    email: "other@example.com",
    assignedToId: otherRep.actor.id,
    status: "proposal",
    value: "500.25",
  });
  const task = (ctx: typeof rep, leadId: string, nextAction: string, days: number) =>
    createInteraction(ctx, { leadId }, { type: "call", occurredAt: at(-3), notes: nextAction, nextAction, nextActionDate: at(days) });
  const overdue = await task(rep, lead.id, "Send the proposal", -2);
  const today = await task(rep, lead.id, "Call back", 0);
  const upcoming = await task(rep, lead.id, "Demo", 3);
  const others = await task(otherRep, theirs.id, "Their call", 0);
  await createInteraction(rep, { leadId: lead.id }, { type: "note", occurredAt: at(-1), notes: "Just history" });
  return { tenant, rep, otherRep, manager, analyst, lead, theirs, overdue, today, upcoming, others };
}

describe("tasks", () => {
  it("lists a rep's due (overdue and today) and upcoming tasks by due date, by keyset pages, and counts them", async () => {
    const { rep, manager } = await setup();
    const due = await listTasks(rep, { scope: "mine", window: "due", limit: 1, now: NOW });
    expect(due.tasks.map((t) => t.nextAction)).toEqual(["Send the proposal"]);
    const rest = await listTasks(rep, { scope: "mine", window: "due", limit: 5, cursor: due.nextCursor!, now: NOW });
    expect(rest.tasks.map((t) => t.nextAction)).toEqual(["Call back"]);
    expect(rest.nextCursor).toBeNull();
    expect((await listTasks(rep, { scope: "mine", window: "upcoming", limit: 5, now: NOW })).tasks.map((t) => t.nextAction)).toEqual(["Demo"]);
    // A rep asking for everyone's still gets their own.
    expect((await listTasks(rep, { scope: "everyone", window: "due", limit: 5, now: NOW })).tasks).toHaveLength(2);
    expect(await taskCounts(rep, "mine", NOW)).toEqual({ overdue: 1, today: 1, upcoming: 1 });

    expect((await listTasks(manager, { scope: "everyone", window: "due", limit: 5, now: NOW })).tasks.map((t) => t.nextAction)).toEqual([
      "Send the proposal",
      "Call back",
      "Their call",
    ]);
    expect(await taskCounts(manager, "everyone", NOW)).toEqual({ overdue: 1, today: 2, upcoming: 1 });
    expect(await taskCounts(manager, "mine", NOW)).toEqual({ overdue: 0, today: 0, upcoming: 0 });
  });

  it("marks a task done once (done = completedAt); it leaves every list; others' tasks are not found; analysts cannot", async () => {
    const { rep, manager, analyst, lead, overdue, others } = await setup();
    await expect(completeTask(rep, others.id)).rejects.toBeInstanceOf(NotFound);
    await expect(completeTask(analyst, overdue.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(completeTask(rep, "nope")).rejects.toBeInstanceOf(NotFound);

    expect((await nextLeadTask(rep, lead.id))?.nextAction).toBe("Send the proposal");
    const done = await completeTask(rep, overdue.id);
    expect((await completeTask(rep, overdue.id)).completedAt).toEqual(done.completedAt);
    expect(await taskCounts(rep, "mine", NOW)).toEqual({ overdue: 0, today: 1, upcoming: 1 });
    expect((await nextLeadTask(rep, lead.id))?.nextAction).toBe("Call back");
    // Managers may close anyone's.
    await completeTask(manager, others.id);
    expect((await taskCounts(manager, "everyone", NOW)).today).toBe(1);
  });

  it("lists a follow-up once: the source handed on by the follow-up job shows as its Due task", async () => {
    const { tenant, rep } = await setup();
    await processFollowUps(tenant.ctx, { now: NOW });
    const due = await listTasks(rep, { scope: "mine", window: "due", limit: 10, now: NOW });
    expect(due.tasks.map((t) => t.nextAction).sort()).toEqual(["Call back", "Send the proposal"]);
    expect(due.tasks.every((t) => t.fromWorkflow)).toBe(true);
    await completeTask(rep, due.tasks[0]!.id);
    expect((await taskCounts(rep, "mine", NOW)).overdue + (await taskCounts(rep, "mine", NOW)).today).toBe(1);
  });

  it("sums open pipeline value in SQL (mine and the team's) and shows recent past activity on my records", async () => {
    const { rep, manager } = await setup();
    expect(await openPipelineValue(rep, "mine")).toEqual({ openLeads: 1, value: "1000.00" });
    expect(await openPipelineValue(manager, "team")).toEqual({ openLeads: 2, value: "1500.25" });
    const mine = await recentActivity(rep, "mine", 10, NOW);
    // Newest first; the three calls share their time, so the latest written comes first.
    expect(mine.map((a) => a.summary)).toEqual(["Just history", "Demo", "Call back", "Send the proposal"]);
    expect((await recentActivity(manager, "team", 10, NOW)).length).toBe(5);
  });
});
