// The store's public face: the port, its errors and the one way to open it.
export { openStore } from './open-store.js';
export type * from './store.js';
export { StoreOpenError, StoreUnavailable } from './store-errors.js';
