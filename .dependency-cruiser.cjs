/** Module boundaries from the design (§5): who may import what. */
module.exports = {
  forbidden: [
    {
      name: "no-simulator-from-product",
      comment: "The product meets the simulator only through an endpoint URL.",
      severity: "error",
      from: { path: "^(app|components|lib|e2e)/" },
      to: { path: "^simulator/" },
    },
    {
      name: "simulator-stays-apart",
      comment: "The simulator is a separate process; it never imports the product.",
      severity: "error",
      from: { path: "^simulator/" },
      to: { path: "^(app|components|lib)/" },
    },
    {
      name: "components-no-aws",
      comment: "UI code never builds SDK clients or reaches server-only data code.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(lib/aws|lib/discovery|lib/config|lib/data|lib/server)/|^node_modules/@aws-sdk/" },
    },
    {
      name: "lib-no-next-or-react",
      comment: "lib/* is server-side domain code: no Next.js, no React.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^node_modules/(next|react|react-dom)/" },
    },
    {
      name: "pure-domain-no-io",
      comment:
        "Pure domain modules: no SDK, no filesystem, no network. lib/cost/get-*.ts is the cost's orchestration (server-only): it reads the inventory, the config and traffic through lib, and no pure module imports it.",
      severity: "error",
      from: { path: "^lib/(cost|findings|links)/", pathNot: "^lib/cost/get-[^/]+$" },
      to: {
        path: "^(lib/aws|lib/discovery|lib/config|lib/store)/|^node_modules/@aws-sdk/|^(fs|node:fs|http|node:http|https|node:https)$",
      },
    },
    {
      name: "pure-domain-no-orchestration",
      comment: "A pure module stays pure through what it imports: never the orchestration beside it.",
      severity: "error",
      from: { path: "^lib/(cost|findings|links)/", pathNot: "^lib/cost/get-[^/]+$" },
      to: { path: "^lib/cost/get-[^/]+$" },
    },
    {
      name: "app-lib-stays-in-its-segment",
      comment:
        "A route segment's _lib is private to that segment and the segments below it: what two segments share lives in lib/ or components/ (app/_lib, the root's, serves every page). A segment whose name is a regex (a route group such as (overview)) cannot have its own _lib under this rule.",
      severity: "error",
      from: { path: "^app/([^/]+)" },
      to: { path: "^app/[^/]+/(_lib|.*/_lib)/", pathNot: "^app/$1/" },
    },
    {
      name: "app-is-the-top",
      comment:
        "Pages and route handlers call lib and render components; nothing in lib, components or scripts imports app.",
      severity: "error",
      from: { path: "^(lib|components|scripts)/" },
      to: { path: "^app/" },
    },
    {
      name: "echarts-in-charts-only",
      comment: "One ECharts wrapper: chart types are registered in components/charts, nowhere else.",
      severity: "error",
      from: { pathNot: "^components/charts/" },
      to: { path: "^node_modules/(echarts|echarts-for-react|zrender)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // node_modules stay in the graph (not followed) so rules about packages can fire.
    exclude: { path: "(^|/)\\.next/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
