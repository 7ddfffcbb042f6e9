/** The CloudWatch console page of an alarm (aws-facts §0.1 item 8). */
export function alarmConsoleUrl(region: string, name: string): string {
  const r = encodeURIComponent(region);
  return `https://${r}.console.aws.amazon.com/cloudwatch/home?region=${r}#alarmsV2:alarm/${encodeURIComponent(name)}`;
}
