import { startNodeApp } from "../tests/support/node-app";
const { harness } = await startNodeApp();
for (const text of process.argv.slice(2)) {
  const res = await harness.fetch(`/v1/check?text=${encodeURIComponent(text)}&limit=5`);
  const body = await res.json() as any;
  console.log(text, "→", body.verdict, body.confidence);
  for (const m of body.matches) console.log("  ", m.claimId, m.match, m.polarity, m.score, JSON.stringify(m.alignment.predicate), m.alignment.object.words);
}
