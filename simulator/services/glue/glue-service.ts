/**
 * AWS Glue Data Catalog reads (awsJson1_1, `X-Amz-Target: AWSGlue.*`, BC-GLUE glue.subset.json):
 * the scenario's databases and the tables over its S3 logs, shaped by table-ddl.ts. Each account and
 * region has its own catalog; `CatalogId` defaults to the caller's account.
 * Unknown names: `EntityNotFoundException` (400) "Database x not found." / "Table x not found."
 */
import type { Database, GetTablesResponse, Table } from "@aws-sdk/client-glue";
import { jsonRpcService } from "../../protocols/json-rpc";
import { InvalidTokenError, paginate } from "../../protocols/pagination";
import { type CallContext, type FaultErrors, type ServiceHandler, SimError } from "../../protocols/types";
import { tableDefinition } from "./table-ddl";

const entityNotFound = (message: string) => new SimError("EntityNotFoundException", 400, message);
const invalidInput = (message: string) => new SimError("InvalidInputException", 400, message);

export const glueFaultErrors: FaultErrors = {
  throttle: () => new SimError("ThrottlingException", 400, "Rate exceeded"),
  internal: () => new SimError("InternalServiceException", 500, "Internal service error."),
  accessDenied: (account) =>
    new SimError(
      "AccessDeniedException",
      400,
      `User: arn:aws:iam::${account}:user/sim is not authorized to perform: glue:GetTables`,
    ),
};

function catalogOf(ctx: CallContext, input: Record<string, unknown>): string {
  const id = input.CatalogId;
  if (id !== undefined && id !== ctx.account) {
    throw new SimError(
      "AccessDeniedException",
      400,
      `Cross-account catalog ${String(id)} is not shared with ${ctx.account}.`,
    );
  }
  return ctx.account;
}

function requiredName(input: Record<string, unknown>, field: string): string {
  const v = input[field];
  if (typeof v !== "string" || v === "") throw invalidInput(`${field} is required.`);
  return v;
}

function findDatabase(ctx: CallContext, input: Record<string, unknown>, field: string) {
  const account = catalogOf(ctx, input);
  // Glue lowercases names on create, and lookups are case-insensitive.
  const name = requiredName(input, field).toLowerCase();
  const db = ctx.state.scenario.glueDatabases.find(
    (d) => d.account === account && d.region === ctx.region && d.name === name,
  );
  if (!db) throw entityNotFound(`Database ${name} not found.`);
  return db;
}

function databaseOut(db: CallContext["state"]["scenario"]["glueDatabases"][number]): Database {
  return {
    Name: db.name,
    Description: db.description,
    CreateTime: new Date(db.createdAt),
    Parameters: {},
    CatalogId: db.account,
    CreateTableDefaultPermissions: [],
  };
}

function tablesOf(ctx: CallContext, dbName: string) {
  return ctx.state.scenario.glueTables
    .filter((t) => t.account === ctx.account && t.region === ctx.region && t.database === dbName)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function tableOut(ctx: CallContext, t: CallContext["state"]["scenario"]["glueTables"][number]): Table {
  const d = tableDefinition(t, ctx.runtime.s3.sources);
  return {
    Name: t.name,
    DatabaseName: t.database,
    Owner: "hadoop",
    CreateTime: new Date(t.createdAt),
    UpdateTime: new Date(t.createdAt),
    Retention: 0,
    TableType: "EXTERNAL_TABLE",
    Parameters: d.parameters,
    PartitionKeys: d.partitionKeys.map((c) => ({ Name: c.name, Type: c.type })),
    StorageDescriptor: {
      Columns: d.columns.map((c) => ({ Name: c.name, Type: c.type })),
      Location: t.location,
      InputFormat: d.inputFormat,
      OutputFormat: d.outputFormat,
      Compressed: false,
      NumberOfBuckets: -1,
      SerdeInfo: { SerializationLibrary: d.serde.library, Parameters: d.serde.parameters },
      BucketColumns: [],
      SortColumns: [],
      Parameters: {},
      StoredAsSubDirectories: false,
    },
    CreatedBy: `arn:aws:iam::${t.account}:user/sim`,
    IsRegisteredWithLakeFormation: false,
    CatalogId: t.account,
    VersionId: "0",
  };
}

function pageSize(input: Record<string, unknown>, max: number): number {
  const v = input.MaxResults;
  if (v === undefined) return max;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > max)
    throw invalidInput(`MaxResults must be between 1 and ${max}.`);
  return v;
}

function page<T>(op: string, items: T[], input: Record<string, unknown>, max: number) {
  try {
    return paginate(op, items, pageSize(input, max), input.NextToken as string | undefined);
  } catch (e) {
    if (e instanceof InvalidTokenError) throw invalidInput("Invalid NextToken.");
    throw e;
  }
}

export function glueService(): ServiceHandler {
  return jsonRpcService({
    targetPrefix: "AWSGlue",
    version: "1.1",
    operations: {
      GetDatabase: (ctx, input) => ({ Database: databaseOut(findDatabase(ctx, input, "Name")) }),
      GetDatabases: (ctx, input) => {
        const account = catalogOf(ctx, input);
        const all = ctx.state.scenario.glueDatabases
          .filter((d) => d.account === account && d.region === ctx.region)
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        const p = page("GetDatabases", all, input, 100);
        return { DatabaseList: p.items.map(databaseOut), NextToken: p.nextToken };
      },
      GetTable: (ctx, input) => {
        const db = findDatabase(ctx, input, "DatabaseName");
        const name = requiredName(input, "Name").toLowerCase();
        const t = tablesOf(ctx, db.name).find((x) => x.name === name);
        if (!t) throw entityNotFound(`Table ${name} not found.`);
        return { Table: tableOut(ctx, t) };
      },
      GetTables: (ctx, input): GetTablesResponse => {
        const db = findDatabase(ctx, input, "DatabaseName");
        let all = tablesOf(ctx, db.name);
        // `Expression`: "A regular expression pattern. If present, only those tables whose names
        // match the pattern are returned." (BC-GLUE GetTablesRequest)
        if (typeof input.Expression === "string" && input.Expression !== "") {
          let re: RegExp;
          try {
            re = new RegExp(`^(?:${input.Expression})$`);
          } catch {
            throw invalidInput("Expression is not a valid regular expression.");
          }
          all = all.filter((t) => re.test(t.name));
        }
        const p = page("GetTables", all, input, 100);
        return { TableList: p.items.map((t) => tableOut(ctx, t)), NextToken: p.nextToken };
      },
    },
    faultErrors: glueFaultErrors,
    unknownOperation: (op) => new SimError("UnknownOperationException", 400, `Unknown operation ${op}`),
  });
}
