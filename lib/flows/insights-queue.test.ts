import { describe, expect, it } from "vitest";
import { InsightsQueue, type InsightsQueueOptions, type QueryPriority } from "./insights-queue";

/** Lets granted promises settle; no timers. */
const settle = () => new Promise((r) => setImmediate(r));

type Step = ["ask", string, QueryPriority, string?] | ["release", string] | ["advance", number];

/** Runs a script of requests, releases and clock moves; returns who got a slot, in order. */
async function run(options: Omit<InsightsQueueOptions, "now">, steps: Step[]) {
  let t = 0;
  const q = new InsightsQueue({ ...options, now: () => t });
  const granted: string[] = [];
  const releases = new Map<string, () => void>();
  for (const step of steps) {
    if (step[0] === "ask") {
      const [, name, priority, key = "111111111111|us-east-1"] = step;
      void q.acquire(key, priority).then((release) => {
        granted.push(name);
        releases.set(name, release);
      });
    } else if (step[0] === "release") {
      const release = releases.get(step[1]);
      if (!release) throw new Error(`${step[1]} holds no slot`);
      release();
    } else t += step[1];
    await settle();
  }
  return { granted, q };
}

describe("InsightsQueue", () => {
  it.each<[string, Omit<InsightsQueueOptions, "now">, Step[], string[]]>([
    [
      "never more than the limit at once; FIFO within a priority",
      { limit: 2 },
      [
        ["ask", "a", "interactive"],
        ["ask", "b", "interactive"],
        ["ask", "c", "interactive"],
        ["ask", "d", "interactive"],
        ["release", "b"],
        ["release", "a"],
      ],
      ["a", "b", "c", "d"],
    ],
    [
      "interactive requests go before background ones that waited longer",
      { limit: 1 },
      [
        ["ask", "held", "interactive"],
        ["ask", "bg1", "background"],
        ["ask", "i1", "interactive"],
        ["ask", "bg2", "background"],
        ["ask", "i2", "interactive"],
        ["release", "held"],
        ["release", "i1"],
        ["release", "i2"],
        ["release", "bg1"],
      ],
      ["held", "i1", "i2", "bg1", "bg2"],
    ],
    [
      "background holds at most its share, so an interactive request starts at once",
      { limit: 4 },
      [
        ["ask", "bg1", "background"],
        ["ask", "bg2", "background"],
        ["ask", "bg3", "background"],
        ["ask", "bg4", "background"],
        ["ask", "now", "interactive"],
      ],
      ["bg1", "bg2", "bg3", "now"],
    ],
    [
      "a background waiter older than maxBackgroundWaitMs goes before newer interactive ones",
      { limit: 1, maxBackgroundWaitMs: 60_000 },
      [
        ["ask", "held", "interactive"],
        ["ask", "report", "background"],
        ["ask", "i1", "interactive"],
        ["release", "held"],
        ["ask", "i2", "interactive"],
        ["advance", 60_000],
        ["release", "i1"],
      ],
      ["held", "i1", "report"],
    ],
    [
      "accounts and regions are separate queues",
      { limit: 1 },
      [
        ["ask", "a-east", "interactive", "111111111111|us-east-1"],
        ["ask", "a-west", "interactive", "111111111111|eu-west-1"],
        ["ask", "b-east", "interactive", "222222222222|us-east-1"],
        ["ask", "a-east-2", "interactive", "111111111111|us-east-1"],
      ],
      ["a-east", "a-west", "b-east"],
    ],
  ])("%s", async (_name, options, steps, expected) => {
    expect((await run(options, steps)).granted).toEqual(expected);
  });

  it("a limit of one still lets background work run when nothing interactive waits", async () => {
    const { granted, q } = await run({ limit: 1 }, [["ask", "bg", "background"]]);
    expect(granted).toEqual(["bg"]);
    expect(q.backgroundLimit).toBe(1);
  });

  it("counts what runs and waits, and forgets idle keys", async () => {
    const q = new InsightsQueue({ limit: 1 });
    const release = await q.acquire("k", "background");
    void q.acquire("k", "interactive");
    void q.acquire("k", "background");
    expect(q.snapshot("k")).toEqual({
      running: 1,
      runningBackground: 1,
      waitingInteractive: 1,
      waitingBackground: 1,
    });
    release();
    release(); // a second release must not free a second slot
    await settle();
    expect(q.snapshot("k")).toMatchObject({ running: 1, runningBackground: 0, waitingBackground: 1 });
  });

  it("an aborted waiter leaves the queue with the signal's reason; an aborted signal never queues", async () => {
    const q = new InsightsQueue({ limit: 1 });
    const release = await q.acquire("k");
    const abort = new AbortController();
    const waiting = q.acquire("k", "interactive", abort.signal);
    abort.abort(new Error("navigated away"));
    await expect(waiting).rejects.toThrow("navigated away");
    expect(q.snapshot("k").waitingInteractive).toBe(0);
    await expect(q.acquire("k", "interactive", abort.signal)).rejects.toThrow("navigated away");
    release();
    expect(q.snapshot("k")).toEqual({
      running: 0,
      runningBackground: 0,
      waitingInteractive: 0,
      waitingBackground: 0,
    });
  });

  it("refuses a limit below one", () => {
    expect(() => new InsightsQueue({ limit: 0 })).toThrow(RangeError);
    expect(() => new InsightsQueue({ limit: 1.5 })).toThrow(RangeError);
  });
});
