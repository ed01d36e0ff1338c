/**
 * Three folded sections under the «Пары» view: «Завершить пару», «Один человек — один учёт» (suggested
 * links between a mentee row and a mentor row of one person) and «Закрыть учебный год» (the plan shown
 * in full before the button, then the close; a closed year can be restored). Each loads its data when
 * opened, so the view itself stays as fast as before. Names arrive as the server shows them (codes in
 * pseudonymous mode) and go in as text only.
 */
import type { ClosePreviewDto } from "../../src/ui/endpoints/year";
import type { LivePairsDto, PersonLinksDto } from "../../src/ui/endpoints/people";
import { runAction, cellLink } from "../components";
import type { ViewContext } from "../context";
import { h, message } from "../dom";
import { TEXT } from "../texts";
import { YEAR_VIEW_TEXT as T } from "../texts/year";

const PAIRS_SHEET = "Пары";
const MENTEES_SHEET = "Наставляемые";

/** A folded section whose body is (re)built by `load` each time it is opened. */
function section(id: string, title: string, load: (body: HTMLElement) => Promise<void>): HTMLElement {
  const body = h("div", { class: "section-body" });
  const details = h("details", { class: "group", id }, h("summary", {}, title), body);
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    body.replaceChildren(h("p", { class: "muted" }, TEXT.working));
    load(body).catch((error: unknown) =>
      body.replaceChildren(message("error", error instanceof Error ? error.message : String(error))),
    );
  });
  return details;
}

function endPairSection(ctx: ViewContext): HTMLElement {
  return section("end-pair", T.end.title, async (body) => {
    const data: LivePairsDto = await ctx.rpc("livePairs");
    const out = h("div", { id: "end-pair-result" });
    if (data.total === 0) {
      body.replaceChildren(h("p", { class: "muted" }, T.end.empty));
      return;
    }
    const items = h("ul", { class: "list", id: "live-pairs" });
    for (const p of data.pairs)
      items.appendChild(
        h(
          "li",
          { "data-pair-id": p.pairId },
          h(
            "label",
            { style: "display:inline;color:inherit;font-size:inherit;margin:0" },
            h("input", {
              type: "checkbox",
              class: "pick",
              "data-pair-id": p.pairId,
              style: "width:auto;margin-right:6px",
            }),
            `${p.pairId}: ${p.mentor} → ${p.mentee}`,
          ),
          " ",
          h("span", { class: "muted" }, p.start ? `${p.status}, с ${p.start}` : p.status),
          " ",
          cellLink(`строка ${p.row}`, ctx, PAIRS_SHEET, p.row),
        ),
      );
    const date = h("input", { type: "date", id: "end-pair-date", value: data.today });
    const outcome = h(
      "select",
      { id: "end-pair-outcome" },
      h("option", { value: "ended" }, T.end.ended),
      h("option", { value: "cancelled" }, T.end.cancelled),
    );
    const run = h("button", { class: "btn primary", id: "end-pair-run" }, T.end.run);
    run.addEventListener("click", async () => {
      const pairIds = [...items.querySelectorAll<HTMLInputElement>("input.pick:checked")].map(
        (b) => b.getAttribute("data-pair-id") ?? "",
      );
      if (!pairIds.length) {
        out.replaceChildren(message("warn", T.end.selectFirst));
        return;
      }
      const result = await runAction(ctx, [run], out, () =>
        ctx.rpc("endPairs", {
          pairIds,
          outcome: outcome.value === "cancelled" ? "cancelled" : "ended",
          ...(date.value ? { endDate: date.value } : {}),
        }),
      );
      if (!result) return;
      ctx.notify("ok", result.message);
      await ctx.refresh();
    });
    body.replaceChildren(
      h("p", { class: "muted" }, T.end.intro),
      h("p", { class: "muted" }, T.end.count(data.pairs.length, data.total)),
      items,
      h("label", { for: "end-pair-date" }, T.end.date),
      date,
      h("label", { for: "end-pair-outcome" }, T.end.outcome),
      outcome,
      run,
      out,
    );
  });
}

