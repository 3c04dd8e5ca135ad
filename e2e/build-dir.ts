/**
 * Where the browser tests' build goes, by port: `dist` for the default port, else a folder of
 * its own, so two runs on one machine (E2E_PORT=…) never serve each other's files. Shared by
 * playwright.config.ts (which builds and previews it) and the specs that serve it themselves.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179);

export const BUILD_DIR = E2E_PORT === 4179 ? "dist" : `dist-e2e-${E2E_PORT}`;
