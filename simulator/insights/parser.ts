import { AGGREGATE_FUNCTIONS, SCALAR_FUNCTIONS } from "./function-names";
import { InsightsQueryError } from "./insights-query-error";
import { Lexer, type Token } from "./lexer";
import type { BinaryOp, Command, Expr, NamedExpr, ParsedQuery, Span } from "./types";

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  d: 86_400_000,
};
const MAX_NESTING = 100;
const COMMANDS = ["fields", "display", "filter", "parse", "stats", "sort", "limit", "dedup"];
const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">="]);
/** Words that end an expression inside a command, so `stats sum(x) as y by z` splits where it should. */
const KEYWORDS = new Set(["and", "or", "not", "in", "like", "as", "by", "asc", "desc"]);

/** Parse a Logs Insights query; throws InsightsQueryError with the offending character range. */
export function parseInsightsQuery(query: string): ParsedQuery {
  return new Parser(query).parseQuery();
}

class Parser {
  private readonly lexer: Lexer;
  private tok: Token;
  /** Expression nesting, bounded so that a hostile query is a compile error, not a stack overflow. */
  private depth = 0;
  /** Whether aggregate calls are allowed where an expression is being parsed (only in `stats`). */
  private allowAggregates = false;

  constructor(private readonly src: string) {
    this.lexer = new Lexer(src);
    this.tok = this.lexer.next();
  }

  parseQuery(): ParsedQuery {
    if (this.at("eof")) throw new InsightsQueryError("empty query", { start: 0, end: this.src.length });
    const commands: Command[] = [];
    for (;;) {
      commands.push(this.parseCommand());
      if (this.at("eof")) break;
      if (!this.at("|")) throw this.unexpected("expected | or the end of the query");
      this.advance();
    }
    return { query: this.src, commands };
  }

  private parseCommand(): Command {
    const t = this.tok;
    if (t.kind !== "ident") throw this.unexpected("expected a command");
    const name = t.text.toLowerCase();
    if (!COMMANDS.includes(name)) throw new InsightsQueryError(`unknown command "${t.text}"`, t);
    this.advance();
    switch (name) {
      case "fields":
      case "display": {
        const items = this.parseNamedList();
        return { kind: name, items, span: this.spanFrom(t) };
      }
      case "filter": {
        const expr = this.parseExpr();
        return { kind: "filter", expr, span: this.spanFrom(t) };
      }
      case "parse":
        return this.parseParse(t);
      case "stats":
        return this.parseStats(t);
      case "sort":
        return this.parseSort(t);
      case "limit": {
        const n = this.tok;
        if (n.kind !== "number" || !/^\d+$/.test(n.text) || Number(n.text) < 1)
          throw this.unexpected("limit needs a positive whole number");
        this.advance();
        return { kind: "limit", count: Number(n.text), span: this.spanFrom(t) };
      }
      default: {
        const keys = this.parseNamedList();
        return { kind: "dedup", keys, span: this.spanFrom(t) };
      }
    }
  }

