/**
 * Partition pruning as Athena does it with partition projection: a partition (an S3 folder) is
 * read unless the WHERE clause is certainly false for its partition values. Predicates on other
 * columns are "unknown" and prune nothing, so the bytes scanned are those of every folder the
 * partition predicates leave (Athena UG, "Partition projection": only the projected partitions
 * the query filters to are read, https://docs.aws.amazon.com/athena/latest/ug/partition-projection.html).
 */
import type { SqlNode } from "./athena-subset";

type Truth = boolean | undefined;

function constantString(n: SqlNode | undefined): string | undefined {
  if (n?.class !== "CONSTANT") return undefined;
  const v = n.value as { type?: { id?: string }; value?: unknown } | undefined;
  return v?.type?.id === "VARCHAR" && typeof v.value === "string" ? v.value : undefined;
}

function partitionColumn(n: SqlNode | undefined, values: Record<string, string>): string | undefined {
  if (n?.class !== "COLUMN_REF") return undefined;
  const name = (n.column_names as string[]).at(-1)?.toLowerCase();
  return name !== undefined && Object.hasOwn(values, name) ? name : undefined;
}

function compare(op: string, a: string, b: string): Truth {
  switch (op) {
    case "COMPARE_EQUAL":
      return a === b;
    case "COMPARE_NOTEQUAL":
      return a !== b;
    case "COMPARE_LESSTHAN":
      return a < b;
    case "COMPARE_GREATERTHAN":
      return a > b;
    case "COMPARE_LESSTHANOREQUALTO":
      return a <= b;
    case "COMPARE_GREATERTHANOREQUALTO":
      return a >= b;
    default:
      return undefined;
  }
}

const FLIP: Record<string, string> = {
  COMPARE_LESSTHAN: "COMPARE_GREATERTHAN",
  COMPARE_GREATERTHAN: "COMPARE_LESSTHAN",
  COMPARE_LESSTHANOREQUALTO: "COMPARE_GREATERTHANOREQUALTO",
  COMPARE_GREATERTHANOREQUALTO: "COMPARE_LESSTHANOREQUALTO",
};

/** Three-valued truth of `n` for one partition: true, false, or undefined (depends on the rows). */
export function partitionTruth(n: SqlNode, values: Record<string, string>): Truth {
  const kids = (n.children as SqlNode[] | undefined) ?? [];
  switch (n.type) {
    case "CONJUNCTION_AND": {
      const t = kids.map((c) => partitionTruth(c, values));
      return t.includes(false) ? false : t.every((x) => x === true) ? true : undefined;
    }
    case "CONJUNCTION_OR": {
      const t = kids.map((c) => partitionTruth(c, values));
      return t.includes(true) ? true : t.every((x) => x === false) ? false : undefined;
    }
    case "OPERATOR_NOT": {
      const t = kids[0] ? partitionTruth(kids[0], values) : undefined;
      return t === undefined ? undefined : !t;
    }
    case "COMPARE_IN":
    case "COMPARE_NOT_IN": {
      const col = partitionColumn(kids[0], values);
      const list = kids.slice(1).map(constantString);
      if (col === undefined || list.some((x) => x === undefined)) return undefined;
      const hit = list.includes(values[col]);
      return n.type === "COMPARE_IN" ? hit : !hit;
    }
    case "COMPARE_BETWEEN": {
      const col = partitionColumn(n.input as SqlNode, values);
      const lo = constantString(n.lower as SqlNode);
      const hi = constantString(n.upper as SqlNode);
      if (col === undefined || lo === undefined || hi === undefined) return undefined;
      const v = values[col] as string;
      return v >= lo && v <= hi;
    }
    default: {
      if (n.class !== "COMPARISON") return undefined;
      const left = n.left as SqlNode;
      const right = n.right as SqlNode;
      const lc = partitionColumn(left, values);
      const rc = partitionColumn(right, values);
      if (lc !== undefined && constantString(right) !== undefined)
        return compare(String(n.type), values[lc] as string, constantString(right) as string);
      if (rc !== undefined && constantString(left) !== undefined)
        return compare(
          FLIP[String(n.type)] ?? String(n.type),
          values[rc] as string,
          constantString(left) as string,
        );
      return undefined;
    }
  }
}

/** Whether a partition must be read for this WHERE clause (absent: every partition). */
export function partitionKept(where: SqlNode | null | undefined, values: Record<string, string>): boolean {
  return where === undefined || where === null || partitionTruth(where, values) !== false;
}
