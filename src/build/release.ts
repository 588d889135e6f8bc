/** The version being released and its date, as the top entry of CHANGELOG.md gives them. */
export interface Release {
  version: string;
  /** YYYY-MM-DD */
  date: string;
}

const ENTRY = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$/m;

/**
 * The release a build publishes: the first `## [x.y.z] - YYYY-MM-DD` heading of
 * the changelog. The date is the release date, so a rebuild of one version
 * writes the same `created` and cites the same way.
 */
export function releaseOf(changelog: string): Release {
  const match = ENTRY.exec(changelog);
  if (!match) throw new Error("CHANGELOG.md has no release heading of the form `## [x.y.z] - YYYY-MM-DD`");
  return {version: match[1], date: match[2]};
}

/** The release as an RFC 3339 date-time (midnight UTC of its day), for the Data Package's `created`. */
export function releaseDateTime({date}: Release): string {
  return `${date}T00:00:00Z`;
}