function linksSection(ctx: ViewContext): HTMLElement {
  return section("person-links", T.links.title, async (body) => {
    const data: PersonLinksDto = await ctx.rpc("personLinks");
    const out = h("div", { id: "person-links-result" });
    const buttons: HTMLButtonElement[] = [];
    const act = async (call: () => Promise<{ message: string }>) => {
      const result = await runAction(ctx, buttons, out, call);
      if (!result) return;
      ctx.notify("ok", result.message);
      await ctx.refresh();
    };
    const parts: Array<HTMLElement> = [h("p", { class: "muted" }, T.links.intro)];
    const dismissed = T.links.dismissed(data.dismissed);
    if (data.total === 0) {
      parts.push(h("p", { class: "muted" }, T.links.empty));
      if (dismissed) parts.push(h("p", { class: "muted" }, dismissed));
      body.replaceChildren(...parts);
      return;
    }
    const items = h("ul", { class: "list", id: "person-link-list" });
    for (const l of data.links) {
      const pair = { menteeId: l.menteeId, mentorId: l.mentorId };
      const yes = h("button", { class: "btn", "data-action": "confirm" }, T.links.confirm);
      const no = h("button", { class: "btn", "data-action": "dismiss" }, T.links.dismiss);
      yes.addEventListener("click", () => act(() => ctx.rpc("confirmPersonLinks", { links: [pair] })));
      no.addEventListener("click", () => act(() => ctx.rpc("dismissPersonLinks", { links: [pair] })));
      buttons.push(yes, no);
      items.appendChild(
        h(
          "li",
          { "data-mentee-id": l.menteeId, "data-mentor-id": l.mentorId },
          T.links.pair(l.mentee, l.mentor),
          h("br"),
          h("span", { class: "muted" }, l.basis),
          " ",
          cellLink(T.links.rows(l.menteeRow, l.mentorRow), ctx, MENTEES_SHEET, l.menteeRow),
          h("br"),
          yes,
          no,
        ),
      );
    }
    const all = h("button", { class: "btn primary", id: "person-links-all" }, T.links.confirmAll);
    all.addEventListener("click", () =>
      act(() =>
        ctx.rpc("confirmPersonLinks", {
          links: data.links.map((l) => ({ menteeId: l.menteeId, mentorId: l.mentorId })),
        }),
      ),
    );
    buttons.push(all);
    parts.push(items, all);
    if (dismissed) parts.push(h("p", { class: "muted" }, dismissed));
    body.replaceChildren(...parts, out);
  });
}

function planView(plan: ClosePreviewDto): HTMLElement {
  const box = h("div", { id: "close-plan" });
  box.appendChild(h("p", {}, h("b", {}, plan.title)));
  for (const s of plan.sections) {
    if (s.items.length === 0) {
      box.appendChild(message(s.note ? "warn" : "ok", s.text));
      continue;
    }
    const list = h("ul", { class: "list" });
    for (const item of s.items) list.appendChild(h("li", {}, item));
    if (s.total > s.items.length) list.appendChild(h("li", { class: "muted" }, T.close.more(s.total - s.items.length)));
    box.appendChild(h("details", { class: "group", "data-section": s.id }, h("summary", {}, s.text), list));
  }
  box.appendChild(h("p", { class: "muted" }, plan.nothingDeleted));
  return box;
}

function closeSection(ctx: ViewContext): HTMLElement {
  return section("close-year", T.close.title, async (body) => {
    const plan: ClosePreviewDto = await ctx.rpc("closeYearPreview");
    const out = h("div", { id: "close-year-result" });
    const buttons: HTMLButtonElement[] = [];
    const parts: HTMLElement[] = [h("p", { class: "muted" }, T.close.intro)];
    if (plan.problem) parts.push(message("error", plan.problem));
    else {
      parts.push(planView(plan));
      const run = h("button", { class: "btn primary", id: "close-year-run" }, T.close.run(plan.year));
      run.addEventListener("click", async () => {
        const result = await runAction(ctx, buttons, out, () =>
          ctx.rpc("closeYear", { year: plan.year, fingerprint: plan.fingerprint }),
        );
        if (!result) return;
        ctx.notify(result.closed ? "ok" : "warn", result.message);
        await ctx.refresh();
      });
      buttons.push(run);
      parts.push(plan.empty ? h("p", { class: "muted" }, T.close.nothing) : run);
    }
    if (plan.closed.length) {
      parts.push(h("h2", {}, T.close.closedTitle));
      const list = h("ul", { class: "list", id: "closed-years" });
      plan.closed.forEach((c, i) => {
        const li = h("li", {}, T.close.closedAt(c.year, c.at));
        if (i === plan.closed.length - 1) {
          const undo = h("button", { class: "btn", id: "restore-year" }, T.close.restore(c.year));
          undo.addEventListener("click", async () => {
            const result = await runAction(ctx, buttons, out, () => ctx.rpc("restoreYear", { year: c.year }));
            if (!result) return;
            ctx.notify(result.keptTotal ? "warn" : "ok", result.message);
            await ctx.refresh();
          });
          buttons.push(undo);
          li.append(" ", undo);
        }
        list.appendChild(li);
      });
      parts.push(list);
    }
    body.replaceChildren(...parts, out);
  });
}

/** The sections, in the order the «Пары» view shows them after its own content. */
export function yearSections(ctx: ViewContext): HTMLElement[] {
  return [endPairSection(ctx), linksSection(ctx), closeSection(ctx)];
}
