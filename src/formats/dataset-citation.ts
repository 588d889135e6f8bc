import type {Lang} from "../i18n/locale.ts";
import {messagesFor} from "../i18n/messages.ts";
import {DATASET_NAME, releaseArchivePath} from "../schema/data-files.ts";
import {siteUrl, type SiteSettings} from "../schema/site.ts";
import {citeDataset, type Citation} from "./citation.ts";

export interface DatasetCitationOptions {
  /** The version and its release date (the top entry of CHANGELOG.md). */
  release: {version: string; date: string};
  /** The site's settings: its address (when set) gives the citation's URL. */
  site: Pick<SiteSettings, "url">;
  /** The project that makes and publishes the dataset, by language. */
  project: Record<Lang, string>;
  lang: Lang;
}

/**
 * The dataset's citation, the same wherever it is given (the page's Cite panel,
 * each indicator's metadata, the README of a download): the project as author
 * and publisher, the release date of the version and the address of its archive
 * (none when the site's address is not set: never a made-up one).
 */
export function datasetCitation({release, site, project, lang}: DatasetCitationOptions): Citation {
  return citeDataset({
    name: DATASET_NAME,
    title: messagesFor(lang).cite.datasetTitle,
    version: release.version,
    date: release.date,
    url: siteUrl(site, `data/${releaseArchivePath(release.version)}`),
    authors: [project[lang]],
    publisher: project[lang]
  }, {lang});
}
