/** Where the e2e stack listens: the demo started by playwright.config.ts on fixed loopback ports. */
const appPort = Number(process.env.E2E_PORT ?? 3210);
const simPort = Number(process.env.E2E_SIM_PORT ?? 4610);

export const e2eUrls = {
  app: `http://127.0.0.1:${appPort}`,
  sim: `http://127.0.0.1:${simPort}`,
  appPort,
  simPort,
};
