// Khabar's page: routes on the location hash, search as you type, tooltips for marked spans.
import {h} from "./dom.js";
import {renderSearch, stateFrom, hashOf} from "./search.js";
import {renderReport} from "./report.js";
import {renderEntity, renderEntities} from "./entity.js";

const main = document.getElementById("main");
const input = document.getElementById("q");
let current = null;       // the AbortController of the view being loaded
let typingTimer = null;

function route() {
  const hash = location.hash || "#/";
  const [path, query = ""] = hash.slice(1).split("?");
  const params = new URLSearchParams(query);
  if (current) current.abort();
  current = new AbortController();
  const signal = current.signal;
  let work;
  if (path.startsWith("/report/")) {
    work = renderReport(main, decodeURIComponent(path.slice("/report/".length)), signal);
  } else if (path.startsWith("/entity/")) {
    work = renderEntity(main, decodeURIComponent(path.slice("/entity/".length)), signal);
  } else if (path === "/entities") {
    work = renderEntities(main, params, signal);
  } else {
    const state = stateFrom(params);
    if (document.activeElement !== input) input.value = state.q;
    work = renderSearch(main, state, go, signal);
  }
  main.setAttribute("aria-busy", "true");
  work.catch(error => {
    if (error.name === "AbortError") return;
    main.replaceChildren(h("div", {class: "error", role: "alert"},
      h("strong", {}, error.status === 404 ? "نہیں ملا" : "مسئلہ"), ": ",
      h("span", {lang: "en", dir: "ltr", class: "latin"}, error.message)));
  }).finally(() => {
    if (!signal.aborted) main.setAttribute("aria-busy", "false");
  });
}

/** Shows the search for state; typing replaces the history entry instead of adding one. */
function go(state, {replace = false} = {}) {
  const hash = hashOf(state);
  if (hash === location.hash) route();
  else if (replace) { history.replaceState(null, "", hash); route(); }
  else location.hash = hash;
}

function searchFromInput(replace) {
  const params = location.hash.startsWith("#/search") ? new URLSearchParams(location.hash.split("?")[1] || "")
    : new URLSearchParams();
  const state = stateFrom(params);
  go({...state, q: input.value.trim(), page: 1}, {replace});
}

input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => searchFromInput(location.hash.startsWith("#/search")), 250);
});
document.getElementById("search-form").addEventListener("submit", event => {
  event.preventDefault();
  clearTimeout(typingTimer);
  searchFromInput(false);
});
document.addEventListener("keydown", event => {
  const typing = ["INPUT", "TEXTAREA"].includes(document.activeElement.tagName);
  if (event.key === "/" && !typing) {
    event.preventDefault();
    input.focus();
    input.select();
  } else if (event.key === "Escape") {
    hideTip();
  }
});

// One tooltip for every element with data-tip, on hover and on keyboard focus.
const tip = h("div", {class: "tip", role: "tooltip", id: "tip", hidden: true});
document.body.append(tip);

function showTip(target) {
  tip.textContent = target.dataset.tip;
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(4, box.left + box.width / 2 - width / 2), window.innerWidth - width - 4);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.bottom + window.scrollY + 4}px`;
  target.setAttribute("aria-describedby", "tip");
}

function hideTip() {
  tip.hidden = true;
}

for (const [on, off] of [["mouseover", "mouseout"], ["focusin", "focusout"]]) {
  document.addEventListener(on, event => {
    const target = event.target.closest && event.target.closest("[data-tip]");
    if (target) showTip(target);
  });
  document.addEventListener(off, event => {
    const target = event.target.closest && event.target.closest("[data-tip]");
    if (target) hideTip();
  });
}

window.addEventListener("hashchange", route);
route();
