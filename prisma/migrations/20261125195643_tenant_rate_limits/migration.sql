-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "rateLimits" JSONB;
