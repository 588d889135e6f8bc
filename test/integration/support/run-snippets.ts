/**
 * Runs snippets as a reader would, one process per client for all of them:
 * each snippet's file executed as it is (Python's exec with a fresh
 * namespace, R's source into a fresh environment, Node's import of a module),
 * its printed output captured, and then the table it loaded (`figures`, or
 * `observations` for the whole dataset) written out as JSON rows, so a test
 * can compare both with the published table.
 */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {run} from "../../support/clients.ts";

export interface Snippet {
  name: string;
  code: string;
}

export interface SnippetRun {
  name: string;
  /** What the snippet printed. */
  stdout: string;
  /** The table it loaded, as rows. */
  loaded: Array<Record<string, unknown>>;
}

const PYTHON = String.raw`
import contextlib, io, json, sys
out = []
for job in json.load(open(sys.argv[1], encoding="utf-8")):
    namespace = {"__name__": "__main__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(open(job["file"], encoding="utf-8").read(), job["file"], "exec"), namespace)
    frame = namespace["figures"] if "figures" in namespace else namespace["observations"]
    out.append({"name": job["name"], "stdout": printed.getvalue(), "loaded": json.loads(frame.to_json(orient="records", force_ascii=False, double_precision=15))})
json.dump(out, sys.stdout, ensure_ascii=False)
`;

const R = String.raw`
suppressMessages(library(jsonlite))
jobs <- fromJSON(commandArgs(TRUE)[1], simplifyDataFrame = FALSE)
out <- lapply(jobs, function(job) {
  env <- new.env()
  printed <- capture.output(source(job$file, local = env, encoding = "UTF-8"))
  frame <- if (exists("figures", envir = env, inherits = FALSE)) env$figures else env$observations
  list(name = job$name, stdout = paste(printed, collapse = "\n"), loaded = as.data.frame(frame))
})
cat(toJSON(out, auto_unbox = TRUE, na = "null", null = "null", digits = NA, dataframe = "rows"))
`;

const NODE = String.raw`
import {readFileSync} from "node:fs";
import {pathToFileURL} from "node:url";
const out = [];
const write = process.stdout.write.bind(process.stdout);
for (const job of JSON.parse(readFileSync(process.argv[2], "utf8"))) {
  let printed = "";
  process.stdout.write = (chunk, ...rest) => {
    printed += chunk;
    rest.find((r) => typeof r === "function")?.();
    return true;
  };
  let loaded;
  try {
    loaded = await import(pathToFileURL(job.file).href);
  } finally {
    process.stdout.write = write;
  }
  out.push({name: job.name, stdout: printed, loaded: (loaded.figures ?? loaded.observations).objects()});
}
write(JSON.stringify(out, (key, value) => (typeof value === "bigint" ? Number(value) : value)));
`;

type Kind = "python" | "r" | "js";
const EXT: Record<Kind, string> = {python: "py", r: "R", js: "mjs"};

/** Writes the snippets and a harness into `dir`, runs the harness with `command`, and gives each snippet's run. */
export async function runSnippets(kind: Kind, command: string, dir: string, snippets: readonly Snippet[]): Promise<SnippetRun[]> {
  const jobs = snippets.map(({name, code}, i) => {
    const file = join(dir, `${kind}-${i}.${EXT[kind]}`);
    // Node cannot reach a module's variables from outside: the one line added after the snippet.
    writeFileSync(file, kind === "js" ? `${code}\nexport {${/\bconst figures\b/.test(code) ? "figures" : "observations"}};\n` : code);
    return {name, file};
  });
  const list = join(dir, `${kind}-jobs.json`);
  writeFileSync(list, JSON.stringify(jobs));
  const harness = join(dir, `harness-${kind}.${EXT[kind]}`);
  writeFileSync(harness, {python: PYTHON, r: R, js: NODE}[kind]);
  const {stdout} = await run(command, [harness, list], {cwd: dir});
  return JSON.parse(stdout) as SnippetRun[];
}
