// The money section's sub-navigation (MoneyTabs), shared with /invoices.
export { default } from "../invoices/layout";
