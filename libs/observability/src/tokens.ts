/** Nest injection tokens of the observability module. */
export const LOGGER = Symbol('tracehouse.logger');
export const METRICS = Symbol('tracehouse.metrics');
export const READINESS = Symbol('tracehouse.readiness');
