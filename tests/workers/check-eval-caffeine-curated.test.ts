import { checkEvalOnWorker } from "./check-eval";

// The evaluation sets over the caffeine domain with its curated vocabulary (predicate rows, claim wordings) imported, inside workerd (one test file, one D1).
checkEvalOnWorker("tests/check-eval/caffeine-curated.ndjson");
