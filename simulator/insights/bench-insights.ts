/**
 * Throughput of the engine on generated default-format flow records (not part of the test suite:
 * timed tests are banned). Run: npx tsx simulator/insights/bench-insights.ts [events=2000000]
 */
import { type InsightsEvent, runInsightsQuery } from "./index";

const total = Number(process.argv[2] ?? 2_000_000);
const enis = Array.from({ length: 40 }, (_, i) => `eni-0a1b2c3d4e5f${i.toString(16).padStart(5, "0")}`);
const start = Date.UTC(2026, 10, 27, 0, 0, 0);

/** Events are generated on the fly, as the traffic model will stream them: none are held. */
function* events(): Generator<InsightsEvent> {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let i = 0; i < total; i++) {
    const eni = enis[i % enis.length]!;
    const t = Math.floor(start / 1000) + Math.floor((i / total) * 86_400);
    const r = rand();
    const message =
      i % 97 === 0
        ? `2 111122223333 ${eni} - - - - - - - ${t} ${t + 60} - NODATA`
        : `2 111122223333 ${eni} 10.0.${r % 256}.${(r >> 8) % 256} 10.1.5.10 ${1024 + (r % 60000)} 5432 6 ${1 + (r % 50)} ${40 + (r % 100000)} ${t} ${t + 60} ${r % 13 === 0 ? "REJECT" : "ACCEPT"} OK`;
    yield { timestamp: t * 1000, message, logStream: `${eni}-all`, logGroup: "111122223333:/vpc/flow" };
  }
}

const queries = [
  `filter interfaceId in ["${enis[0]}", "${enis[1]}", "${enis[2]}", "${enis[3]}"] | stats sum(bytes) by bin(5m)`,
  "stats sum(bytes) as bytes, count(*) as flows by bin(5m), dstAddr, dstPort",
  'filter action = "REJECT" | stats count(*) as rejects by srcAddr | sort rejects desc | limit 10',
  // The shape lib/flows/build-flow-query.ts sends for gateway ENIs: one row per flow record and 4-tuple.
  `filter logStatus = "OK" and interfaceId in ["${enis[0]}", "${enis[1]}"] and (dstPort = 5432 or srcPort = 5432)
| stats sum(bytes) as bytes, sum(packets) as packets, count(*) as records by startTime, endTime, srcAddr, srcPort, dstAddr, dstPort, action
| limit 10000`,
  'parse @message "* * * * * * * * * * * * * *" as v, acct, eni, src, dst, sp, dp, proto, pk, bt, st, en, act, ls | stats sum(bt) by bin(1h)',
];

{
  // Baseline: generating the events alone (charCodeAt flattens each built-up string, work the
  // engine would otherwise be charged for), so the engine's own share can be read off.
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  for (const e of events()) n += e.message.charCodeAt(e.message.length - 1) > 0 ? 1 : 0;
  const cpu = process.cpuUsage(c0);
  console.log(
    `${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu  generating ${n.toLocaleString("en-US")} events (baseline)`,
  );
}

// CPU time next to wall time: on a shared machine the wall clock measures the neighbours too.
for (const q of queries) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = runInsightsQuery(q, events());
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${(ms / 1000).toFixed(2)} s wall, ${cpuS.toFixed(2)} s cpu  ${Math.round(total / (ms / 1000)).toLocaleString("en-US")} events/s  rows=${r.rows.length} matched=${r.statistics.recordsMatched} scanned=${r.statistics.recordsScanned} bytes=${r.statistics.bytesScanned}  ${q.replace(/\s+/g, " ").slice(0, 90)}`,
  );
}
