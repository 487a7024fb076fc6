// Reads an analysis in the khabar-analysis schema leniently: entities, dateline, clusters and
// statements may each be absent, and references may be indexes, ids or spans. All offsets are
// UTF-16 offsets into the report's body, as JavaScript strings count them.

function span(node, length) {
  if (!node) return null;
  let start, end;
  if (Array.isArray(node) && node.length === 2) [start, end] = node;
  else if (Number.isInteger(node.start) && Number.isInteger(node.end)) ({start, end} = node);
  else return null;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length
    ? {start, end} : null;
}

function firstText(node, ...fields) {
  if (!node) return null;
  for (const field of fields) {
    const value = node[field];
    if (typeof value === "string" && value.trim()) return value;
    if (value && typeof value === "object" && typeof value.text === "string") return value.text;
  }
  return null;
}

function valueText(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return value.canonical ?? value.value ?? value.text ?? JSON.stringify(value);
  return String(value);
}

/** {entities, clusters, statements, dateline} of an analysis, over the report's body. */
export function readAnalysis(analysis, body) {
  const a = analysis || {};
  const length = body.length;
  const entities = [];
  for (const node of Array.isArray(a.entities) ? a.entities : []) {
    const s = span(node, length);
    if (!s) continue;
    entities.push({
      ...s,
      text: typeof node.text === "string" ? node.text : body.slice(s.start, s.end),
      type: typeof node.type === "string" ? node.type.toUpperCase() : "",
      value: valueText(node.value),
      clusterRef: node.cluster ?? null,
      cluster: null,
    });
  }
  const clusters = [];
  const byRef = new Map();
  (Array.isArray(a.clusters) ? a.clusters : []).forEach((node, index) => {
    const ref = node.id !== undefined && node.id !== null ? String(node.id) : String(index);
    const mentions = [];
    for (const m of Array.isArray(node.mentions) ? node.mentions : []) {
      const at = Number.isInteger(m) ? m : m && Number.isInteger(m.entity) ? m.entity : null;
      if (at !== null && entities[at]) mentions.push(entities[at]);
      else if (m && typeof m === "object") {
        const s = span(m, length);
        if (s) {
          const found = entities.find(e => e.start === s.start && e.end === s.end);
          mentions.push(found || {...s, text: body.slice(s.start, s.end), type: node.type || "", value: null});
        }
      }
    }
    for (const e of entities) {
      if (e.clusterRef !== null && (String(e.clusterRef) === ref || String(e.clusterRef) === String(index))
          && !mentions.includes(e)) mentions.push(e);
    }
    const cluster = {
      ref,
      name: firstText(node, "name", "canonical", "canonical_name", "canonicalName")
        || (mentions[0] && mentions[0].text) || "",
      latin: firstText(node, "latin", "latin_name", "latinName"),
      title: firstText(node, "title"),
      type: (node.type || (mentions[0] && mentions[0].type) || "").toUpperCase(),
      mentions,
    };
    for (const m of mentions) if (!m.cluster) m.cluster = cluster;
    clusters.push(cluster);
    byRef.set(String(index), cluster);
    if (!byRef.has(ref)) byRef.set(ref, cluster);
  });
  const statements = [];
  for (const node of Array.isArray(a.statements) ? a.statements : []) {
    const s = span(node.span || node, length);
    if (!s) continue;
    let kind = firstText(node, "type", "kind");
    if (!kind && typeof node.direct === "boolean") kind = node.direct ? "direct" : "indirect";
    const verbNode = node.verb;
    const verbSpan = verbNode && typeof verbNode === "object" ? span(verbNode, length) : null;
    const verbText = typeof verbNode === "string" ? verbNode
      : verbNode && typeof verbNode.text === "string" ? verbNode.text
      : verbSpan ? body.slice(verbSpan.start, verbSpan.end) : null;
    let speaker = null;
    const sp = node.speaker ?? node.speaker_cluster;
    if (typeof sp === "number" || typeof sp === "string") {
      const cluster = byRef.get(String(sp));
      speaker = cluster ? {name: cluster.name, latin: cluster.latin, cluster}
        : {name: String(sp), latin: null, cluster: null};
    } else if (sp && typeof sp === "object") {
      const cluster = sp.cluster !== undefined ? byRef.get(String(sp.cluster)) : null;
      const text = firstText(sp, "name", "text");
      speaker = cluster ? {name: cluster.name, latin: cluster.latin, cluster}
        : text ? {name: text, latin: firstText(sp, "latin"), cluster: null} : null;
    }
    statements.push({...s, kind: (kind || "").toLowerCase(), verb: verbSpan, verbText, speaker});
  }
  let dateline = null;
  if (a.dateline && typeof a.dateline === "object") {
    const d = a.dateline;
    dateline = {
      ...(span(d, length) || {}),
      place: firstText(d, "place"),
      date: valueText(d.date && typeof d.date === "object" ? (d.date.value ?? d.date.text) : d.date),
      source: firstText(d, "source"),
    };
  }
  return {entities, clusters, statements, dateline};
}

/**
 * Fills container with text, wrapping the given spans ({start, end, order, make: () => Element,
 * prefix?: () => Node}) in the elements make() returns. Spans may nest; a span that crosses the
 * end of the one around it is split there. Lower order wraps outer.
 */
export function renderMarked(container, text, spans) {
  const list = spans.filter(s => s.start < s.end).map(s => ({...s}))
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.order ?? 0) - (b.order ?? 0));
  build(container, text, 0, text.length, list);
}

function build(parent, text, from, to, list) {
  let at = from;
  let i = 0;
  while (i < list.length) {
    const s = list[i];
    const start = Math.max(s.start, at);
    if (start >= s.end) { i++; continue; }
    if (start > at) parent.append(text.slice(at, start));
    const element = s.make();
    if (s.prefix && s.start >= at) element.prepend(s.prefix());
    const inner = [];
    let j = i + 1;
    while (j < list.length && list[j].start < s.end) {
      const c = list[j];
      if (c.end > s.end) {
        inner.push({...c, end: s.end});
        insertSorted(list, j + 1, {...c, start: s.end, prefix: null});
      } else inner.push(c);
      j++;
    }
    const target = element.querySelector("[data-content]") || element;
    build(target, text, start, s.end, inner);
    parent.append(element);
    at = s.end;
    i = j;
  }
  if (at < to) parent.append(text.slice(at, to));
}

function insertSorted(list, from, span) {
  let k = from;
  while (k < list.length && (list[k].start < span.start
      || (list[k].start === span.start && list[k].end >= span.end))) k++;
  list.splice(k, 0, span);
}
