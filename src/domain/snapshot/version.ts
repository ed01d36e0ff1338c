/** The add-on's version, as a snapshot records it. Kept equal to package.json's by a unit test. */
export const ADDON_VERSION = "0.1.0";
