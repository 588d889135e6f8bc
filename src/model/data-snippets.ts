import {indicatorCsvPath, indicatorMetadataPath, INDEX_PATH} from "../schema/data-files.ts";
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

function indicatorSnippets(base: string, id: string): DataSnippets {
  const csv = indicatorCsvPath(id).replace(id, "{indicator}");
  const meta = indicatorMetadataPath(id).replace(id, "{indicator}");
  return {
    python: `import json
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
print(figures[[${COLUMNS.map(quoted).join(", ")}]])
`,
    r: `library(readr)
library(jsonlite)

base <- ${quoted(base)}
indicator <- ${quoted(id)}

# ${FIGURES}
figures <- read_csv(paste0(base, "indicators/", indicator, ".csv"), na = "", show_col_types = FALSE)
# ${METADATA}
meta <- fromJSON(paste0(base, "indicators/", indicator, ".metadata.json"))

cat(meta$name$en, "-", meta$definition$en, "\\n")
cat(nrow(figures), "figures\\n")
print(figures[, c(${COLUMNS.map(quoted).join(", ")})])
`,
    js: `import * as aq from "arquero";

const base = ${quoted(base)};
const indicator = ${quoted(id)};

// ${FIGURES}
const figures = await aq.loadCSV(\`\${base}${csv.replace("{indicator}", "${indicator}")}\`);
// ${METADATA}
const meta = await (await fetch(\`\${base}${meta.replace("{indicator}", "${indicator}")}\`)).json();

console.log(\`\${meta.name.en}: \${meta.definition.en}\`);
console.log(\`\${figures.numRows()} figures\`);
figures.select(${COLUMNS.map(quoted).join(", ")}).print();
`,
    curl: `# The list of indicators and their files
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
    python: `import json
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
print(observations.groupby("status").size())
`,
    r: `library(readr)
library(jsonlite)

base <- ${quoted(base)}

# ${every}
observations <- read_csv(paste0(base, "observations.csv"), na = "", show_col_types = FALSE)
# ${index}
index <- fromJSON(paste0(base, "${INDEX_PATH}"))
catalogue <- index$indicators

cat("version", index$version, "released", index$released, "\\n")
cat(nrow(observations), "figures of", nrow(catalogue), "indicators\\n")
print(table(observations$status))
`,
    js: `import * as aq from "arquero";

const base = ${quoted(base)};

// ${every}
const observations = await aq.loadCSV(\`\${base}observations.csv\`);
// The catalogue: names, definitions, unit, basis and better direction of every indicator.
const catalogue = await aq.loadJSON(\`\${base}indicators.json\`);
// ${index}
const index = await (await fetch(\`\${base}${INDEX_PATH}\`)).json();

console.log(\`version \${index.version}, released \${index.released}\`);
console.log(\`\${observations.numRows()} figures of \${catalogue.numRows()} indicators\`);
observations.groupby("status").count().print();
`,
    curl: `# The list of indicators and their files, then every figure
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
