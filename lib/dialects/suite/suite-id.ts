import { z } from "zod";

/** The suite's integer ids in paths: positive, within PostgreSQL's integer range. */
export const suiteIdParam = z.coerce.number().int().min(1).max(2_147_483_647);
