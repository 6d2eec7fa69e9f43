// Starts GOV.UK Frontend on the public pages. Loaded as a module, so browsers too old for
// GOV.UK Frontend's JavaScript skip it and get the pages as they work without JavaScript.
import { initAll } from "../build/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
