// The report view: the text with entities highlighted by type, statements marked with their
// speaker, the dateline, the people and places of the report, and related stories.
import {getJson, reportPath} from "./api.js";
import {h, latin, ltr, nameWithLatin} from "./dom.js";
import {readAnalysis, renderMarked} from "./analysis.js";
import {ENTITY_TYPES, DIMENSION_OF_TYPE, STATEMENT_KINDS} from "./labels.js";

export function entityHash(type, name) {
  const dimension = DIMENSION_OF_TYPE[type];
  return dimension ? `#/entity/${encodeURIComponent(`${dimension}:${name}`)}` : null;
}

export async function renderReport(main, id, signal) {
  const report = await getJson(reportPath(id), {}, signal);
  const analysis = readAnalysis(report.analysis, report.body);
  const body = h("div", {class: "body-text", id: "report-body", lang: "ur"});
  renderMarked(body, report.body, spansOf(analysis));
  main.replaceChildren(h("article", {class: "report", "data-id": report.id},
    h("h1", {tabindex: "-1"}, report.headline || report.id),
    h("p", {class: "meta"}, joined([report.date ? ltr(report.date) : null,
      report.source ? h("bdi", {}, report.source) : null,
      h("span", {class: "latin", lang: "en", dir: "ltr"}, report.id)])),
    legend(analysis),
    h("div", {class: "report-layout"},
      body,
      h("div", {class: "side"},
        dateline(analysis.dateline),
        people(analysis),
        statementsList(analysis),
        related(report.related)))));
  main.querySelector("h1").focus({preventScroll: true});
}

/** The present parts, with a dot between each two. */
function joined(parts) {
  return parts.filter(Boolean).flatMap((part, i) => i === 0 ? [part] : [" · ", part]);
}

function spansOf(analysis) {
  const spans = [];
  for (const s of analysis.statements) {
    spans.push({start: s.start, end: s.end, order: 0,
      make: () => h("span", {class: `stmt stmt-${s.kind || "unknown"}`, "data-kind": s.kind,
        "data-speaker": s.speaker ? s.speaker.name : "",
        "aria-label": `${STATEMENT_KINDS[s.kind] || "قول"}${s.speaker ? `: ${s.speaker.name}` : ""}`}),
      prefix: () => s.speaker
        ? h("span", {class: "speaker", "data-tip": tipOfSpeaker(s)}, s.speaker.name, ":")
        : null});
    if (s.verb) {
      spans.push({start: s.verb.start, end: s.verb.end, order: 2,
        make: () => h("span", {class: "verb", title: "فعل"})});
    }
  }
  if (analysis.dateline && Number.isInteger(analysis.dateline.start)) {
    spans.push({start: analysis.dateline.start, end: analysis.dateline.end, order: 1,
      make: () => h("span", {class: "dateline", "data-tip": "ڈیٹ لائن"})});
  }
  for (const e of analysis.entities) {
    spans.push({start: e.start, end: e.end, order: 3, make: () => entityElement(e)});
  }
  return spans;
}

function entityElement(e) {
  const canonical = e.cluster ? e.cluster.name : null;
  const href = entityHash(e.type, canonical || e.text);
  const attributes = {class: `ent ent-${e.type}`, "data-type": e.type, "data-tip": tipOf(e),
    "data-canonical": canonical, "data-latin": e.cluster ? e.cluster.latin : null,
    "data-value": e.value};
  return href ? h("a", {...attributes, href}) : h("span", {...attributes, tabindex: "0"});
}

function tipOf(e) {
  const parts = [ENTITY_TYPES[e.type] || e.type];
  if (e.cluster && e.cluster.name) parts.push(e.cluster.name);
  if (e.cluster && e.cluster.latin) parts.push(e.cluster.latin);
  if (e.cluster && e.cluster.title) parts.push(e.cluster.title);
  if (e.value) parts.push(`= ${e.value}`);
  return parts.join(" · ");
}

function tipOfSpeaker(s) {
  return ["بولنے والا", s.speaker.name, s.speaker.latin, STATEMENT_KINDS[s.kind]].filter(Boolean).join(" · ");
}

function legend(analysis) {
  const types = [...new Set(analysis.entities.map(e => e.type))].filter(t => ENTITY_TYPES[t]);
  if (!types.length && !analysis.statements.length) {
    return h("p", {class: "meta"}, "اس خبر کے تجزیے میں نام اور اقوال ابھی شامل نہیں۔");
  }
  return h("ul", {class: "legend", "aria-label": "رنگوں کی کلید"},
    types.map(t => h("li", {class: `ent ent-${t}`}, ENTITY_TYPES[t])),
    analysis.statements.length ? h("li", {class: "stmt"}, "قول") : null);
}

function dateline(d) {
  if (!d || !(d.place || d.date || d.source)) return null;
  return h("section", {class: "dateline-box", "aria-label": "ڈیٹ لائن"},
    h("h2", {}, "ڈیٹ لائن"),
    h("dl", {},
      d.place ? [h("dt", {}, "مقام"), h("dd", {}, d.place)] : null,
      d.date ? [h("dt", {}, "تاریخ"), h("dd", {}, ltr(d.date))] : null,
      d.source ? [h("dt", {}, "ذریعہ"), h("dd", {}, d.source)] : null));
}

function people(analysis) {
  if (!analysis.clusters.length) return null;
  return h("section", {"aria-label": "اس خبر میں"},
    h("h2", {}, "اس خبر میں"),
    h("ul", {class: "clusters"}, analysis.clusters.map(c => {
      const href = entityHash(c.type, c.name);
      const label = nameWithLatin(c.name, c.latin);
      return h("li", {"data-cluster": c.ref},
        href ? h("a", {href}, label) : label,
        c.title ? [" · ", h("span", {class: "meta"}, c.title)] : null,
        c.type && ENTITY_TYPES[c.type] ? [" ", h("span", {class: "meta"}, `(${ENTITY_TYPES[c.type]})`)] : null);
    })));
}

function statementsList(analysis) {
  if (!analysis.statements.length) return null;
  return h("section", {"aria-label": "اقوال"},
    h("h2", {}, "اقوال"),
    h("ul", {}, analysis.statements.map(s => h("li", {},
      s.speaker ? nameWithLatin(s.speaker.name, s.speaker.latin) : "نامعلوم",
      ": ", h("span", {class: "meta"}, STATEMENT_KINDS[s.kind] || "قول"),
      s.verbText ? [" · ", h("span", {class: "meta"}, s.verbText)] : null))));
}

function related(stories) {
  return h("section", {"aria-label": "یہی خبر اور جگہوں پر"},
    h("h2", {}, "یہی خبر اور جگہوں پر"),
    stories && stories.length
      ? h("ul", {class: "related"}, stories.map(r => h("li", {},
          h("a", {href: `#/report/${encodeURIComponent(r.id)}`}, r.headline || r.id),
          " ", h("span", {class: "meta"}, r.source ? h("bdi", {}, r.source) : null, " · ",
            ltr(`${Math.round(r.similarity * 100)}%`)))))
      : h("p", {class: "empty"}, "کوئی نہیں"));
}
