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
      comment: "Pure domain modules: no SDK, no filesystem, no network.",
      severity: "error",
      from: { path: "^lib/(cost|findings|links)/" },
      to: {
        path: "^(lib/aws|lib/discovery|lib/config|lib/store)/|^node_modules/@aws-sdk/|^(fs|node:fs|http|node:http|https|node:https)$",
      },
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
