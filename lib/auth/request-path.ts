/** Set by the proxy on every page request: the path and query, so that a session found ended can send the user back. */
export const REQUEST_PATH_HEADER = 'x-merger-request-path';

/** Set by scripts/serve.mjs on every request to the connection's own address, overwriting whatever the client sent. */
export const PEER_ADDRESS_HEADER = 'x-merger-peer-address';
