import type {IncomingMessage, ServerResponse} from "node:http";
import type {Plugin} from "vite";
import {headersFor, type HostingOptions} from "./hosting.ts";

/**
 * Sets the hosting headers of a request path on its response, whatever the
 * handler that answers it writes: they are applied as the head is written,
 * over the handler's own (Vite's HTML handler sends `text/html` without a
 * charset; its static handler knows no type for `.parquet`).
 */
export function applyHostingHeaders(req: IncomingMessage, res: ServerResponse, options: HostingOptions = {}): void {
  let path = new URL(req.url ?? "/", "http://localhost").pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed address gets the headers of its encoded form (none, or a 404's).
  }
  const headers = headersFor(path, options);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const [name, value] of Object.entries(headers)) {
      this.setHeader(name, value);
      // writeHead(status, {…}) would override what setHeader set: the given object takes our values too.
      for (const arg of args) {
        if (!arg || typeof arg !== "object" || Array.isArray(arg)) continue;
        for (const key of Object.keys(arg)) if (key.toLowerCase() === name.toLowerCase()) (arg as Record<string, unknown>)[key] = value;
      }
    }
    return writeHead.apply(this, args as Parameters<ServerResponse["writeHead"]>);
  } as ServerResponse["writeHead"];
}

/** `vite preview` serves dist/ with the headers a host sends (hosting.ts), path by path. */
export function hostingHeaders(options: HostingOptions = {}): Plugin {
  return {
    name: "hosting-headers",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        applyHostingHeaders(req, res, options);
        next();
      });
    }
  };
}
