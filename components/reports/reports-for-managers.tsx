import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** What a rep sees on /reports and /feedback: tenant-wide figures are for managers and analysts; a rep's own numbers are elsewhere. */
export function ReportsForManagers({ what }: { what: string }) {
  return (
    <Alert tone="info">
      {what} cover the whole workspace, so they are for admins, managers and analysts. Your own pipeline value and due tasks are on the{" "}
      <Link href="/" className="font-medium underline">
        overview
      </Link>{" "}
      and your deals on the{" "}
      <Link href="/pipeline" className="font-medium underline">
        pipeline
      </Link>
      .
    </Alert>
  );
}
