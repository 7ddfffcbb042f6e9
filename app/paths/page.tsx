import type { Metadata } from "next";
import { PathAnswer } from "@/components/paths/path-answer";
import { PathForm } from "@/components/paths/path-form";
import { ErrorPanel } from "@/components/ui/error-panel";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { isAppError } from "@/lib/errors";
import { getPathCheck } from "@/lib/paths/get-path-check";
import { consumerOptions, targetOptions } from "@/lib/paths/path-options";
import { parsePathQuery } from "@/lib/paths/path-query";
import { loadInventory } from "../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Path check" };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PathsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const key of ["consumer", "target", "from", "to"]) {
    const v = first(raw[key]);
    if (v !== undefined) params.set(key, v);
  }
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Path check" error={result.error} />;
  const inv = result.inventory;
  // One of the two alone (from a "Check path" link) prefills the form; both ask the question.
  const asked = params.has("consumer") && params.has("target");
  const parsed = asked ? parsePathQuery(params) : undefined;
  let answer: Awaited<ReturnType<typeof getPathCheck>> | undefined;
  let error: { message: string; field?: string; code: string } | undefined;
  if (parsed?.ok) {
    try {
      answer = await getPathCheck(parsed.query, { inventory: inv });
    } catch (e) {
      if (!isAppError(e)) throw e;
      error = { message: e.message, field: e.field, code: e.code };
    }
  } else if (parsed && !parsed.ok) {
    error = { message: parsed.message, field: parsed.parameter, code: "bad_request" };
  }
  return (
    <>
      <PageHead
        title="Path check"
        subtitle="Why can or can't this consumer reach this resource? Every route, hop by hop, with the evidence and the fix."
      />
      <section className="panel">
        <PathForm
          consumers={consumerOptions(inv)}
          targets={targetOptions(inv)}
          consumer={params.get("consumer") ?? undefined}
          target={params.get("target") ?? undefined}
          from={params.get("from") ?? undefined}
          to={params.get("to") ?? undefined}
        />
      </section>
      {error && (
        <ErrorPanel
          title={error.field ? `Invalid ${error.field}` : "Could not check the path"}
          code={error.code}
          message={error.message}
        />
      )}
      {answer && <PathAnswer answer={answer} />}
    </>
  );
}
