import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

/** What a rep sees on /reports and /feedback: tenant-wide figures are for managers and analysts; a rep's own numbers are elsewhere. */
export function ReportsForManagers({ title }: { title: string }) {
  return (
    <div className="space-y-5">
      <PageHeader title={title} />
      <Alert tone="info">
        {title} covers the whole workspace, so it is for admins, managers and analysts. Your own pipeline value and due tasks are on the{" "}
        <Link href="/" className="font-medium underline">
          overview
        </Link>{" "}
        and your deals on the{" "}
        <Link href="/pipeline" className="font-medium underline">
          pipeline
        </Link>
        .
      </Alert>
    </div>
  );
}
