// Reads schema.org JobPosting from every JSON-LD script; malformed blocks are skipped, never thrown.

export interface JobPostingLd {
  title?: string;
  company?: string;
  location?: string;
  /** The description as the page gave it: usually HTML. */
  descriptionHtml?: string;
  identifier?: string;
  url?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Every object in a JSON-LD value: arrays and `@graph` flattened (iterative, depth-bounded). */
function flatten(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: { value: Json; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > 6) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (isObject(value)) {
      out.push(value);
      const graph = value['@graph'];
      if (graph !== undefined) stack.push({ value: graph, depth: depth + 1 });
    }
  }
  return out;
}

function isJobPosting(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/#:])JobPosting$/.test(t));
}

function nameOf(value: Json | undefined): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (isObject(value)) return asString(value.name);
  return asString(value);
}

function placeText(place: Json | undefined): string | undefined {
  if (Array.isArray(place)) {
    const parts = place.map(placeText).filter((p): p is string => !!p);
    return parts.length > 0 ? [...new Set(parts)].join('; ') : undefined;
  }
  if (!isObject(place)) return asString(place);
  const address = place.address;
  if (isObject(address)) {
    const parts = [address.addressLocality, address.addressRegion, nameOf(address.addressCountry)]
      .map((p) => (typeof p === 'string' ? p.trim() : undefined))
      .filter((p): p is string => !!p);
    if (parts.length > 0) return parts.join(', ');
  }
  return asString(address) ?? asString(place.name);
}

function locationOf(node: JsonObject): string | undefined {
  const place = placeText(node.jobLocation);
  const remote = asString(node.jobLocationType)?.toUpperCase() === 'TELECOMMUTE';
  if (place && remote) return `${place} (Remote)`;
  return place ?? (remote ? 'Remote' : undefined);
}

function identifierOf(value: Json | undefined): string | undefined {
  if (isObject(value)) return asString(value.value) ?? asString(value['@id']);
  return asString(value);
}

function toPosting(node: JsonObject): JobPostingLd {
  return {
    title: asString(node.title) ?? asString(node.name),
    company: nameOf(node.hiringOrganization),
    location: locationOf(node),
    descriptionHtml: asString(node.description),
    identifier: identifierOf(node.identifier),
    url: asString(node.url),
  };
}

/** Every JobPosting in the page's JSON-LD, in document order. */
export function jobPostingsLd(doc: Document): JobPostingLd[] {
  const found: JobPostingLd[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // broken JSON-LD is common and harmless: the markup still has the posting
    }
    for (const node of flatten(parsed)) if (isJobPosting(node)) found.push(toPosting(node));
  }
  return found;
}

/** The first JobPosting that has a description, or null. */
export function jobPostingLd(doc: Document): JobPostingLd | null {
  return jobPostingsLd(doc).find((p) => p.descriptionHtml) ?? null;
}
