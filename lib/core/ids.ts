const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in a URL or a form is checked with this before it reaches a query (a malformed uuid is a 404, not a 500). */
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
