import Database from "better-sqlite3";
import { buildLexiconRows } from "../src/lexicon/wordnet";
import { lexiconStatements } from "../src/lexicon/sql";
import { writeFileSync } from "node:fs";
let t = Date.now();
const rows = buildLexiconRows();
console.log("build", Date.now() - t);
t = Date.now();
const st = lexiconStatements(rows);
console.log(
  "sql",
  Date.now() - t,
  st.length,
  st.reduce((a, s) => a + s.length, 0),
);
writeFileSync("/tmp/lexicon.sql", st.join("\n"));
const db = new Database(":memory:");
db.exec(
  "CREATE TABLE lexicon (word text primary key not null, senses text not null, related text not null, broader text not null, opposite text not null, forms text not null)",
);
t = Date.now();
db.transaction(() => {
  for (const s of st) db.exec(s);
})();
console.log("load", Date.now() - t);
