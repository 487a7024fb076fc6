// Calls to the server's JSON API. Errors carry the server's message for the reader.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET path?params as JSON; params values may be arrays (repeated parameters). */
export async function getJson(path, params = {}, signal = undefined) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [].concat(value)) {
      if (one !== undefined && one !== null && one !== "") query.append(name, one);
    }
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, {signal, headers: {Accept: "application/json"}});
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "سرور سے رابطہ نہیں ہو سکا (the server cannot be reached)");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body && body.message ? body.message : response.statusText);
  }
  return body;
}

export function entityPath(id) {
  return `/api/entities/${encodeURIComponent(id)}`;
}

export function reportPath(id) {
  return `/api/reports/${encodeURIComponent(id)}`;
}
