/** CloudWatch statistics over a period's samples (Sum, Average, Maximum, Minimum, SampleCount, pNN). */

export const STAT = /^(Sum|Average|Maximum|Minimum|SampleCount|p(\d{1,2}(\.\d+)?|100))$/;

export function aggregate(stat: string, samples: number[]): number | undefined {
  if (samples.length === 0) return undefined;
  switch (stat) {
    case "Sum":
      return samples.reduce((a, b) => a + b, 0);
    case "Average":
      return samples.reduce((a, b) => a + b, 0) / samples.length;
    case "Maximum":
      return Math.max(...samples);
    case "Minimum":
      return Math.min(...samples);
    case "SampleCount":
      return samples.length;
    default: {
      const p = /^p(\d{1,2}(\.\d+)?|100)$/.exec(stat);
      if (!p) return undefined;
      const sorted = [...samples].sort((a, b) => a - b);
      const rank = Math.ceil((Number(p[1]) / 100) * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
  }
}
