import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

/**
 * The built page's Content-Security-Policy: scripts and workers only from the app's own origin,
 * no inline script, no eval, nothing fetched from elsewhere. Only on `vite build`: the dev
 * server injects inline scripts for hot reload. (frame-ancestors cannot be set from a meta tag;
 * a host that serves the app should send it as a header.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "parallax-csp",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  worker: { format: "es" },
  // Loaded by the worker only for HTML inputs; listed so the dev server does not reload mid-run.
  optimizeDeps: { include: ["linkedom"] },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    coverage: { provider: "v8", include: ["src/analysis/**"], exclude: ["**/*.test.ts"] },
  },
});
