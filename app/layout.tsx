import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { type ReactNode, Suspense } from "react";
import { QueryProvider } from "@/components/queries/query-provider";
import { AppHeader } from "@/components/shell/app-header";
import { AuthOffBanner } from "@/components/shell/auth-off-banner";
import { DemoBanner } from "@/components/shell/demo-banner";
import { InventoryMeta } from "@/components/shell/inventory-meta";
import { UserMenu } from "@/components/shell/user-menu";
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import { getEnv } from "@/lib/env";
import { currentIdentity } from "./_lib/current-identity";
import { loadInventory } from "./_lib/load-inventory";
import { refreshInventory } from "./_lib/refresh-inventory";
import "./globals.css";
import "./print.css";

// The environment (demo flag, AWS endpoint) is read per request, never frozen in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Lattice Lens", template: "%s · Lattice Lens" },
  description: "VPC Lattice resource gateways, resource configurations and PrivateLink resource endpoints",
};

function publicUrl(): string | undefined {
  try {
    return getEnv().LATTICE_LENS_PUBLIC_URL;
  } catch {
    return undefined;
  }
}

function isDemo(): boolean {
  try {
    return getEnv().LATTICE_LENS_DEMO;
  } catch {
    return false;
  }
}

async function HeaderMeta() {
  const result = await loadInventory();
  return result.ok ? (
    <InventoryMeta generatedAt={result.inventory.generatedAt} stats={result.inventory.stats} />
  ) : null;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [identity, settings] = await Promise.all([currentIdentity(), loadAuthSettings()]);
  const signOut =
    settings.mode === "oidc"
      ? ("form" as const)
      : settings.mode === "proxy" && settings.auth?.proxy?.signOutUrl
        ? { href: settings.auth.proxy.signOutUrl }
        : undefined;
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>
          {isDemo() && <DemoBanner />}
          {settings.mode === "none-i-know" && <AuthOffBanner />}
          {identity ? (
            <AppHeader
              refresh={refreshInventory}
              publicBase={publicUrl()}
              meta={
                <Suspense fallback={<span className="meta">Loading inventory…</span>}>
                  <HeaderMeta />
                </Suspense>
              }
              user={
                identity.via === "local" ? undefined : (
                  <UserMenu name={identity.name} role={identity.role} signOut={signOut} />
                )
              }
            />
          ) : (
            <AppHeader />
          )}
          <main className="main">
            <QueryProvider>{children}</QueryProvider>
          </main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
