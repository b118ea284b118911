// Forms suggest the glossary's standard English as one types a Chinese name: beside the matching
// English field (name_zh -> name_en, title_zh -> title_en…) a line offers the standard form.
(function () {
  "use strict";
  const me = document.currentScript;
  if (!me) return;
  const url = me.dataset.url, said = me.dataset.said, use = me.dataset.use;
  function hintFor(english) {
    let hint = english.parentElement.querySelector(".glossary-hint");
    if (!hint) {
      hint = document.createElement("div");
      hint.className = "glossary-hint small mt-1";
      hint.setAttribute("role", "status");
      english.insertAdjacentElement("afterend", hint);
    }
    return hint;
  }
  function watch(chinese) {
    const form = chinese.form;
    if (!form) return;
    const english = form.querySelector(`[name="${chinese.name.replace(/_zh$/, "_en")}"]`);
    if (!english) return;
    let timer = null;
    chinese.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const value = chinese.value.trim();
        const hint = hintFor(english);
        hint.textContent = "";
        if (!value) return;
        const response = await fetch(`${url}?zh=${encodeURIComponent(value)}`, { credentials: "same-origin" });
        if (!response.ok) return;
        const term = await response.json();
        if (!term.en || term.en === english.value.trim()) return;
        const text = document.createElement("span");
        text.textContent = `${said}: ${term.en} `;
        const button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-link btn-sm p-0 align-baseline";
        button.textContent = use;
        button.addEventListener("click", () => { english.value = term.en; hint.textContent = ""; });
        hint.append(text, button);
      }, 250);
    });
  }
  document.querySelectorAll('form input[name$="_zh"]').forEach(watch);
})();
