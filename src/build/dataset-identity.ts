import type {Citation} from "../formats/citation.ts";
import {datasetCitation} from "../formats/dataset-citation.ts";
import type {Lang} from "../i18n/locale.ts";
import {byLang} from "../i18n/localized.ts";
import {messagesFor} from "../i18n/messages.ts";
import {DATASET_NAME, releaseArchivePath} from "../schema/data-files.ts";
import {siteUrl, type SiteSettings} from "../schema/site.ts";
import type {Release} from "./release.ts";

/** The licence of the compilation, as the Data Package and every metadata file state it. */
export const LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 (the compilation: selection, parsing and metadata). The quoted source texts remain the work of their issuers and are reproduced for reference."
};

export interface IdentityOptions {
  release: Release;
  /** The site's address and contact (build settings); without an address, no absolute address is published. */
  site: SiteSettings;
  /** The project that makes and publishes the dataset, by language (content/explainer.json). */
  project: Record<Lang, string>;
}

/** Who made the dataset, which version it is and how to cite it: the same in the Data Package, the metadata files and the page. */
export interface DatasetIdentity {
  name: string;
  title: Record<Lang, string>;
  version: string;
  /** The release date of the version, yyyy-mm-dd. */
  released: string;
  site: SiteSettings;
  /** The site's address, or null when it is not set. */
  homepage: string | null;
  /** The version's archive, a path under data/: its address never changes once the version is out. */
  archivePath: string;
  /** The archive's and the package's absolute addresses, or null when the site's address is not set. */
  archive: string | null;
  datapackage: string | null;
  project: Record<Lang, string>;
  license: typeof LICENSE;
  /** BibTeX and CSL-JSON in English, the language of the Data Package. */
  citation: {text: Record<Lang, string>; bibtex: string; csl: Citation["csl"]};
}

export function datasetIdentity({release, site, project}: IdentityOptions): DatasetIdentity {
  const title = byLang((lang) => messagesFor(lang).cite.datasetTitle);
  const archivePath = releaseArchivePath(release.version);
  const cites = byLang((lang) => datasetCitation({release, site, project, lang}));
  return {
    name: DATASET_NAME,
    title,
    version: release.version,
    released: release.date,
    site,
    homepage: site.url,
    archivePath,
    archive: siteUrl(site, `data/${archivePath}`),
    datapackage: siteUrl(site, "data/datapackage.json"),
    project,
    license: LICENSE,
    citation: {text: byLang((lang) => cites[lang].text), bibtex: cites.en.bibtex, csl: cites.en.csl}
  };
}
