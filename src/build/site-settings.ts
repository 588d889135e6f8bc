import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {PLACEHOLDER_HOST, type SiteSettings} from "../schema/site.ts";

/** The settings' names, in the environment and in the config file. */
export const SITE_ENV = {url: "SITE_URL", contact: "SITE_CONTACT", config: "SITE_CONFIG"} as const;
/** The config file, at the project's root unless SITE_CONFIG names another. */
export const SITE_CONFIG_FILE = "site.config.json";

type Env = Readonly<Record<string, string | undefined>>;

/** The site's address: an absolute http(s) URL on a real host, always ending in `/` (the folder the site is in). */
export function siteAddress(value: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${setting} ${JSON.stringify(value)} is not an absolute address; write it as https://host/folder/`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${setting} ${JSON.stringify(value)} must be an http(s) address`);
  if (PLACEHOLDER_HOST.test(url.hostname)) throw new Error(`${setting} ${JSON.stringify(value)} is a placeholder host (reserved for examples); set the site's real address, or leave it unset`);
  if (url.search || url.hash) throw new Error(`${setting} ${JSON.stringify(value)} must be the site's folder, without ?query or #fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** Where readers report an error: an http(s) page, a mailto: address, or a bare e-mail address (made a mailto:). */
export function contactAddress(value: string, setting: string): string {
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(value)) return contactAddress(`mailto:${value}`, setting);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${setting} ${JSON.stringify(value)} is neither an e-mail address nor an absolute address`);
  }
  if (url.protocol === "mailto:") {
    if (PLACEHOLDER_HOST.test(url.pathname.split("@").pop() ?? "")) throw new Error(`${setting} ${JSON.stringify(value)} is a placeholder address`);
    return url.href;
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${setting} ${JSON.stringify(value)} must be an http(s) or mailto: address`);
  if (PLACEHOLDER_HOST.test(url.hostname)) throw new Error(`${setting} ${JSON.stringify(value)} is a placeholder host (reserved for examples)`);
  return url.href;
}

/**
 * The settings from the environment (SITE_URL, SITE_CONTACT) over the config
 * file's (`{"url": …, "contact": …}`); empty means unset. Pure: the caller
 * reads the file. Throws, naming the setting, on a value that is not an
 * address or is a placeholder.
 */
export function siteSettings(env: Env, file: {path: string; text: string} | null = null): SiteSettings {
  let config: Record<string, unknown> = {};
  if (file) {
    try {
      config = JSON.parse(file.text) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${file.path}: not JSON (${(error as Error).message})`);
    }
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error(`${file.path}: must hold an object {"url": …, "contact": …}`);
    const unknown = Object.keys(config).filter((k) => k !== "url" && k !== "contact");
    if (unknown.length) throw new Error(`${file.path}: unknown setting ${unknown.map((k) => JSON.stringify(k)).join(", ")}; the settings are "url" and "contact"`);
    for (const key of ["url", "contact"]) {
      if (config[key] !== undefined && config[key] !== null && typeof config[key] !== "string") throw new Error(`${file.path}: "${key}" must be a string`);
    }
  }
  const pick = (key: "url" | "contact") => {
    const fromEnv = env[SITE_ENV[key]]?.trim();
    if (fromEnv) return {value: fromEnv, setting: SITE_ENV[key]};
    const fromFile = typeof config[key] === "string" ? (config[key] as string).trim() : "";
    return fromFile ? {value: fromFile, setting: `${file!.path} "${key}"`} : null;
  };
  const url = pick("url");
  const contact = pick("contact");
  return {
    url: url ? siteAddress(url.value, url.setting) : null,
    contact: contact ? contactAddress(contact.value, contact.setting) : null
  };
}

/** The build's settings: the environment, over `site.config.json` at `root` (or the file SITE_CONFIG names) if there is one. */
export function readSiteSettings(root: string, env: Env = process.env): SiteSettings {
  const named = env[SITE_ENV.config]?.trim();
  const path = resolve(root, named || SITE_CONFIG_FILE);
  if (named && !existsSync(path)) throw new Error(`${SITE_ENV.config} names ${path}, which does not exist`);
  return siteSettings(env, existsSync(path) ? {path, text: readFileSync(path, "utf8")} : null);
}
