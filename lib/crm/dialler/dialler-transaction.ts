/**
 * Transaction options for dialler writes: submissions for one number queue on
 * an advisory lock, and a burst of them (a partner retrying) holds the pool's
 * connections, so a transaction may wait well beyond Prisma's 2 s default for
 * one to start. Waiting is right; a 500 is not.
 */
export const DIALLER_TX = { maxWait: 15_000, timeout: 20_000 } as const;
