import type { Metadata } from "next";
import { Suspense } from "react";
import { TopologyView } from "@/components/topology/topology-view";
import { PageHead } from "@/components/ui/page-head";

export const metadata: Metadata = { title: "Topology" };

export default function TopologyPage() {
  return (
    <>
      <PageHead
        title="Topology"
        subtitle="Consumers → endpoint or association → service network → configuration → gateway → target"
      />
      {/* nuqs reads the URL on the client: Suspense keeps the page static around it. */}
      <Suspense fallback={<p className="dim">Loading topology…</p>}>
        <TopologyView />
      </Suspense>
    </>
  );
}
