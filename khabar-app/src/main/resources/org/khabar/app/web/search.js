// The search view: results as you type, facets, a timeline, pages of highlighted snippets.
import {getJson} from "./api.js";
import {h, ltr} from "./dom.js";
import {FACETS, DIMENSION_NAMES} from "./labels.js";
import {timeline} from "./timeline.js";

const FILTERS = ["person", "place", "org", "source", "speaker", "title", "month"];
const PAGE_SIZE = 10;

/** The search state in a location hash's parameters. */
export function stateFrom(params) {
  const state = {q: params.get("q") || "", page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1),
    sort: params.get("sort") || "relevance", filters: {}};
  for (const key of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) state.filters[key] = values;
  }
  return state;
}

export function hashOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append(key, v);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const text = params.toString();
  return text ? `#/search?${text}` : "#/";
}

function toggled(state, key, value) {
  const filters = {...state.filters};
  const values = filters[key] || [];
  filters[key] = values.includes(value) ? values.filter(v => v !== value) : [...values, value];
  if (!filters[key].length) delete filters[key];
  return {...state, filters, page: 1};
}

/** Renders the search for state into main; go(state) navigates to another search. */
export async function renderSearch(main, state, go, signal) {
  const response = await getJson("/api/search", {
    q: state.q, ...state.filters, sort: state.sort, page: state.page, size: PAGE_SIZE, facets: 8,
  }, signal);
  main.replaceChildren(searchPage(response, state, go));
}

function searchPage(response, state, go) {
  const facetPanel = h("aside", {class: "facets", "aria-label": "چھانٹی"},
    h("details", {open: window.matchMedia("(min-width: 761px)").matches},
      h("summary", {}, "چھانٹیں: افراد، مقامات، تنظیمیں، ذرائع"),
      FACETS.map(f => facet(f, response.facets[f.key], state, go))));
  const chips = Object.entries(state.filters).flatMap(([key, values]) => values.map(v =>
    h("button", {class: "chip", type: "button", "aria-label": `${DIMENSION_NAMES[key]} ${v}: ہٹائیں`,
      onclick: () => go(toggled(state, key, v))}, `${DIMENSION_NAMES[key]}: `, h("bdi", {}, v), " ×")));
  const results = h("section", {class: "results", "aria-label": "نتائج"},
    h("p", {class: "summary", id: "result-count"},
      response.total === 0 ? "کوئی خبر نہیں ملی" : [ltr(String(response.total)), " خبریں ملیں",
        response.pages > 1 ? [" · صفحہ ", ltr(String(response.page)), " از ", ltr(String(response.pages))] : []]),
    chips.length ? h("div", {class: "chips"}, chips) : null,
    (response.notes || []).map(n => h("p", {class: "notes", lang: "en", dir: "ltr"}, n)),
    timeline(response.facets.month, {
      title: "ماہ بہ ماہ خبریں",
      selected: state.filters.month || [],
      onPick: month => go(toggled(state, "month", month)),
    }),
    sortChoice(state, go),
    h("ol", {class: "hits"}, response.hits.map(hit)),
    pager(response, state, go));
  return h("div", {class: "search-layout"}, facetPanel, results);
}

function facet(f, values, state, go) {
  const selected = state.filters[f.key] || [];
  const shown = [...(values || [])];
  for (const v of selected) if (!shown.some(s => s.value === v)) shown.unshift({value: v, count: 0});
  if (!shown.length) return null;
  return h("section", {class: "facet", "data-facet": f.key},
    h("h3", {}, f.title),
    h("ul", {}, shown.map(v => h("li", {},
      h("button", {type: "button", "aria-pressed": selected.includes(v.value) ? "true" : "false",
        "data-value": v.value, onclick: () => go(toggled(state, f.key, v.value))},
        h("bdi", {}, v.value), h("span", {class: "count"}, String(v.count)))))));
}

function sortChoice(state, go) {
  const options = [["relevance", "موزونیت"], ["newest", "تازہ ترین"], ["oldest", "پرانی پہلے"]];
  return h("div", {class: "tabs", role: "group", "aria-label": "ترتیب"},
    options.map(([key, label]) => h("button", {type: "button",
      "aria-current": state.sort === key ? "page" : null,
      onclick: () => go({...state, sort: key, page: 1})}, label)));
}

function hit(found) {
  const link = h("a", {href: `#/report/${encodeURIComponent(found.id)}`, class: "hit-link"},
    found.headline || found.id);
  return h("li", {class: "hit", "data-id": found.id},
    h("h3", {}, link),
    h("div", {class: "meta"}, found.date ? ltr(found.date) : null, found.date && found.source ? " · " : null,
      found.source ? h("bdi", {}, found.source) : null),
    (found.snippets || []).map(snippet));
}

function snippet(s) {
  const p = h("p", {class: "snippet"});
  let at = s.start;
  for (const [start, end] of s.matches || []) {
    if (start < at) continue;
    p.append(s.text.slice(at - s.start, start - s.start));
    p.append(h("mark", {}, s.text.slice(start - s.start, end - s.start)));
    at = end;
  }
  p.append(s.text.slice(at - s.start));
  if (s.end - s.start > 0) p.append(" …");
  return p;
}

function pager(response, state, go) {
  if (response.pages <= 1) return null;
  const page = response.page;
  const first = Math.max(1, page - 2);
  const last = Math.min(response.pages, first + 4);
  const numbers = [];
  for (let n = first; n <= last; n++) {
    numbers.push(h("button", {type: "button", "aria-current": n === page ? "page" : null,
      "aria-label": `صفحہ ${n}`, onclick: () => go({...state, page: n})}, ltr(String(n))));
  }
  return h("nav", {class: "pager", "aria-label": "صفحات"},
    h("button", {type: "button", disabled: page <= 1, onclick: () => go({...state, page: page - 1})}, "پچھلا"),
    numbers,
    h("button", {type: "button", disabled: page >= response.pages, rel: "next",
      onclick: () => go({...state, page: page + 1})}, "اگلا"));
}
