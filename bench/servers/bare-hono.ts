/**
 * Baseline (a): the least a Hono app on Node can do — one route answering a constant 1 KB JSON body.
 * What the Cited server would be if its handlers cost nothing.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const body = {
  id: "constant",
  items: Array.from({ length: 12 }, (_, i) => ({ index: i, text: "x".repeat(52) })),
};
const app = new Hono().get("/constant", (c) => c.json(body));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3201), hostname: "127.0.0.1" });
