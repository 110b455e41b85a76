// The name model lives in src/names/. This re-export keeps src/imports/import-runner.ts (being
// rewritten under issue 17) compiling until that merge points its import at ../names/match-names.ts;
// then delete this file.
export { nameKey, normalizeName } from "../../names/match-names.ts";
