import { type Compiled, compileExpr } from "./compile-expression";
import { InsightsQueryError } from "./insights-query-error";
import { MapRow, type Row } from "./row";
import { type Command, type Expr, Instant, type Value } from "./types";
import { compareValues, toNumber, toText } from "./values";

interface Accumulator {
  add(row: Row): void;
  value(): Value | undefined;
}

type AccumulatorFactory = () => Accumulator;

/**
 * `stats` over a stream of rows: one small accumulator per aggregate per group, so the events
 * themselves are never kept. Aggregates may sit inside an expression (`sum(bytes) / count(*)`):
 * each aggregate call becomes a slot, and the item's expression is evaluated over the slots once
 * the group is complete.
 */
export class StatsRunner {
  private readonly groupExprs: Compiled[];
  private readonly groupNames: string[];
  private readonly factories: AccumulatorFactory[] = [];
  private readonly items: Array<{ name: string; eval: Compiled }>;
  private readonly groups = new Map<string, { keys: Array<Value | undefined>; accs: Accumulator[] }>();
  private readonly binColumn: number;

  constructor(cmd: Command & { kind: "stats" }) {
    this.groupExprs = cmd.groups.map((g) => compileExpr(g.expr));
    this.groupNames = cmd.groups.map((g) => g.name);
    this.binColumn = cmd.groups.findIndex((g) => g.expr.kind === "call" && g.expr.name === "bin");
    this.items = cmd.aggregates.map((a) => ({
      name: a.name,
      eval: compileExpr(a.expr, (call) => {
        const slot = this.factories.length;
        this.factories.push(accumulatorFactory(call));
        return (r) => (r as SlotRow).slots[slot];
      }),
    }));
  }

  add(row: Row): void {
    const exprs = this.groupExprs;
    let key = "";
    let keys: Array<Value | undefined> | undefined;
    if (exprs.length === 1) {
      const v = exprs[0]!(row);
      key = v === undefined ? "\u0000" : keyText(v);
      keys = [v];
    } else if (exprs.length > 1) {
      keys = new Array(exprs.length);
      for (let i = 0; i < exprs.length; i++) {
        const v = exprs[i]!(row);
        keys[i] = v;
        key += `${v === undefined ? "\u0000" : keyText(v)}\u0001`;
      }
    }
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { keys: keys ?? [], accs: this.factories.map((f) => f()) };
      this.groups.set(key, group);
    }
    const accs = group.accs;
    for (let i = 0; i < accs.length; i++) accs[i]!.add(row);
  }

  /** Column names in output order: the groups, then the aggregates (as GetQueryResults lists them). */
  columns(): string[] {
    return [...this.groupNames, ...this.items.map((i) => i.name)];
  }

  finish(): MapRow[] {
    let groups = [...this.groups.values()];
    // Time buckets come out in time order, whatever order the events were scanned in.
    const b = this.binColumn;
    if (b >= 0) groups = groups.sort((x, y) => bucketMs(x.keys[b]) - bucketMs(y.keys[b]));
    return groups.map((g) => {
      const row = new SlotRow(g.accs.map((a) => a.value()));
      g.keys.forEach((v, i) => {
        row.set(this.groupNames[i]!, v);
      });
      for (const item of this.items) row.set(item.name, item.eval(row));
      row.slots = [];
      return row;
    });
  }
}

class SlotRow extends MapRow {
  constructor(public slots: Array<Value | undefined>) {
    super();
  }
}

function bucketMs(v: Value | undefined): number {
  return v instanceof Instant ? v.ms : Number.POSITIVE_INFINITY;
}

function keyText(v: Value): string {
  return typeof v === "string" ? v : v instanceof Instant ? `\u0002${v.ms}` : toText(v);
}

function accumulatorFactory(call: Expr & { kind: "call" }): AccumulatorFactory {
  const arg = call.star || call.args.length === 0 ? undefined : compileExpr(call.args[0]!);
  switch (call.name) {
    case "count":
      if (!arg) return () => new CountAll();
      return () => new CountPresent(arg);
    case "count_distinct":
      return () => new CountDistinct(arg!);
    case "sum":
      return () => new Sum(arg!);
    case "avg":
      return () => new Avg(arg!);
    case "min":
      return () => new Extreme(arg!, -1);
    case "max":
      return () => new Extreme(arg!, 1);
  }
  throw new InsightsQueryError(`unknown function "${call.name}"`, call.span);
}

class CountAll implements Accumulator {
  private n = 0;
  add(): void {
    this.n++;
  }
  value(): Value {
    return this.n;
  }
}

class CountPresent implements Accumulator {
  private n = 0;
  constructor(private readonly arg: Compiled) {}
  add(row: Row): void {
    if (this.arg(row) !== undefined) this.n++;
  }
  value(): Value {
    return this.n;
  }
}

class CountDistinct implements Accumulator {
  private readonly seen = new Set<string>();
  constructor(private readonly arg: Compiled) {}
  add(row: Row): void {
    const v = this.arg(row);
    if (v !== undefined) this.seen.add(toText(v));
  }
  value(): Value {
    return this.seen.size;
  }
}

/** Non-numeric values ("-" in NODATA records) are skipped, not counted as zero. */
class Sum implements Accumulator {
  private total = 0;
  private any = false;
  constructor(private readonly arg: Compiled) {}
  add(row: Row): void {
    const n = toNumber(this.arg(row));
    if (!Number.isNaN(n)) {
      this.total += n;
      this.any = true;
    }
  }
  value(): Value | undefined {
    return this.any ? this.total : undefined;
  }
}

class Avg implements Accumulator {
  private total = 0;
  private n = 0;
  constructor(private readonly arg: Compiled) {}
  add(row: Row): void {
    const x = toNumber(this.arg(row));
    if (!Number.isNaN(x)) {
      this.total += x;
      this.n++;
    }
  }
  value(): Value | undefined {
    return this.n > 0 ? this.total / this.n : undefined;
  }
}

/** min/max keep the winning value itself, so min(@timestamp) still prints as a time. */
class Extreme implements Accumulator {
  private best: Value | undefined;
  constructor(
    private readonly arg: Compiled,
    private readonly sign: 1 | -1,
  ) {}
  add(row: Row): void {
    const v = this.arg(row);
    if (v === undefined || Number.isNaN(toNumber(v))) return;
    if (this.best === undefined || compareValues(v, this.best) * this.sign > 0) this.best = v;
  }
  value(): Value | undefined {
    if (this.best === undefined || this.best instanceof Instant) return this.best;
    return toNumber(this.best);
  }
}
