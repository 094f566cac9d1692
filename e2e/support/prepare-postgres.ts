// For specs that need app instances sharing one PostgreSQL database (e2e/calls.spec.ts):
// `tsx e2e/support/prepare-postgres.ts <database url>` applies the migrations and loads the demo data.
import { closeDb } from "@/lib/db/client";
import { migrateDeploy } from "@/lib/db/migrate-deploy";
import { seedDemo } from "../../prisma/demo/seed-demo";

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url?.startsWith("postgres")) throw new Error("usage: prepare-postgres.ts postgresql://…");
  process.env.DATABASE_URL = url;
  await migrateDeploy(url, { quiet: true });
  await seedDemo(() => undefined);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
