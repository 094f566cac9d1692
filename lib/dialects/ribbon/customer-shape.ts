import { z } from "zod";

export const ribbonCustomerFields = {
  name: z.string().trim().min(1).max(200).optional(),
  email: z.union([z.email("email must be a valid email address"), z.literal(""), z.null()]).optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  company: z.string().trim().max(200).nullable().optional(),
  tags: z.array(z.string().trim().max(100)).max(100).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
};
