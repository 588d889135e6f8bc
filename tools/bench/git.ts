import {execFileSync} from "node:child_process";

function git(root: string, ...args: string[]): string | null {
  try {
    return execFileSync("git", args, {cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

/** The commit a bench measured, and whether the work tree had changes beside it (null outside a clone). */
export function commitOf(root: string): {commit: string | null; dirty: boolean} {
  return {commit: git(root, "rev-parse", "--short", "HEAD"), dirty: (git(root, "status", "--porcelain") ?? "") !== ""};
}
