import {ARROW_PATH, indicatorCsvPath, indicatorMetadataPath, INDEX_PATH} from "../schema/data-files.ts";
import {isId} from "../schema/ids.ts";

export interface SnippetOptions {
  /** The address of the published data folder, ending in / (the page's own `data/`, or the project's). */
  base: string;
  /** One indicator's files; without one, the whole dataset. */
  indicator?: string | null;
}

export const SNIPPET_KINDS = ["python", "r", "js", "curl"] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];
export type DataSnippets = Record<SnippetKind, string>;

// Double-quoted literals, escaped as JSON escapes them: Python, R and JavaScript all read them so.
const quoted = (text: string) => JSON.stringify(text);
// The shell's single quotes take everything literally but a single quote.
const shell = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

const COLUMNS = ["observation_id", "series", "year", "value_base", "unit_base", "status"];
const FIGURES = "Its figures: the columns and codes of observations.csv. Only an empty cell is a missing value.";
const METADATA = "Its metadata: definition, unit, basis, sources with quotes, status and method, version, licence, citation.";

/**
 * What each language needs, said first. Arquero's own caveat: its Arrow
 * library's newest release needs a package some registries do not serve,
 * and its loadCSV mis-reads rows that straddle the chunks of a download, so
 * the code reads Arrow, or fetches a CSV whole before parsing it.
 */
const NEEDS = {
  python: "# Needs pandas: pip install pandas (or Debian's python3-pandas).",
  r: `# Needs readr and jsonlite: install.packages(c("readr", "jsonlite")) (or Debian's r-cran-readr and r-cran-jsonlite).`,
  js: `// Needs Node 20 or later and Arquero: npm install arquero@8.0.3. If npm cannot find @uwdata/wk-geojson,
// add "overrides": {"@uwdata/flechette": "2.6.0"} to package.json. Save as a .mjs file and run it with node.
// Files are read whole (Arrow, or a CSV's text), never with aq.loadCSV, which mis-reads rows between download chunks.`,
  curl: "# Needs curl."
};

function indicatorSnippets(base: string, id: string): DataSnippets {
  const csv = indicatorCsvPath(id).replace(id, "{indicator}");
  const meta = indicatorMetadataPath(id).replace(id, "{indicator}");
  return {
    python: `${NEEDS.python}
import json
from urllib.request import urlopen

import pandas as pd

base = ${quoted(base)}
indicator = ${quoted(id)}

# ${FIGURES}
figures = pd.read_csv(f"{base}${csv}", keep_default_na=False, na_values=[""])
# ${METADATA}
with urlopen(f"{base}${meta}") as response:
    meta = json.load(response)

print(meta["name"]["en"], "-", meta["definition"]["en"])
print(len(figures), "figures")
print(figures[[${COLUMNS.map(quoted).join(", ")}]].to_string(index=False))
`,
    r: `${NEEDS.r}
library(readr)
library(jsonlite)
options(width = 200)  # print each row on one line

base <- ${quoted(base)}
indicator <- ${quoted(id)}

# ${FIGURES}
figures <- read_csv(paste0(base, "indicators/", indicator, ".csv"), na = "", show_col_types = FALSE)
# ${METADATA}
meta <- fromJSON(paste0(base, "indicators/", indicator, ".metadata.json"))

cat(meta$name$en, "-", meta$definition$en, "\\n")
cat(nrow(figures), "figures\\n")
print(as.data.frame(figures[, c(${COLUMNS.map(quoted).join(", ")})]), row.names = FALSE)
`,
    js: `${NEEDS.js}
import * as aq from "arquero";

const base = ${quoted(base)};
const indicator = ${quoted(id)};

// ${FIGURES}
const figures = aq.fromCSV(await (await fetch(\`\${base}${csv.replace("{indicator}", "${indicator}")}\`)).text());
// ${METADATA}
const meta = await (await fetch(\`\${base}${meta.replace("{indicator}", "${indicator}")}\`)).json();

console.log(\`\${meta.name.en} - \${meta.definition.en}\`);
console.log(\`\${figures.numRows()} figures\`);
figures.select(${COLUMNS.map(quoted).join(", ")}).print({limit: Infinity});
`,
    curl: `${NEEDS.curl}
# The list of indicators and their files
curl -sSf ${shell(base + INDEX_PATH)} -o index.json
# ${FIGURES.split(":")[0]} and its metadata
curl -sSfO ${shell(base + indicatorCsvPath(id))}
curl -sSfO ${shell(base + indicatorMetadataPath(id))}
`
  };
}

function datasetSnippets(base: string): DataSnippets {
  const every = "Every figure: one row each, with its quote, status and source.";
  const index = "The indicator API: every indicator with the paths of its figures and metadata.";
  return {
    python: `${NEEDS.python}
import json
from urllib.request import urlopen

import pandas as pd

base = ${quoted(base)}

# ${every}
observations = pd.read_csv(f"{base}observations.csv", keep_default_na=False, na_values=[""])
# ${index}
with urlopen(f"{base}${INDEX_PATH}") as response:
    index = json.load(response)
catalogue = pd.DataFrame(index["indicators"])

print("version", index["version"], "released", index["released"])
print(len(observations), "figures of", len(catalogue), "indicators")
print("Targets by status:")
print(observations[observations["series"] == "target"].groupby("status").size().to_string())
`,
    r: `${NEEDS.r}
library(readr)
library(jsonlite)

base <- ${quoted(base)}

# ${every}
observations <- read_csv(paste0(base, "observations.csv"), na = "", show_col_types = FALSE)
# ${index}
index <- fromJSON(paste0(base, "${INDEX_PATH}"))
catalogue <- index$indicators

cat("version", index$version, "released", index$released, "\\n")
cat(nrow(observations), "figures of", nrow(catalogue), "indicators\\n")
cat("Targets by status:\\n")
print(as.data.frame(table(status = observations$status[observations$series == "target"])), row.names = FALSE)
`,
    js: `${NEEDS.js}
import * as aq from "arquero";

const base = ${quoted(base)};

// ${every} (Apache Arrow, with the schema's column types)
const observations = await aq.loadArrow(\`\${base}${ARROW_PATH}\`);
// ${index}
const index = await (await fetch(\`\${base}${INDEX_PATH}\`)).json();
const catalogue = aq.from(index.indicators);

console.log(\`version \${index.version} released \${index.released}\`);
console.log(\`\${observations.numRows()} figures of \${catalogue.numRows()} indicators\`);
console.log("Targets by status:");
observations.filter((d) => d.series === "target").groupby("status").count().orderby("status").print();
`,
    curl: `${NEEDS.curl}
# The list of indicators and their files, then every figure
curl -sSf ${shell(base + INDEX_PATH)} -o index.json
curl -sSfO ${shell(base + "observations.csv")}
# The Data Package: what every file holds, its columns and types
curl -sSfO ${shell(base + "datapackage.json")}
`
  };
}

/**
 * Code that loads the published files, ready to copy: pandas, R (readr and
 * jsonlite), JavaScript (Arquero) and curl, for one indicator or for the
 * whole dataset. Pure: the page passes its own address, so the code works
 * wherever the site is hosted.
 */
export function dataSnippets({base, indicator = null}: SnippetOptions): DataSnippets {
  if (!/^https?:\/\//.test(base) || !base.endsWith("/")) throw new Error(`The data address must be an http(s) URL ending in /: ${JSON.stringify(base)}`);
  if (indicator !== null && !isId(indicator)) throw new Error(`Not an indicator id: ${JSON.stringify(indicator)}`);
  return indicator ? indicatorSnippets(base, indicator) : datasetSnippets(base);
}
