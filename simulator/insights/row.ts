import { FLOW_FIELD_INDEX, flattenJsonMessage, flowField, flowRecordOffsets } from "./discover-fields";
import { type InsightsEvent, Instant, type Value } from "./types";

/** A record as commands see it: look a field up, or set one (parse, fields … as …). */
export interface Row {
  get(name: string): Value | undefined;
  set(name: string, value: Value | undefined): void;
  /** Set several fields at once: `names` maps each field to its position in `values`. */
  setMany(names: FieldIndex, values: ReadonlyArray<Value | undefined>): void;
}

/** Field name → position, built once per command. */
export type FieldIndex = ReadonlyMap<string, number>;

export function fieldIndex(names: readonly string[]): FieldIndex {
  return new Map(names.map((n, i) => [n, i]));
}

/** An aggregated or otherwise materialized row: just its columns. */
export class MapRow implements Row {
  constructor(readonly values: Map<string, Value> = new Map()) {}
  get(name: string): Value | undefined {
    return this.values.get(name);
  }
  set(name: string, value: Value | undefined): void {
    if (value === undefined) this.values.delete(name);
    else this.values.set(name, value);
  }
  setMany(names: FieldIndex, values: ReadonlyArray<Value | undefined>): void {
    for (const [name, i] of names) this.set(name, values[i]);
  }
}

/** Values set by one command on an event: a shared name index and this event's values. */
interface Layer {
  names: FieldIndex;
  values: ReadonlyArray<Value | undefined>;
}

/**
 * One log event, discovered lazily: the message is split or JSON-parsed only when a query first
 * reads a discovered field, and at most once. Fields set by commands shadow discovered ones.
 */
export class EventRow implements Row {
  /**
   * Fields set by commands, newest last. Layers rather than a Map per event: a 29-field parse then
   * costs one array push, not 29 Map insertions (which were most of a parse query's time).
   */
  private layers: Layer[] | null = null;
  /** undefined: not looked at yet; null: not a default-format flow record. */
  private flow: number[] | null | undefined = undefined;
  private json: Map<string, Value> | null | undefined = undefined;

  constructor(
    readonly event: InsightsEvent,
    /** Position in the scan, for @ptr. */
    readonly seq: number,
  ) {}

  get(name: string): Value | undefined {
    const layers = this.layers;
    if (layers !== null) {
      for (let l = layers.length - 1; l >= 0; l--) {
        const layer = layers[l]!;
        const i = layer.names.get(name);
        if (i !== undefined) return layer.values[i];
      }
    }
    if (name.charCodeAt(0) === 64 /* @ */) return this.system(name);
    const i = FLOW_FIELD_INDEX.get(name);
    if (i !== undefined) {
      if (this.flow === undefined) this.flow = flowRecordOffsets(this.event.message);
      if (this.flow !== null) return flowField(this.event.message, this.flow, i);
    }
    if (this.flow === null || i === undefined) {
      if (this.json === undefined) this.json = flattenJsonMessage(this.event.message);
      if (this.json !== null) return this.json.get(name);
    }
    return undefined;
  }

  set(name: string, value: Value | undefined): void {
    this.setMany(new Map([[name, 0]]), [value]);
  }

  setMany(names: FieldIndex, values: ReadonlyArray<Value | undefined>): void {
    if (this.layers === null) this.layers = [{ names, values }];
    else this.layers.push({ names, values });
  }

  private system(name: string): Value | undefined {
    const e = this.event;
    switch (name) {
      case "@timestamp":
        return new Instant(e.timestamp);
      case "@message":
        return e.message;
      case "@logStream":
        return e.logStream;
      case "@log":
        return e.logGroup;
      case "@ingestionTime":
        return e.ingestionTime === undefined ? undefined : new Instant(e.ingestionTime);
      case "@ptr":
        return pointer(e, this.seq);
      default:
        // JSON keys may start with @ (e.g. @entity-style objects).
        if (this.json === undefined) this.json = flattenJsonMessage(e.message);
        return this.json?.get(name);
    }
  }
}

/** An opaque, stable handle on an event (GetLogRecord would take it in AWS). */
function pointer(e: InsightsEvent, seq: number): string {
  return Buffer.from(`${e.logGroup}\u0000${e.logStream}\u0000${e.timestamp}\u0000${seq}`, "utf8").toString(
    "base64url",
  );
}
