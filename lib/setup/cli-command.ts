/** AWS CLI command lines built from structure, with every value shell-quoted (names come from AWS accounts). Pure. */
import type { CliCommand } from "./setup-report";

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(value: string): string {
  return SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function cli(
  service: string,
  operation: string,
  region: string,
  args: Array<[string, ...string[]]>,
): CliCommand {
  const all: Array<[string, ...string[]]> = [["--region", region], ...args];
  const text = [
    "aws",
    service,
    operation,
    ...all.flatMap(([flag, ...values]) => [flag, ...values.map(shellQuote)]),
  ].join(" ");
  return { service, operation, args: all, text };
}
