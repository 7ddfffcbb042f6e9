import { describe, expect, it } from "vitest";
import { safeFileName } from "./safe-file-name";

describe("safeFileName", () => {
  it.each([
    ["orders-postgres-consumers-now-24h-now.csv", "orders-postgres-consumers-now-24h-now.csv"],
    ["../../etc/passwd", "etc_passwd"],
    ["..\\..\\Windows\\win.ini", "Windows_win.ini"],
    ["say \"hi\" 'there'.csv", "say_hi_there.csv"],
    ["=cmd|' /C calc'!A0.csv", "cmd_C_calc_A0.csv"],
    ["+SUM(1).png", "SUM_1.png"],
    ["-rf.json", "rf.json"],
    [".hidden.csv", "hidden.csv"],
    ['<img src=x onerror="alert(1)">.png', "img_src_x_onerror_alert_1.png"],
    ["東京-ВПК-🚀.csv", "export.csv"],
    ["CON.csv", "_CON.csv"],
    ["", "export"],
    ["a/b:c*d?e|f<g>h.csv", "a_b_c_d_e_f_g_h.csv"],
    ["name.with.dots.2026-12-04T10:00.png", "name.with.dots.2026-12-04T10_00.png"],
  ])("%j → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("caps the length and keeps the extension", () => {
    const out = safeFileName(`${"x".repeat(500)}.csv`);
    expect(out.length).toBe(120);
    expect(out.endsWith(".csv")).toBe(true);
  });
});
