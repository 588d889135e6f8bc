import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve} from "node:path";
import {gzipSync} from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png"
};

/** The types worth compressing, as a real host would. */
const TEXT = new Set([".html", ".js", ".css", ".json", ".csv", ".txt", ".svg"]);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Response headers such as a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Gzip text responses when the request accepts gzip (off by default). */
  gzip?: boolean;
}

/** Serves a built folder on loopback, optionally with response headers and gzip. */
export async function serveStatic(root: string, {headers = {}, gzip = false}: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  // Compressed bodies by file and modification time, so a request never waits for the compressor twice.
  const compressed = new Map<string, {mtime: number; body: Buffer}>();
  const gzipped = (file: string): Buffer => {
    const mtime = statSync(file).mtimeMs;
    const cached = compressed.get(file);
    if (cached && cached.mtime === mtime) return cached.body;
    const body = gzipSync(readFileSync(file));
    compressed.set(file, {mtime, body});
    return body;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end("not found");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (gzip && TEXT.has(extname(file))) {
      const accepts = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      if (accepts) {
        const body = gzipped(file);
        response.writeHead(200, {"content-type": type, "content-encoding": "gzip", "content-length": body.length, vary: "Accept-Encoding", ...headers});
        return void response.end(body);
      }
      response.writeHead(200, {"content-type": type, vary: "Accept-Encoding", ...headers});
      return void createReadStream(file).pipe(response);
    }
    response.writeHead(200, {"content-type": type, ...headers});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address() as {port: number};
  return {url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((done) => server.close(() => done()))};
}
