import type { OrderStatus } from "@/lib/db/generated/enums";

/** An order's changeable fields; `undefined` leaves a field as it is, `null` clears it. */
export interface OrderChanges {
  quantity?: number;
  status?: OrderStatus;
  orderDate?: Date;
  shippingAddress?: string | null;
  billingAddress?: string | null;
  notes?: string | null;
}

export interface NewOrder extends OrderChanges {
  customerId: string;
  productId: string;
  quantity: number;
}
