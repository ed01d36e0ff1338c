/** The demo school the emulator opens on. */
export { DEMO_DEFAULTS, DEMO_SIZES, generateDemoSchool, summariseDemo } from "./generate";
export type { DemoOptions, DemoSchool, DemoSize, DemoSizeSpec, DemoSummary } from "./generate";
export * from "./ids";
