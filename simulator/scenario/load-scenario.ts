/** Scenario loading: zod validation, then cross-references; errors name the offending field path. */
import { readFileSync } from "node:fs";
import { type Scenario, scenarioSchema } from "./schema";
import { validateReferences } from "./validate-references";

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid scenario: ${problems.join("; ")}`);
    this.name = "ScenarioError";
  }
}

/** `["resourceGateways", 2, "subnetIds"]` → `resourceGateways[2].subnetIds` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out === "" ? String(key) : `${out}.${String(key)}`;
  }, "");
}

export function parseScenario(json: unknown): Scenario {
  const result = scenarioSchema.safeParse(json);
  if (!result.success) {
    throw new ScenarioError(
      result.error.issues.map((i) => `${formatPath(i.path) || "(root)"}: ${i.message}`),
    );
  }
  const problems = validateReferences(result.data);
  if (problems.length > 0) throw new ScenarioError(problems);
  return result.data;
}

export function loadScenario(path: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ScenarioError([`${path}: ${(e as Error).message}`]);
  }
  return parseScenario(json);
}
