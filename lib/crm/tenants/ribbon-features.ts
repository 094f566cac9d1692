/** The ribbon's features a tenant can switch on (seed 003's init/config `features`), with what each lets agents do. */
export const RIBBON_FEATURES = [
  { name: "call", label: "Calls", help: "Place and take calls from the ribbon" },
  { name: "mute", label: "Mute", help: "Mute the microphone during a call" },
  { name: "hold", label: "Hold", help: "Put the other side on hold" },
  { name: "dtmf", label: "Keypad (DTMF)", help: "Send key tones to phone menus" },
] as const;

export type RibbonFeature = (typeof RIBBON_FEATURES)[number]["name"];

export const RIBBON_FEATURE_NAMES: readonly string[] = RIBBON_FEATURES.map((f) => f.name);
