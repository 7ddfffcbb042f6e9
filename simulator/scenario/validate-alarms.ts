/**
 * Alarm checks: names unique per account and region across metric and composite alarms (CloudWatch
 * keys alarms by name there), and composite rules that parse and name only alarms of their own
 * account and region (PutCompositeAlarm rejects anything else).
 */
import { parseRule, RuleError, ruleAlarms } from "../alarms/composite-rule";
import type { Scenario } from "./schema";

export function validateAlarms(s: Scenario): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const key = (x: { account: string; region: string; name: string }) => `${x.account}/${x.region}/${x.name}`;
  const check = (section: string, xs: Array<{ account: string; region: string; name: string }>) =>
    xs.forEach((x, i) => {
      if (seen.has(key(x)))
        problems.push(`${section}[${i}].name: duplicate alarm ${x.name} in ${x.account}/${x.region}`);
      seen.add(key(x));
    });
  check("alarms", s.alarms);
  check("compositeAlarms", s.compositeAlarms);
  s.compositeAlarms.forEach((c, i) => {
    try {
      for (const ref of ruleAlarms(parseRule(c.alarmRule))) {
        const name = ref.replace(/^arn:aws:cloudwatch:[^:]+:\d{12}:alarm:/, "");
        if (!seen.has(`${c.account}/${c.region}/${name}`) || name === c.name)
          problems.push(`compositeAlarms[${i}].alarmRule: no other alarm ${ref} in ${c.account}/${c.region}`);
      }
    } catch (e) {
      if (!(e instanceof RuleError)) throw e;
      problems.push(`compositeAlarms[${i}].alarmRule: ${e.message}`);
    }
  });
  return problems;
}
