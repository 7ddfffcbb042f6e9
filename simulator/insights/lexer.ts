import { InsightsQueryError } from "./insights-query-error";

export type TokenKind =
  | "ident"
  | "quotedIdent"
  | "string"
  | "number"
  | "duration"
  | "regex"
  | "op"
  | ","
  | "|"
  | "("
  | ")"
  | "["
  | "]"
  | "eof";

export interface Token {
  kind: TokenKind;
  /** Identifier name, decoded string value, operator, number text, regex source or duration text. */
  text: string;
  /** Regex flags (`i` for a leading `(?i)`). */
  flags?: string;
  start: number;
  end: number;
}

const OPERATORS = ["=~", "!=", "<=", ">=", "==", "=", "<", ">", "+", "-", "*", "/", "%"];

function isIdentStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c === "@";
}

function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= "0" && c <= "9") || c === ".";
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/**
 * An on-demand scanner: the parser pulls tokens one at a time. A `/` is always scanned as an
 * operator; where the grammar expects a value the parser asks for a regex instead (`rescanRegex`),
 * because only the grammar knows whether `a / b` is a division or `parse @message /x/` a pattern.
 * Literals are scanned strictly (escapes, embedded `|` and newlines), so nothing inside a literal
 * can end a command.
 */
export class Lexer {
  private pos = 0;

  constructor(private readonly src: string) {}

  next(): Token {
    const src = this.src;
    // Whitespace and `# comments` (to the end of the line) between tokens; never inside a literal.
    for (;;) {
      while (this.pos < src.length && /\s/.test(src[this.pos]!)) this.pos++;
      if (src[this.pos] !== "#") break;
      const eol = src.indexOf("\n", this.pos);
      this.pos = eol < 0 ? src.length : eol + 1;
    }
    const start = this.pos;
    if (start >= src.length) return { kind: "eof", text: "", start, end: start };
    const c = src[start]!;

    if (c === '"' || c === "'") return this.scanString(c, start);
    if (c === "`") return this.scanQuotedIdent(start);
    if (isDigit(c) || (c === "." && isDigit(src[start + 1]))) return this.scanNumber(start);
    if (isIdentStart(c)) {
      let i = start + 1;
      while (i < src.length && isIdentPart(src[i]!)) i++;
      this.pos = i;
      return { kind: "ident", text: src.slice(start, i), start, end: i };
    }
    if (c === "," || c === "|" || c === "(" || c === ")" || c === "[" || c === "]") {
      this.pos = start + 1;
      return { kind: c, text: c, start, end: start + 1 };
    }
    for (const op of OPERATORS) {
      if (src.startsWith(op, start)) {
        this.pos = start + op.length;
        return { kind: "op", text: op === "==" ? "=" : op, start, end: this.pos };
      }
    }
    throw new InsightsQueryError(`unexpected character ${JSON.stringify(c)}`, { start, end: start + 1 });
  }

  /** Scan a `/regex/` starting at `start` (where a `/` operator token was read) and continue after it. */
  rescanRegex(start: number): Token {
    const src = this.src;
    let i = start + 1;
    let source = "";
    for (;;) {
      if (i >= src.length)
        throw new InsightsQueryError("unterminated regular expression", { start, end: src.length });
      const c = src[i]!;
      if (c === "\\" && src[i + 1] === "/") {
        source += "/";
        i += 2;
        continue;
      }
      if (c === "\\" && i + 1 < src.length) {
        source += c + src[i + 1];
        i += 2;
        continue;
      }
      if (c === "/") break;
      source += c;
      i++;
    }
    const end = i + 1;
    this.pos = end;
    // Insights regexes are Java-style; the only inline flag worth translating is a leading (?i).
    let flags = "";
    if (source.startsWith("(?i)")) {
      flags = "i";
      source = source.slice(4);
    }
    try {
      new RegExp(source, flags);
    } catch (e) {
      throw new InsightsQueryError(`invalid regular expression: ${(e as Error).message}`, { start, end });
    }
    return { kind: "regex", text: source, flags, start, end };
  }

  private scanString(quote: string, start: number): Token {
    const src = this.src;
    let i = start + 1;
    let value = "";
    for (;;) {
      if (i >= src.length)
        throw new InsightsQueryError("unterminated string literal", { start, end: src.length });
      const c = src[i]!;
      if (c === "\\") {
        if (i + 1 >= src.length)
          throw new InsightsQueryError("unterminated string literal", { start, end: src.length });
        const e = src[i + 1]!;
        value += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
        i += 2;
        continue;
      }
      if (c === quote) break;
      value += c;
      i++;
    }
    this.pos = i + 1;
    return { kind: "string", text: value, start, end: i + 1 };
  }

  private scanQuotedIdent(start: number): Token {
    const close = this.src.indexOf("`", start + 1);
    if (close < 0) throw new InsightsQueryError("unterminated `field name`", { start, end: this.src.length });
    this.pos = close + 1;
    return { kind: "quotedIdent", text: this.src.slice(start + 1, close), start, end: close + 1 };
  }

  private scanNumber(start: number): Token {
    const src = this.src;
    let i = start;
    while (isDigit(src[i])) i++;
    if (src[i] === "." && isDigit(src[i + 1])) {
      i++;
      while (isDigit(src[i])) i++;
    }
    // `5m`, `1h`: a number glued to letters is a duration (bin periods); the parser validates the unit.
    if (i < src.length && /[A-Za-z]/.test(src[i]!)) {
      let j = i;
      while (j < src.length && /[A-Za-z]/.test(src[j]!)) j++;
      this.pos = j;
      return { kind: "duration", text: src.slice(start, j), start, end: j };
    }
    this.pos = i;
    return { kind: "number", text: src.slice(start, i), start, end: i };
  }
}
