import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import sirv from "sirv";
import type {HeaderRule} from "../src/security/hosting.ts";
import {headersFromFile, parseHeadersFile} from "../src/security/hosting-files.ts";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Response headers such as a Content-Security-Policy. */
  headers?: Record<string, string>;
  /**
   * Serve gzip to clients that accept it, as a host would: each text file is
   * compressed once, next to itself (`x.js.gz`), and sirv picks it. Only for a
   * folder of the caller's own (the benchmark's copy of dist/).
   */
  gzip?: boolean;
  /** Send the headers of the folder's `_headers` file, as a static host does (default: when the folder has one). */
  hostHeaders?: boolean;
}

const TEXT = /\.(html|js|css|json|csv|txt|svg)$/;

/** Writes `x.gz` beside every text file under a folder (what `gzip: true` serves). */
export function precompress(root: string): void {
  for (const name of readdirSync(root, {recursive: true}) as string[]) {
    const file = join(root, name);
    if (TEXT.test(name) && statSync(file).isFile()) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
  }
}

/**
 * A built folder on loopback, as a static host serves it (sirv: content types,
 * index.html for folders, `embed` for `embed.html`, 404s, conditional
 * requests), with the headers of its `_headers` file read as Cloudflare Pages
 * reads it (every matching rule; src/security/hosting-files.ts) and any given ones.
 */
export async function serveStatic(root: string, {headers = {}, gzip = false, hostHeaders = true}: ServeOptions = {}): Promise<StaticServer> {
  if (gzip) precompress(root);
  const file = join(root, "_headers");
  const rules: HeaderRule[] = hostHeaders && existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : [];
  const serve = sirv(root, {dev: true, etag: true, gzip, setHeaders: (res, pathname) => {
    for (const [name, value] of Object.entries({...headersFromFile(rules, pathname), ...headers})) res.setHeader(name, value);
  }});
  const server: Server = createServer((request, response) => serve(request, response, () => void response.writeHead(404, headers).end("not found")));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address() as {port: number};
  return {url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((done) => server.close(() => done()))};
}
