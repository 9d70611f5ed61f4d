import Database from "better-sqlite3";
const db = new Database(":memory:");
db.exec(
  "CREATE TABLE lexicon (word text primary key, senses text, related text, broader text, opposite text, forms text, direction integer)",
);
import { readFileSync } from "node:fs";
for (const s of readFileSync("dist/lexicon.sql", "utf8").split("\n-- statement\n")) db.exec(s);
for (const w of process.argv.slice(2))
  console.log(JSON.stringify(db.prepare("select * from lexicon where word=?").get(w)));
