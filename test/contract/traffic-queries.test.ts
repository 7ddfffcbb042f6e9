/**
 * The product's Logs Insights queries, parsed by the simulator's Insights parser: hostile values
 * (quotes, pipes, backticks, backslashes) come back as exactly the string values given, inside
 * the one `in` list, and the query keeps its commands.
 */
import { describe, expect, it } from "vitest";
import { buildAccessLogQuery } from "@/lib/flows/build-access-log-query";
import { buildGatewayFlowQuery } from "@/lib/flows/build-flow-query";
import { parseFlowLogFormat } from "@/lib/flows/flow-log-format";
import { parseInsightsQuery } from "@/simulator/insights";

const hostile = [
  'eni-1" | stats count(*) by srcAddr | filter "1"="1',
  'eni-1\\" | limit 1',
  "eni-1` | display @message",
  "eni-1 | fields @message",
  "\\\\",
];

type Node = { kind: string; [k: string]: unknown };
function inLists(node: unknown, out: string[][] = []): string[][] {
  if (!node || typeof node !== "object") return out;
  const n = node as Node;
  if (n.kind === "in") out.push((n.list as Array<{ value: string }>).map((x) => x.value));
  for (const v of Object.values(n)) if (v && typeof v === "object") inLists(v, out);
  return out;
}

describe("hostile values parsed back by an Insights parser", () => {
  it.each(hostile)("%j", (value) => {
    const flow = parseInsightsQuery(
      buildGatewayFlowQuery({
        format: parseFlowLogFormat(undefined),
        eniIds: [value, "eni-b"],
        ports: [{ from: 443, to: 443 }],
      }),
    );
    expect(flow.commands.map((c) => c.kind)).toEqual(["filter", "stats", "limit"]);
    expect(inLists(flow.commands[0])).toEqual([[value, "eni-b"]]);

    const access = parseInsightsQuery(buildAccessLogQuery({ configurationArns: [value] }));
    expect(access.commands.map((c) => c.kind)).toEqual(["fields", "filter", "limit"]);
    expect(inLists(access.commands[1])).toEqual([[value]]);
  });
});
