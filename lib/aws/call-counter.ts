import type { MetadataBearer, Pluggable } from "@smithy/types";
import { countAwsCall } from "@/lib/log/request-context";

/**
 * Counts the HTTP requests a set of SDK clients sends, retries included, so discovery can
 * report what it cost. Registered in the `deserialize` step, which runs once per attempt
 * (after the retry middleware), so the number matches what the endpoint received.
 */
export class CallCounter {
  calls = 0;

  /** The middleware as a plugin for any client: `client.middlewareStack.use(counter.plugin())`. */
  plugin<I extends object, O extends MetadataBearer>(): Pluggable<I, O> {
    return {
      applyToStack: (stack) => {
        stack.add(
          (next) => async (args) => {
            this.calls += 1;
            return next(args);
          },
          { step: "deserialize", name: "latticeLensCallCounter", priority: "low" },
        );
      },
    };
  }
}

/** Counts every attempt against the current request too, for its log line (AWS calls per request). */
export function requestCallCounter<I extends object, O extends MetadataBearer>(): Pluggable<I, O> {
  return {
    applyToStack: (stack) => {
      stack.add(
        (next) => async (args) => {
          countAwsCall();
          return next(args);
        },
        { step: "deserialize", name: "latticeLensRequestCallCounter", priority: "low" },
      );
    },
  };
}
