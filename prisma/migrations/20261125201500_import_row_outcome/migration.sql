-- AlterTable
ALTER TABLE "ImportRowError" ADD COLUMN     "outcome" TEXT NOT NULL DEFAULT 'failed';

