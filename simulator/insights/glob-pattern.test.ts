import { describe, expect, it } from "vitest";
import { compileGlob } from "./glob-pattern";

/** The regex a glob stands for: literal text, lazy captures, the last one greedy. */
function reference(glob: string, text: string): string[] | null {
  const parts = glob.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  let source = parts[0]!;
  for (let i = 1; i < parts.length; i++) source += `${i === parts.length - 1 ? "(.*)" : "(.*?)"}${parts[i]}`;
  const m = new RegExp(source, "s").exec(text);
  return m ? m.slice(1) : null;
}

describe("compileGlob matches like the regex it stands for", () => {
  const globs = [
    "* * *",
    "user=*, method:*, latency := *",
    "[*] *",
    "a=* b=*",
    "**",
    "*x",
    "x*",
    "*",
    "(*) ",
    "a*b*c*",
  ];
  const texts = [
    "5 52.95.128.179 10.0.0.71 80",
    "user=alice, method:GET, latency := 12",
    "[INFO] started [x] y",
    "a=1 a=2 b=3 b=4",
    "",
    "xx",
    "no stars here",
    "(1) (2) ",
    "abcabc",
    "line\nbreak",
  ];
  for (const g of globs)
    it(JSON.stringify(g), () => {
      const m = compileGlob(g);
      for (const t of texts)
        expect(m(t), `${JSON.stringify(g)} on ${JSON.stringify(t)}`).toEqual(reference(g, t));
    });
});
