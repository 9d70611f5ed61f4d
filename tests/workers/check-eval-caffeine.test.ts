import { checkEvalOnWorker } from "./check-eval";

// The evaluation sets over the caffeine domain imported through the API, inside workerd (one test file, one D1).
checkEvalOnWorker("tests/check-eval/caffeine.ndjson");
