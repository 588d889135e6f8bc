/**
 * The researchers' real clients, as a test finds them: Debian's Python with
 * pandas (and pybtex), R with readr and jsonlite, pandoc and curl. `.ci/run`
 * installs each from Debian. A client that is missing fails the test that
 * needs it, naming the package to install, never skips it.
 */
import {execFile, spawnSync} from "node:child_process";

/** Where a Python with pandas is: PYTHON if set, else Debian's /usr/bin/python3 (pyenv's python3 on PATH has no Debian packages), else python3. */
const PYTHONS = [process.env.PYTHON, "/usr/bin/python3", "python3"].filter((p): p is string => !!p);

const works = (command: string, args: string[]) => {
  const run = spawnSync(command, args, {encoding: "utf8"});
  return run.status === 0;
};

/** A Python interpreter that imports each of the modules, or an error that says what to install. */
export function pythonWith(modules: string[], packages: string): string {
  const found = PYTHONS.find((python) => works(python, ["-c", modules.map((m) => `import ${m}`).join("; ")]));
  if (!found) throw new Error(`no Python with ${modules.join(", ")} (tried ${PYTHONS.join(", ")}): install Debian's ${packages}, or set PYTHON`);
  return found;
}

/** Rscript with each of the R packages, or an error that says what to install. */
export function rscriptWith(libraries: string[]): string {
  const rscript = process.env.RSCRIPT ?? "Rscript";
  if (!works(rscript, ["-e", libraries.map((l) => `suppressMessages(library(${l}))`).join("; ")])) {
    throw new Error(`no Rscript with ${libraries.join(", ")}: install Debian's r-base-core ${libraries.map((l) => `r-cran-${l}`).join(" ")}, or set RSCRIPT`);
  }
  return rscript;
}

/** A program on PATH, or an error naming its Debian package. */
export function program(command: string, debianPackage: string): string {
  if (!works(command, ["--version"])) throw new Error(`${command} is missing: install Debian's ${debianPackage}`);
  return command;
}

export interface Run {
  stdout: string;
  stderr: string;
}

/** Runs a program to its end; rejects with its output when it fails. No time limit: a busy machine is slow, not wrong. */
export function run(command: string, args: string[], options: {cwd?: string; input?: string} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, {cwd: options.cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8"}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}\n${stdout}`));
      else resolve({stdout, stderr});
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}
