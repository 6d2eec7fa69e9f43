// Builds static/build/ from the pinned npm packages: `npm run build`. The result is committed,
// so `make run` needs no Node.js; tests check it matches the pinned GOV.UK Frontend.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(here, "..", "build");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(out, { recursive: true });
const css = sass.compile(join(here, "cdop.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
writeFileSync(join(out, "cdop.css"), css.css + "\n");
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
const { version } = JSON.parse(readFileSync(join(govuk, "..", "..", "package.json"), "utf8"));
writeFileSync(join(out, "VERSION"), `govuk-frontend ${version}\n`);
console.log(`static/build: govuk-frontend ${version}`);
