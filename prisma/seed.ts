// `npm run db:seed`: loads the demo workspaces into the configured database
// (migrations must be applied; `npm start` does both on first run).
import { closeDb } from "@/lib/db/client";
import { seedDemo } from "./demo/seed-demo";

seedDemo()
  .then((outcome) => {
    if (outcome === "already-present") console.log("Demo data is already present (tenant client-demo exists); nothing to do.");
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
