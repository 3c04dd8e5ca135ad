import { createReadStream, statSync } from "node:fs";
import { createServer, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

/*
 * A plain static file server for the browser tests, as a cheap web host would be: files from one
 * folder under a path prefix (a project page at https://host/some/path/), a directory answered
 * with its index.html, anything else 404. No rewrites, no fallback to index.html: the app has to
 * work without them. Pages that are not files (a news article with its own headers) are added
 * with `pages`.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
  ".png": "image/png",
};

/** A page served from memory at an exact path, with headers of its own. */
export interface StaticPage {
  readonly body: string;
  readonly headers?: OutgoingHttpHeaders;
}

export interface StaticServer {
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** Every path requested, in order, with the status it got. */
  readonly log: { readonly path: string; readonly status: number }[];
  readonly close: () => Promise<void>;
}

export async function serveStatic(options: {
  /** Folder whose files are served; a function to change it while serving (a new deploy). */
  readonly root?: string | (() => string);
  /** Path prefix the folder is served under, with slashes at both ends. @default "/" */
  readonly prefix?: string;
  readonly pages?: Readonly<Record<string, StaticPage>>;
}): Promise<StaticServer> {
  const prefix = options.prefix ?? "/";
  const rootOption = options.root;
  const log: { path: string; status: number }[] = [];
  const sockets = new Set<Socket>();

  /** The file a path names, with its size, or undefined for anything outside the folder. */
  const fileFor = (path: string): { file: string; size: number } | undefined => {
    const given = typeof rootOption === "function" ? rootOption() : rootOption;
    if (given === undefined || !path.startsWith(prefix)) return undefined;
    const root = resolve(given);
    const relative = path.slice(prefix.length) || "index.html";
    const file = normalize(join(root, relative.endsWith("/") ? `${relative}index.html` : relative));
    if (!file.startsWith(root)) return undefined;
    try {
      const stat = statSync(file);
      return stat.isFile() ? { file, size: stat.size } : undefined;
    } catch {
      return undefined;
    }
  };

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const page = options.pages?.[path];
    const found = page ? undefined : fileFor(path);
    if (page) {
      log.push({ path, status: 200 });
      response.writeHead(200, { "content-type": TYPES[".html"], ...page.headers });
      response.end(page.body);
    } else if (found) {
      log.push({ path, status: 200 });
      response.writeHead(200, {
        "content-type": TYPES[extname(found.file)] ?? "application/octet-stream",
        "content-length": found.size,
        "cache-control": "no-cache",
      });
      createReadStream(found.file).pipe(response);
    } else {
      log.push({ path, status: 404 });
      response.writeHead(404);
      response.end("not found");
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
