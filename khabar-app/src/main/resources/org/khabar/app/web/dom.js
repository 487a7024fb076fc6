// Small helpers to build the page's elements without HTML strings (no injection possible).

/** An element: h("a", {href: "#/"}, "text", child, ...). Attributes with null are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.className = value;
    else if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Latin text set left to right inside Urdu, in the Latin font. */
export function latin(text) {
  return text ? h("span", {class: "latin", lang: "en", dir: "ltr"}, text) : null;
}

/** A name with its Latin spelling beside it, where known. */
export function nameWithLatin(name, latinName) {
  return h("span", {class: "name"}, h("bdi", {}, name), latinName ? [" ", latin(latinName)] : []);
}

/** Digits and dates shown left to right. */
export function ltr(text) {
  return h("bdi", {class: "latin", dir: "ltr"}, text);
}
