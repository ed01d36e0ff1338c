/**
 * The workbench's HTTP face: the page, its script, the sidebar and a small JSON API over a Workbench
 * (app.ts). Kept apart from server.ts, the `npm start` program, so tests and tools can serve a
 * workbench without starting one on port 8080.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import type { DialogAnswer, Workbench } from "./app";

const MAX_BODY = 5 * 1024 * 1024;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A made Google Doc as the workbench shows it: its name, its folder, its text. */
function documentPage(doc: { name: string; folder: string; text: string }): string {
  return [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">',
    `<title>${escapeHtml(doc.name)}</title>`,
    "<style>body{font:14px/1.5 'Times New Roman',serif;max-width:800px;margin:24px auto;padding:0 16px}",
    "pre{white-space:pre-wrap;font:inherit}small{color:#5f6368;font-family:Arial,sans-serif}</style></head><body>",
    `<small>Google Документ (эмулятор) · папка «${escapeHtml(doc.folder)}»</small>`,
    `<h1 style="font-size:16px">${escapeHtml(doc.name)}</h1>`,
    `<pre id="document-text">${escapeHtml(doc.text)}</pre></body></html>`,
  ].join("");
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("Слишком большой запрос"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error("Неверный JSON"));
      }
    });
    req.on("error", reject);
  });
}

export function createServer(bench: Workbench, pageDir: string): http.Server {
  const send = (res: http.ServerResponse, status: number, body: string, type: string) => {
    res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store" });
    res.end(body);
  };
  const json = (res: http.ServerResponse, body: unknown, status = 200) =>
    send(res, status, JSON.stringify(body), "application/json");

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (req.method === "GET" && url.pathname === "/")
        return send(res, 200, fs.readFileSync(path.join(pageDir, "index.html"), "utf8"), "text/html");
      if (req.method === "GET" && url.pathname === "/page.js")
        return send(res, 200, fs.readFileSync(path.join(pageDir, "page.js"), "utf8"), "text/javascript");
      if (req.method === "GET" && url.pathname === "/sidebar") return send(res, 200, bench.sidebarHtml(), "text/html");
      if (req.method === "GET" && url.pathname === "/api/state") return json(res, bench.state());
      if (req.method === "GET" && url.pathname === "/api/documents") return json(res, bench.documents());
      if (req.method === "GET" && url.pathname === "/document") {
        const doc = bench.document(url.searchParams.get("id") ?? "");
        return doc
          ? send(res, 200, documentPage(doc), "text/html")
          : send(res, 404, "Нет такого документа", "text/plain");
      }
      if (req.method === "GET" && url.pathname === "/api/sheet")
        return json(res, bench.sheet(url.searchParams.get("name") ?? ""));
      if (req.method === "POST") {
        const body = (await readBody(req)) as {
          fn?: string;
          args?: unknown[];
          file?: string;
          sheet?: string;
          a1?: string;
          value?: string;
          answers?: DialogAnswer[];
          id?: string;
        };
        const answers = Array.isArray(body.answers) ? body.answers : [];
        switch (url.pathname) {
          case "/api/run":
            return json(res, bench.run(String(body.fn ?? ""), body.args?.[0], answers));
          case "/api/menu":
            return json(res, bench.menu(String(body.fn ?? ""), answers));
          case "/api/edit":
            return json(
              res,
              bench.edit(String(body.sheet ?? ""), String(body.a1 ?? ""), String(body.value ?? ""), answers),
            );
          case "/api/select":
            bench.select(String(body.sheet ?? ""), body.a1 ? String(body.a1) : undefined);
            return json(res, { ok: true });
          case "/api/save":
            return json(res, { ok: true, file: bench.save(body.file) });
          case "/api/load":
            return json(res, { ok: true, file: bench.load(body.file) });
          case "/api/reset":
            bench.reset();
            return json(res, { ok: true });
          case "/api/workbook":
            bench.switchWorkbook(String(body.id ?? ""));
            return json(res, { ok: true });
        }
      }
      send(res, 404, "Not found", "text/plain");
    } catch (error) {
      json(res, { ok: false, error: error instanceof Error ? error.message : String(error) }, 500);
    }
  });
}

/** The line `npm start` prints: says what the page holds (a demo school, or an empty workbook under NO_DEMO=1). */
export function startupLine(demo: boolean, port: number, ms: number): string {
  return `Куратор ЦМН: эмулятор ${demo ? "с демо-школой" : "с пустой книгой"} на http://localhost:${port} (готов за ${ms} мс)`;
}
