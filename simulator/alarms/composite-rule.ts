/**
 * Composite alarm rules as CloudWatch documents them (PutCompositeAlarm, AlarmRule): the functions
 * ALARM("name or ARN"), OK(…), INSUFFICIENT_DATA(…), the constants TRUE and FALSE, the operators
 * AND, OR, NOT and parentheses. (AT_LEAST is not modelled.)
 */
import type { StateValue } from "./alarm-state";

export type Rule =
  | { kind: "state"; state: StateValue; alarm: string }
  | { kind: "const"; value: boolean }
  | { kind: "not"; rule: Rule }
  | { kind: "and" | "or"; left: Rule; right: Rule };

export class RuleError extends Error {}

const TOKEN = /\s*(ALARM|OK|INSUFFICIENT_DATA|TRUE|FALSE|AND|OR|NOT|\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+)/y;

function tokens(rule: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < rule.length) {
    if (/^\s*$/.test(rule.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(rule);
    if (!m) throw new RuleError(`cannot read the rule at ${TOKEN.lastIndex}`);
    out.push(m[1]!);
  }
  return out;
}

export function parseRule(rule: string): Rule {
  const t = tokens(rule);
  let i = 0;
  const peek = () => t[i];
  const take = (want?: string) => {
    const v = t[i++];
    if (v === undefined || (want !== undefined && v !== want))
      throw new RuleError(`expected ${want ?? "a term"} at token ${i}`);
    return v;
  };
  const primary = (): Rule => {
    const v = take();
    if (v === "(") {
      const r = or();
      take(")");
      return r;
    }
    if (v === "NOT") return { kind: "not", rule: primary() };
    if (v === "TRUE" || v === "FALSE") return { kind: "const", value: v === "TRUE" };
    if (v === "ALARM" || v === "OK" || v === "INSUFFICIENT_DATA") {
      take("(");
      const raw = take();
      take(")");
      const alarm = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
      return { kind: "state", state: v, alarm };
    }
    throw new RuleError(`unexpected ${v}`);
  };
  const and = (): Rule => {
    let left = primary();
    while (peek() === "AND") {
      take();
      left = { kind: "and", left, right: primary() };
    }
    return left;
  };
  const or = (): Rule => {
    let left = and();
    while (peek() === "OR") {
      take();
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const r = or();
  if (i !== t.length) throw new RuleError(`unexpected ${t[i]}`);
  return r;
}

/** The alarm names (or ARNs) a rule reads. */
export function ruleAlarms(r: Rule): string[] {
  switch (r.kind) {
    case "state":
      return [r.alarm];
    case "const":
      return [];
    case "not":
      return ruleAlarms(r.rule);
    default:
      return [...ruleAlarms(r.left), ...ruleAlarms(r.right)];
  }
}

export function evaluateRule(r: Rule, stateOf: (alarm: string) => StateValue): boolean {
  switch (r.kind) {
    case "state":
      return stateOf(r.alarm) === r.state;
    case "const":
      return r.value;
    case "not":
      return !evaluateRule(r.rule, stateOf);
    case "and":
      return evaluateRule(r.left, stateOf) && evaluateRule(r.right, stateOf);
    case "or":
      return evaluateRule(r.left, stateOf) || evaluateRule(r.right, stateOf);
  }
}
