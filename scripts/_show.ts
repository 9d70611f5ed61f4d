import { startNodeApp } from "../tests/support/node-app";
const { harness } = await startNodeApp();
for (const text of process.argv.slice(2)) {
  const res = await harness.fetch(`/v1/check?text=${encodeURIComponent(text)}&limit=2`);
  const body = await res.json() as any;
  console.log(JSON.stringify({ text, verdict: body.verdict, confidence: body.confidence, explanation: body.explanation, entities: body.entities, m0: body.matches[0] && { ...body.matches[0], citations: body.matches[0].citations.length } }, null, 1));
}
