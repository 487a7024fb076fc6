// The entity view: who or what it is, its spellings, its reports over time, what it said and
// what was said about it; and the list of all names.
import {entityPath, getJson} from "./api.js";
import {h, latin, ltr} from "./dom.js";
import {DIMENSION_NAMES, FACETS} from "./labels.js";
import {timeline} from "./timeline.js";

function entityLink(dimension, name, count) {
  return h("a", {href: `#/entity/${encodeURIComponent(`${dimension}:${name}`)}`},
    h("bdi", {}, name), count !== undefined ? [" ", h("span", {class: "count"}, String(count))] : null);
}

export async function renderEntity(main, id, signal) {
  const e = await getJson(entityPath(id), {}, signal);
  main.replaceChildren(h("article", {class: "entity", "data-id": e.id},
    h("h1", {tabindex: "-1"}, h("bdi", {}, e.name), e.latin ? [" ", latin(e.latin)] : null),
    h("p", {class: "meta"}, DIMENSION_NAMES[e.type] || e.type,
      e.titles.length ? [" · ", e.titles.join("، ")] : null,
      " · ", ltr(String(e.reportCount)), " خبریں · ",
      h("a", {href: `#/search?${new URLSearchParams([[e.type, e.name]])}`}, "ان خبروں میں تلاش")),
    timeline(e.months, {title: "ماہ بہ ماہ خبریں"}),
    h("div", {class: "cols"},
      h("section", {"aria-label": "املا"}, h("h2", {}, "املا"),
        h("ul", {class: "spellings"}, e.spellings.map(s => h("li", {}, h("bdi", {}, s)))),
        (e.mentions || []).length ? [h("h3", {class: "meta"}, "ذکر"),
          h("ul", {class: "mentions"}, e.mentions.slice(0, 20).map(m => h("li", {},
            h("bdi", {}, m.text), " · ",
            h("a", {href: `#/report/${encodeURIComponent(m.reportId)}`}, m.reportId),
            m.date ? [" · ", ltr(m.date)] : null)))] : null),
      h("section", {"aria-label": "ساتھ آنے والے نام"}, h("h2", {}, "ساتھ آنے والے نام"),
        Object.keys(e.namedWith).length
          ? Object.entries(e.namedWith).map(([dimension, values]) => [
              h("h3", {class: "meta"}, DIMENSION_NAMES[dimension]),
              h("ul", {}, values.map(v => h("li", {}, entityLink(dimension, v.value, v.count))))])
          : h("p", {class: "empty"}, "کوئی نہیں"))),
    quotes("اس کے اقوال", "statements-by", e.statementsBy),
    quotes("اس کے بارے میں", "statements-about", e.statementsAbout),
    h("section", {"aria-label": "خبریں"}, h("h2", {}, "خبریں، تازہ ترین پہلے"),
      h("ol", {class: "entity-reports"}, e.reports.map(r => h("li", {},
        h("a", {href: `#/report/${encodeURIComponent(r.id)}`}, r.headline || r.id), " ",
        h("span", {class: "meta"}, r.date ? ltr(r.date) : null, r.source ? [" · ", h("bdi", {}, r.source)] : null)))))));
  main.querySelector("h1").focus({preventScroll: true});
}

function quotes(title, id, list) {
  return h("section", {id, "aria-label": title}, h("h2", {}, title),
    list.length ? list.map(q => h("blockquote", {},
      h("p", {}, q.text),
      h("footer", {}, q.speaker ? [h("bdi", {}, q.speaker), q.speakerLatin ? [" ", latin(q.speakerLatin)] : null, " · "] : null,
        h("a", {href: `#/report/${encodeURIComponent(q.reportId)}`}, q.headline || q.reportId),
        q.date ? [" · ", ltr(q.date)] : null)))
      : h("p", {class: "empty"}, "کوئی نہیں"));
}

export async function renderEntities(main, params, signal) {
  const type = params.get("type") || "person";
  const q = params.get("q") || "";
  const listing = await getJson("/api/entities", {type, q, limit: 300}, signal);
  const filter = h("input", {type: "search", value: q, "aria-label": "نام چھانٹیں", placeholder: "نام چھانٹیں",
    onchange: event => { location.hash = `#/entities?${new URLSearchParams({type, q: event.target.value})}`; }});
  main.replaceChildren(h("section", {class: "entities"},
    h("h1", {tabindex: "-1"}, "نام"),
    h("nav", {class: "tabs", "aria-label": "قسم"}, FACETS.map(f => h("a", {class: "button",
      href: `#/entities?type=${f.key}`, "aria-current": f.key === type ? "page" : null}, f.title))),
    filter,
    listing.entities.length
      ? h("ul", {class: "names"}, listing.entities.map(e => h("li", {}, entityLink(e.type, e.name, e.count))))
      : h("p", {class: "empty"}, "اس قسم کا کوئی نام نہیں")));
}
