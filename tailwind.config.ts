// Tailwind 4 reads its theme from CSS; this file (loaded by `@config` in
// app/globals.css) holds what the CSS cannot say: where class names live.
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#2f6fed",
          600: "#1f57c9",
          700: "#1a47a3",
        },
      },
    },
  },
};

export default config;
