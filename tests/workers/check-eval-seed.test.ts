import { checkEvalOnWorker } from "./check-eval";

// The evaluation sets over the seed alone, inside workerd (one test file, one D1).
checkEvalOnWorker(null);