  private parseParse(t: Token): Command {
    const source = this.parseOperand();
    if (this.at("string")) {
      const glob = this.tok.text;
      const globTok = this.tok;
      this.advance();
      this.expectKeyword("as");
      const names = [this.parseName()];
      while (this.at(",")) {
        this.advance();
        names.push(this.parseName());
      }
      const stars = glob.split("*").length - 1;
      if (stars !== names.length)
        throw new InsightsQueryError(
          `the pattern has ${stars} wildcard(s) but ${names.length} field name(s) follow "as"`,
          { start: globTok.start, end: this.tok.start },
        );
      return { kind: "parse", source, glob, names, span: this.spanFrom(t) };
    }
    if (this.at("op") && this.tok.text === "/") {
      const re = this.lexer.rescanRegex(this.tok.start);
      this.tok = this.lexer.next();
      const names = [...re.text.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]!);
      if (names.length === 0)
        throw new InsightsQueryError("a parse regular expression needs named groups (?<name>…)", re);
      return {
        kind: "parse",
        source,
        regex: { source: re.text, flags: re.flags ?? "" },
        names,
        span: this.spanFrom(t),
      };
    }
    throw this.unexpected('parse needs a "glob * pattern" or a /regex/');
  }

  private parseStats(t: Token): Command {
    this.allowAggregates = true;
    const aggregates: NamedExpr[] = [];
    do {
      if (aggregates.length > 0) this.advance();
      const item = this.parseNamed();
      if (!containsAggregate(item.expr))
        throw new InsightsQueryError(
          "stats needs an aggregate function such as count(*) or sum(field)",
          item.expr.span,
        );
      aggregates.push(item);
    } while (this.at(","));
    this.allowAggregates = false;
    const groups: NamedExpr[] = [];
    if (this.isKeyword("by")) {
      this.advance();
      groups.push(this.parseNamed());
      while (this.at(",")) {
        this.advance();
        groups.push(this.parseNamed());
      }
    }
    return { kind: "stats", aggregates, groups, span: this.spanFrom(t) };
  }

  private parseSort(t: Token): Command {
    const keys: Array<{ expr: Expr; name: string; descending: boolean }> = [];
    // Aggregates may name a stats column: `sort sum(bytes) desc`.
    this.allowAggregates = true;
    do {
      if (keys.length > 0) this.advance();
      const expr = this.parseAdditive();
      let descending = false;
      if (this.isKeyword("desc")) {
        descending = true;
        this.advance();
      } else if (this.isKeyword("asc")) this.advance();
      keys.push({ expr, name: this.nameOf(expr), descending });
    } while (this.at(","));
    this.allowAggregates = false;
    return { kind: "sort", keys, span: this.spanFrom(t) };
  }

  private parseNamedList(): NamedExpr[] {
    const items = [this.parseNamed()];
    while (this.at(",")) {
      this.advance();
      items.push(this.parseNamed());
    }
    return items;
  }

  private parseNamed(): NamedExpr {
    const expr = this.parseExpr();
    if (this.isKeyword("as")) {
      this.advance();
      return { expr, name: this.parseName(), aliased: true };
    }
    return { expr, name: this.nameOf(expr), aliased: false };
  }

  /** A field reference's own name; anything else is shown under its text, as AWS does (`sum(bytes)`). */
  private nameOf(expr: Expr): string {
    return expr.kind === "field" ? expr.name : this.src.slice(expr.span.start, expr.span.end);
  }

  private parseName(): string {
    const t = this.tok;
    if (t.kind === "quotedIdent" || (t.kind === "ident" && !KEYWORDS.has(t.text.toLowerCase()))) {
      this.advance();
      return t.text;
    }
    throw this.unexpected("expected a field name");
  }

  // ---- expressions -------------------------------------------------------------------------

  private parseExpr(): Expr {
    this.nest();
    let left = this.parseAnd();
    while (this.isKeyword("or")) {
      this.advance();
      const right = this.parseAnd();
      left = this.binary("or", left, right);
    }
    this.depth--;
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.isKeyword("and")) {
      this.advance();
      const right = this.parseNot();
      left = this.binary("and", left, right);
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.isKeyword("not")) {
      const t = this.tok;
      this.advance();
      this.nest();
      const operand = this.parseNot();
      this.depth--;
      return { kind: "unary", op: "not", operand, span: { start: t.start, end: operand.span.end } };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const left = this.parseAdditive();
    const t = this.tok;
    if (t.kind === "op" && COMPARISONS.has(t.text)) {
      this.advance();
      return this.binary(t.text as BinaryOp, left, this.parseAdditive());
    }
    if (t.kind === "op" && t.text === "=~") {
      this.advance();
      return this.parseMatch("=~", false, left);
    }
    let negated = false;
    if (this.isKeyword("not")) {
      negated = true;
      this.advance();
      if (!this.isKeyword("in") && !this.isKeyword("like"))
        throw this.unexpected('expected "in" or "like" after "not"');
    }
    if (this.isKeyword("like")) {
      this.advance();
      return this.parseMatch("like", negated, left);
    }
    if (this.isKeyword("in")) {
      this.advance();
      return this.parseIn(negated, left);
    }
    return left;
  }

  private parseMatch(op: "like" | "=~", negated: boolean, subject: Expr): Expr {
    const pattern = this.parseOperand(true);
    if (pattern.kind !== "regex" && pattern.kind !== "string")
      throw new InsightsQueryError(`${op} needs a "string" or a /regex/`, pattern.span);
    if (op === "=~" && pattern.kind !== "regex")
      throw new InsightsQueryError("=~ needs a /regex/", pattern.span);
    return {
      kind: "match",
      op,
      negated,
      subject,
      pattern,
      span: { start: subject.span.start, end: pattern.span.end },
    };
  }

  private parseIn(negated: boolean, subject: Expr): Expr {
    const open = this.tok;
    if (open.kind !== "[") throw this.unexpected("expected [ after in");
    this.advance();
    const list: Expr[] = [];
    while (!this.at("]")) {
      if (this.at("eof")) throw this.unclosed(open, "]");
      if (list.length > 0) {
        if (!this.at(",")) throw this.unclosed(open, "]");
        this.advance();
      }
      const v = this.parseUnary();
      if (v.kind !== "string" && v.kind !== "number")
        throw new InsightsQueryError("an in [...] list holds only string and number literals", v.span);
      list.push(v);
    }
    const close = this.tok;
    this.advance();
    return { kind: "in", negated, subject, list, span: { start: subject.span.start, end: close.end } };
  }

  private parseAdditive(): Expr {
    let left = this.parseMultiplicative();
    while (this.at("op") && (this.tok.text === "+" || this.tok.text === "-")) {
      const op = this.tok.text as BinaryOp;
      this.advance();
      left = this.binary(op, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): Expr {
    let left = this.parseUnary();
    while (this.at("op") && (this.tok.text === "*" || this.tok.text === "/" || this.tok.text === "%")) {
      const op = this.tok.text as BinaryOp;
      this.advance();
      left = this.binary(op, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): Expr {
    const t = this.tok;
    if (t.kind === "op" && t.text === "-") {
      this.advance();
      this.nest();
      const operand = this.parseUnary();
      this.depth--;
      if (operand.kind === "number")
        return { kind: "number", value: -operand.value, span: { start: t.start, end: operand.span.end } };
      return { kind: "unary", op: "-", operand, span: { start: t.start, end: operand.span.end } };
    }
    return this.parseOperand();
  }

  /** `allowRegex`: only a like/=~ pattern may be a /regex/; anywhere else it is a compile error. */
  private parseOperand(allowRegex = false): Expr {
    const t = this.tok;
    switch (t.kind) {
      case "number":
        this.advance();
        return { kind: "number", value: Number(t.text), span: t };
      case "string":
        this.advance();
        return { kind: "string", value: t.text, span: t };
      case "quotedIdent":
        this.advance();
        return { kind: "field", name: t.text, span: t };
      case "duration":
        this.advance();
        return { kind: "duration", ms: durationMs(t), text: t.text, span: t };
      case "(": {
        this.advance();
        const inner = this.parseExpr();
        if (!this.at(")")) throw this.unclosed(t, ")");
        const close = this.tok;
        this.advance();
        return { ...inner, span: { start: t.start, end: close.end } };
      }
      case "op":
        if (t.text === "/") {
          const re = this.lexer.rescanRegex(t.start);
          if (!allowRegex) throw new InsightsQueryError("a /regex/ can only follow like, =~ or parse", re);
          this.tok = this.lexer.next();
          return { kind: "regex", source: re.text, flags: re.flags ?? "", span: re };
        }
        break;
      case "ident": {
        if (KEYWORDS.has(t.text.toLowerCase())) break;
        this.advance();
        if (this.at("(")) return this.parseCall(t);
        return { kind: "field", name: t.text, span: t };
      }
    }
    throw this.unexpected("expected a value");
  }

  private parseCall(nameTok: Token): Expr {
    const open = this.tok;
    const name = nameTok.text.toLowerCase();
    const isAggregate = AGGREGATE_FUNCTIONS.has(name);
    const arity = SCALAR_FUNCTIONS.get(name);
    if (!isAggregate && !arity) throw new InsightsQueryError(`unknown function "${nameTok.text}"`, nameTok);
    if (isAggregate && !this.allowAggregates)
      throw new InsightsQueryError(`${nameTok.text}() is an aggregate function: use it in stats`, nameTok);
    this.advance();
    const args: Expr[] = [];
    let star = false;
    // Aggregates take plain values: no aggregate inside an aggregate.
    const outer = this.allowAggregates;
    if (isAggregate) this.allowAggregates = false;
    if (name === "count" && this.at("op") && this.tok.text === "*") {
      star = true;
      this.advance();
    } else {
      while (!this.at(")")) {
        if (args.length > 0) {
          if (!this.at(",")) throw this.unclosed(open, ")");
          this.advance();
        }
        if (this.at("eof")) throw this.unclosed(open, ")");
        args.push(this.parseExpr());
      }
    }
    this.allowAggregates = outer;
    if (!this.at(")")) throw this.unclosed(open, ")");
    const close = this.tok;
    this.advance();
    const span = { start: nameTok.start, end: close.end };
    const [min, max] = isAggregate ? (name === "count" ? [0, 1] : [1, 1]) : arity!;
    if (!star && (args.length < min || args.length > max))
      throw new InsightsQueryError(
        `${nameTok.text}() takes ${min === max ? min : `${min} to ${max}`} argument(s)`,
        span,
      );
    if (name === "isipv4insubnet") checkCidr(args[1]!);
    if (name === "bin" && args[0]?.kind !== "duration")
      throw new InsightsQueryError("bin() takes a period such as 5m, 1h or 1d", span);
    return { kind: "call", name, args, star, span };
  }

  // ---- helpers -----------------------------------------------------------------------------

  private binary(op: BinaryOp, left: Expr, right: Expr): Expr {
    return { kind: "binary", op, left, right, span: { start: left.span.start, end: right.span.end } };
  }

  /** Not `this.tok.kind === k`: TypeScript would keep that narrowed across advance(). */
  private at(kind: Token["kind"]): boolean {
    return this.tok.kind === kind;
  }

  private nest(): void {
    if (++this.depth > MAX_NESTING)
      throw new InsightsQueryError(`expressions nest deeper than ${MAX_NESTING}`, this.tok);
  }

  private advance(): void {
    this.tok = this.lexer.next();
  }

  private isKeyword(word: string): boolean {
    return this.at("ident") && this.tok.text.toLowerCase() === word;
  }

  private expectKeyword(word: string): void {
    if (!this.isKeyword(word)) throw this.unexpected(`expected "${word}"`);
    this.advance();
  }

  private spanFrom(t: Token): Span {
    // The command ends where the last consumed token ended: the current token's start, less whitespace.
    let end = this.tok.start;
    while (end > t.start && /\s/.test(this.src[end - 1]!)) end--;
    return { start: t.start, end };
  }

  private unexpected(message: string): InsightsQueryError {
    const t = this.tok;
    if (t.kind === "eof") return new InsightsQueryError(`${message}, found the end of the query`, t);
    return new InsightsQueryError(`${message}, found ${JSON.stringify(this.src.slice(t.start, t.end))}`, t);
  }

  /** An unbalanced bracket is reported at the bracket that was opened, which is what needs fixing. */
  private unclosed(open: Token, closer: string): InsightsQueryError {
    return new InsightsQueryError(`unbalanced "${open.text}": expected "${closer}"`, open);
  }
}

function durationMs(t: Token): number {
  const m = /^(\d+)([a-zA-Z]+)$/.exec(t.text);
  const unit = m ? DURATION_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new InsightsQueryError(`not a period: "${t.text}" (use s, m, h or d, e.g. 5m)`, t);
  return Number(m[1]) * unit;
}

/** The subnet is a constant, so a bad one is a compile error like any other, not a silent no-match. */
function checkCidr(e: Expr): void {
  const m =
    e.kind === "string" ? /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(e.value) : null;
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32)
    throw new InsightsQueryError('isIpv4InSubnet needs a CIDR string such as "10.0.0.0/16"', e.span);
}

function containsAggregate(e: Expr): boolean {
  switch (e.kind) {
    case "call":
      return AGGREGATE_FUNCTIONS.has(e.name) || e.args.some(containsAggregate);
    case "binary":
      return containsAggregate(e.left) || containsAggregate(e.right);
    case "unary":
      return containsAggregate(e.operand);
    default:
      return false;
  }
}
