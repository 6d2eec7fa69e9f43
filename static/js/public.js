// Starts GOV.UK Frontend on the public pages. Loaded as a module, so browsers too old for
// GOV.UK Frontend's JavaScript skip it and get the pages as they work without JavaScript.
import { initAll } from "../build/govuk-frontend.min.js";

// Conditional reveals of our own (the radios have no data-module): GOV.UK Frontend puts
// aria-expanded on radio buttons, which ARIA does not allow there (govuk-frontend issue 979)
// and axe reports. aria-controls is allowed.
function revealConditionals() {
  const radios = Array.from(document.querySelectorAll(".govuk-radios__input"));
  const sync = () => {
    radios.filter((radio) => radio.dataset.reveal).forEach((radio) => {
      document.getElementById(radio.dataset.reveal)
        .classList.toggle("govuk-radios__conditional--hidden", !radio.checked);
    });
  };
  radios.forEach((radio) => radio.addEventListener("change", sync));
  sync();
}

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
revealConditionals();
