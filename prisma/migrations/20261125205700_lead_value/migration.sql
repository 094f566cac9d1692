-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "value" DECIMAL(14,2);
