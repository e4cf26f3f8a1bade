/** The documented switch: OFFLINE=0 at build time turns reading offline off for that deployment. */
export const offlineEnabled = (env: NodeJS.ProcessEnv = process.env) => env.OFFLINE !== '0';

/** Served by the worker for any page it does not hold while there is no network. */
export const OFFLINE_PAGE = '/sin-conexion/';
