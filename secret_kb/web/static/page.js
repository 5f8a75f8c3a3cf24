// secret-kb serve: the page's only script. The page works without it; this adds the
// print, open-all and close-all buttons, and opens every fold before printing.
"use strict";
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  const folds = () => document.querySelectorAll("details");
  const actions = {
    print: () => window.print(),
    open: () => folds().forEach((d) => { d.open = true; }),
    close: () => folds().forEach((d) => { if (!d.classList.contains("root")) d.open = false; }),
  };
  document.querySelectorAll("button[data-action]").forEach((button) => {
    button.addEventListener("click", actions[button.dataset.action]);
  });
  let closed = [];
  window.addEventListener("beforeprint", () => {
    closed = Array.from(folds()).filter((d) => !d.open);
    closed.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => { closed.forEach((d) => { d.open = false; }); });
});
