import { buildLexiconRows } from "../src/lexicon/wordnet";
const t = Date.now();
const rows = buildLexiconRows();
console.log("rows", rows.length, "ms", Date.now() - t);
let bytes = 0;
for (const r of rows) bytes += Object.values(r).join("").length + 20;
console.log("bytes", bytes);
for (const w of process.argv.slice(2)) console.log(JSON.stringify(rows.find((r) => r.word === w)));
