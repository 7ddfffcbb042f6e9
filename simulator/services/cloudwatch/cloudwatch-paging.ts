import { InvalidTokenError, type Page, paginate } from "../../protocols/pagination";
import { cwInvalidNextToken } from "./cloudwatch-errors";

export function cloudWatchPage<T>(operation: string, all: T[], size: number, token: unknown): Page<T> {
  try {
    return paginate(operation, all, size, typeof token === "string" ? token : undefined);
  } catch (e) {
    if (e instanceof InvalidTokenError) throw cwInvalidNextToken(e.message);
    throw e;
  }
}
