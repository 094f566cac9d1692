// ESLint 9 flat config: JavaScript and TypeScript recommendations, the rules
// of hooks (and the React Compiler's checks), Next's own rules. `npm run lint`.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "e2e/.screenshots/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat["recommended-latest"],
  nextPlugin.configs["core-web-vitals"],
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      // House rule: `any` only with a comment saying why — an eslint-disable comment with its reason.
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["error", "warn", "info"] }],
    },
  },
  {
    files: ["components/**/*.tsx", "app/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Command-line entry points, benchmarks and the seed talk to a terminal.
    files: ["scripts/**", "bench/**", "prisma/**", "lib/db/migrate-deploy.ts", "lib/http/app-server.ts"],
    rules: { "no-console": "off" },
  },
);
