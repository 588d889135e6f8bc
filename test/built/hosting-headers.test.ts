/**
 * The site as each host serves it sends the same headers: dist/ through its
 * `_headers` file (read as Cloudflare Pages reads it), through `vite preview`
 * (the README's way to try the built site), and through nginx with the
 * generated include, at the root and under a base path. One request per
 * published file type and per kind of page, each compared with the one
 * definition (src/security/hosting.ts). Run `npm run build` first; nginx
 * comes from Debian (`.ci/run` installs it; NGINX names another binary).
 */
import {spawn, type ChildProcess} from "node:child_process";
import {chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {extname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {preview, type PreviewServer} from "vite";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {CONTENT_TYPES, headersFor} from "../../src/security/hosting.ts";
import {nginxConf} from "../../src/security/hosting-files.ts";
import {serveStatic, type StaticServer} from "../../tools/static-server.ts";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
/** The headers the definition sets, compared on every response. */
const NAMES = ["content-type", "content-security-policy", "x-content-type-options", "referrer-policy", "access-control-allow-origin", "cross-origin-resource-policy"];

/** Every file of dist/ (the `_headers` file a host reads, not serves, left out). */
const files = (readdirSync(dist, {recursive: true}) as string[]).filter((f) => f !== "_headers" && statSync(join(dist, f)).isFile()).map((f) => f.split("\\").join("/"));

/** One file of each type, and each kind of page by the address a reader uses. */
function samplePaths(): string[] {
  const byType = new Map<string, string>();
  for (const file of files.sort()) if (!byType.has(extname(file))) byType.set(extname(file), `/${file}`);
  const first = (folder: string) => `/${files.find((f) => f.startsWith(folder) && f.endsWith("/index.html"))!.replace(/index\.html$/, "")}`;
  return [...byType.values(), "/", "/en/", "/embed", "/embed.html", first("indicators/"), first("sources/"), "/bj-edu-chart.js", "/embed-host.js", "/data/sources/plan-2021.txt", "/data/manifest.json"];
}

const normal = (headers: Record<string, string>) => Object.fromEntries(NAMES.filter((n) => n in headers).map((n) => [n, n === "content-type" ? headers[n].toLowerCase().replace(/\s*;\s*/g, "; ") : headers[n]]));
const wanted = (path: string, base = "/") => normal(Object.fromEntries(Object.entries(headersFor(path, {base})).map(([k, v]) => [k.toLowerCase(), v])));

async function headersAt(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  await response.arrayBuffer();
  expect(response.status, url).toBe(200);
  return normal(Object.fromEntries(response.headers));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const {port} = server.address() as {port: number};
  await new Promise((done) => server.close(done));
  return port;
}

/** nginx serving `site` (a folder that holds the site at `base`) with the generated include, in the foreground. */
async function startNginx(site: string, base: string): Promise<{url: string; stop(): Promise<void>}> {
  const dir = mkdtempSync(join(tmpdir(), "bj-nginx-"));
  const port = await freePort();
  writeFileSync(join(dir, "site.conf"), nginxConf({base}));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${join(dir, t)};`).join(" ");
  // Run as root (CI), nginx's workers drop to nobody, who cannot read a clone in a private temporary folder: they stay the same user.
  const user = process.getuid?.() === 0 ? "user root; " : "";
  writeFileSync(join(dir, "nginx.conf"), `${user}worker_processes 1; pid ${join(dir, "nginx.pid")}; events {}
http { access_log off; ${temp} server { listen 127.0.0.1:${port}; root ${site}; index index.html; include ${join(dir, "site.conf")}; } }\n`);
  const child: ChildProcess = spawn(process.env.NGINX ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx"), ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"], {stdio: ["ignore", "ignore", "pipe"]});
  let log = "";
  child.stderr!.on("data", (chunk) => (log += chunk));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.once("error", (error) => (log += `${error.message} (install Debian's nginx, or set NGINX)`));
  const url = `http://127.0.0.1:${port}${base}`;
  // Until it answers, or stops (its log says why).
  for (;;) {
    if (child.exitCode !== null || log.includes("(install")) throw new Error(`nginx stopped: ${log}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (status) throw new Error(`nginx answers ${url} with ${status}: ${log}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {url, stop: async () => (child.kill("SIGTERM"), await exited, rmSync(dir, {recursive: true, force: true}))};
}

let server: StaticServer;
let vite: PreviewServer;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let nginxBase: Awaited<ReturnType<typeof startNginx>>;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "bj-base-"));
  // nginx's workers run as another user: they must be able to enter it.
  chmodSync(folder, 0o755);
  symlinkSync(dist, join(folder, "bj"));
  [server, vite, nginx, nginxBase] = await Promise.all([
    serveStatic(dist),
    preview({root, configFile: join(root, "vite.config.ts"), logLevel: "silent", preview: {host: "127.0.0.1", port: await freePort(), strictPort: true, open: false}}),
    startNginx(dist, "/"),
    startNginx(folder, "/bj/")
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), vite?.close(), nginx?.stop(), nginxBase?.stop()]);
  rmSync(folder, {recursive: true, force: true});
});

describe("every host", () => {
  it("has a content type for every file the site publishes", () => {
    const unknown = [...new Set(files.map((f) => extname(f).slice(1)).filter((ext) => !Object.hasOwn(CONTENT_TYPES, ext)))];
    expect(unknown, "add these types to src/security/hosting.ts").toEqual([]);
  });

  it("sends the definition's headers for every file type and page: _headers, vite preview and nginx alike", async () => {
    const previewUrl = vite.resolvedUrls!.local[0];
    for (const path of samplePaths()) {
      const want = wanted(path);
      expect(await headersAt(server.url + path.slice(1)), `_headers ${path}`).toEqual(want);
      expect(await headersAt(previewUrl + path.slice(1)), `vite preview ${path}`).toEqual(want);
      expect(await headersAt(nginx.url + path.slice(1)), `nginx ${path}`).toEqual(want);
    }
  });

  it("sends the same under a base path (nginx, the site at /bj/)", async () => {
    for (const path of samplePaths()) expect(await headersAt(nginxBase.url + path.slice(1)), `nginx /bj${path}`).toEqual(wanted(`/bj${path}`, "/bj/"));
  });
});
