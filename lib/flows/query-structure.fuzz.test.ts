/**
 * Property tests (fast-check, fixed seeds): no input changes a Logs Insights query's structure.
 * Each query is reduced to its skeleton — every string literal replaced by a placeholder, read
 * the way Logs Insights reads them (double quotes, backslash escapes) — and the skeleton must be
 * the one benign ids give; each literal must read back as the exact value that went in. Inputs
 * with control characters must be refused, never turned into a query.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildAccessLogQuery } from "./build-access-log-query";
import { buildEndpointFlowQuery, buildGatewayFlowQuery } from "./build-flow-query";
import { parseFlowLogFormat } from "./flow-log-format";
import { InsightsLiteralError } from "./insights-literal";

const RUNS = 400;

/** The query with each string literal replaced by `"?"`, and the literals' values as read back. */
function skeleton(query: string): { shape: string; values: string[] } {
  let shape = "";
  const values: string[] = [];
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c !== '"') {
      shape += c;
      continue;
    }
    let value = "";
    for (i++; i < query.length && query[i] !== '"'; i++) {
      if (query[i] === "\\") i++;
      value += query[i] ?? "";
    }
    if (i >= query.length) throw new Error(`unterminated literal in ${query}`);
    values.push(value);
    shape += '"?"';
  }
  return { shape, values };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the refused characters
const CONTROL = /[\u0000-\u001f\u007f]/;
const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    '"',
    '\\"',
    "\\",
    '" | filter 1=1 | fields "',
    "`",
    "|",
    "\n| stats count(*)",
    "'",
    "#",
    "${x}",
  ),
);
const ids = fc.array(hostile, { minLength: 1, maxLength: 5 });

const defaultFormat = parseFlowLogFormat(undefined);
const customFormat = parseFlowLogFormat(
  "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${tcp-flags}",
);

const builders: [string, (values: string[]) => string][] = [
  [
    "gateway flow query (default format)",
    (v) => buildGatewayFlowQuery({ format: defaultFormat, eniIds: v, ports: [{ from: 5432, to: 5432 }] }),
  ],
  [
    "gateway flow query (custom format)",
    (v) => buildGatewayFlowQuery({ format: customFormat, eniIds: v, ports: [{ from: 1, to: 1024 }] }),
  ],
  ["endpoint flow query", (v) => buildEndpointFlowQuery({ format: customFormat, eniIds: v })],
  ["access log query", (v) => buildAccessLogQuery({ configurationArns: v })],
];

const counts = { tried: 0, failures: 0 };
afterAll(() => console.log(`query fuzz: ${counts.tried} inputs tried, ${counts.failures} failures`));

describe.each(builders)("%s: no input changes the statement", (_name, build) => {
  it(`holds over ${RUNS} generated inputs`, () => {
    let tried = 0;
    fc.assert(
      fc.property(ids, (values) => {
        tried++;
        counts.tried++;
        if (values.some((v) => CONTROL.test(v))) {
          expect(() => build(values)).toThrow(InsightsLiteralError);
          return;
        }
        try {
          const benign = skeleton(build(values.map((_, i) => `eni-${i}`)));
          const got = skeleton(build(values));
          expect(got.shape).toBe(benign.shape);
          // The literals that carry the inputs read back exactly as given.
          const inputs = got.values.filter((_, i) => benign.values[i]?.startsWith("eni-"));
          expect(inputs).toEqual(values);
        } catch (e) {
          counts.failures++;
          throw e;
        }
      }),
      { seed: 14, numRuns: RUNS },
    );
    expect(tried).toBe(RUNS);
  });
});
