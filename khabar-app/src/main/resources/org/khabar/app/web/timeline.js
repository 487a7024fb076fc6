// A timeline of counts by month: one bar per month, oldest on the left.
import {h} from "./dom.js";

/**
 * months: [{value: "2016-12", count}], any order. onPick(month) makes bars buttons that filter;
 * selected: the months filtered on.
 */
export function timeline(months, {title = "ماہ بہ ماہ", onPick = null, selected = []} = {}) {
  const sorted = [...(months || [])].sort((a, b) => a.value.localeCompare(b.value));
  if (sorted.length === 0) return null;
  const max = Math.max(...sorted.map(m => m.count));
  const bars = sorted.map(m => {
    const height = `${Math.max(4, Math.round((m.count / max) * 100))}%`;
    const label = `${m.value}: ${m.count}`;
    const bar = onPick
      ? h("button", {class: "bar", type: "button", title: label, "aria-label": label,
          "aria-pressed": selected.includes(m.value) ? "true" : "false",
          "data-month": m.value, onclick: () => onPick(m.value)})
      : h("span", {class: "bar", title: label, role: "img", "aria-label": label, "data-month": m.value});
    bar.style.height = height;
    return bar;
  });
  return h("section", {class: "timeline", "aria-label": title},
    h("h3", {}, title),
    h("div", {class: "chart"},
      h("div", {class: "bars"}, bars),
      h("div", {class: "axis"}, h("span", {}, sorted[0].value),
        sorted.length > 1 ? h("span", {}, sorted[sorted.length - 1].value) : null)));
}
