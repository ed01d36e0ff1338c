/**
 * «Пары»: run matching with progress, then the summary (matched, one average with its meaning and the pairs
 * by band, ОВЗ/ТЖС, who is left — grouped by cause, each with its fix —, mentors not admitted to minors,
 * data problems with links), and the review of proposals: approve all (after a confirmation naming the
 * count) or selected, lock, re-score. A score is always shown with its band in words, never by colour alone.
 * Names arrive as the server shows them (codes in pseudonymous mode) and go in as text only.
 */
import type { MatchingSummaryDto, PairsListDto, ProposalDto } from "../../src/ui/endpoints/matching";
import { problemList, progressBar, runAction, cellLink } from "../components";
import type { View, ViewContext } from "../context";
import { h, message } from "../dom";
import { TEXT } from "../texts";
import { formatScore, PAIRS_TEXT as T } from "../texts/pairs";
import { yearSections } from "./yearSections";

const PAIRS_SHEET = "Пары";
const MENTEES_SHEET = "Наставляемые";
const MENTORS_SHEET = "Наставники";
/** Badge colour of a band, always beside the band's word. */
const BAND_CLASS: Record<string, string> = { хорошо: "green", средне: "amber", слабо: "red" };
const POLL_MS = 1500;

/** The last run's summary survives the re-render that follows approving or locking. */
let lastSummary: MatchingSummaryDto | null = null;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function summaryView(s: MatchingSummaryDto, ctx: ViewContext): HTMLElement {
  const out = h("div", { id: "match-summary" });
  out.appendChild(message(s.ran ? (s.unmatchedTotal || s.problemsTotal ? "warn" : "ok") : "error", s.message));
  if (s.ran) {
    const stat = (value: string | number, label: string, id: string) =>
      h("div", { class: "stat", "data-stat": id }, h("b", {}, value), label);
    out.appendChild(
      h(
        "div",
        { class: "stats" },
        stat(s.stats.matched, T.stats.matched(s.stats.mentees), "matched"),
        stat(s.stats.proposed, T.stats.proposed, "proposed"),
        stat(formatScore(s.stats.averageScore), T.stats.average, "average"),
        stat(`${s.stats.priorityMatched} / ${s.stats.priorityMentees}`, T.stats.priority, "priority"),
        stat(s.stats.lockedKept + s.stats.existingKept, T.stats.kept, "kept"),
      ),
    );
    out.appendChild(h("p", { id: "match-bands" }, T.bands(s.stats.bands)));
    out.appendChild(h("p", { class: "muted", id: "match-scale" }, s.stats.averageMeaning));

    out.appendChild(h("h2", {}, T.leftTitle(s.unmatchedTotal)));
    if (s.unmatched.length === 0) out.appendChild(h("p", { class: "muted" }, T.leftNone));
    for (const group of s.unmatched) {
      const list = h("ul", { class: "list" });
      for (const m of group.mentees) {
        list.appendChild(
          h(
            "li",
            { title: m.reason },
            m.row ? cellLink(m.name, ctx, MENTEES_SHEET, m.row) : m.name,
            h("br"),
            h("span", { class: "muted" }, m.reason),
          ),
        );
      }
      if (group.count > group.mentees.length)
        list.appendChild(h("li", { class: "muted" }, T.more(group.count - group.mentees.length)));
      out.appendChild(
        h(
          "details",
          { class: "group", "data-kind": group.kind },
          h(
            "summary",
            {},
            group.label,
            h("span", { class: "badge" }, group.count),
            h("br"),
            h("span", { class: "fix" }, group.fix),
          ),
          list,
        ),
      );
    }
    if (s.notAdmittedTotal) {
      const list = h("ul", { class: "list" });
      for (const m of s.notAdmitted)
        list.appendChild(
          h(
            "li",
            {},
            m.row ? cellLink(m.name, ctx, MENTORS_SHEET, m.row) : m.name,
            h("br"),
            h("span", { class: "muted" }, m.reasons.join("; ")),
          ),
        );
      if (s.notAdmittedTotal > s.notAdmitted.length)
        list.appendChild(h("li", { class: "muted" }, T.more(s.notAdmittedTotal - s.notAdmitted.length)));
      out.appendChild(
        h(
          "details",
          { class: "group", id: "not-admitted" },
          h("summary", {}, T.notAdmittedTitle, h("span", { class: "badge" }, s.notAdmittedTotal)),
          list,
        ),
      );
    }
  }
  if (s.problemsTotal) {
    out.appendChild(h("h2", {}, T.problemsTitle(s.problemsTotal)));
    out.appendChild(problemList(s.problems, ctx));
    if (s.problemsTotal > s.problems.length)
      out.appendChild(h("p", { class: "muted" }, T.more(s.problemsTotal - s.problems.length)));
  }
  return out;
}

function proposalItem(p: ProposalDto, ctx: ViewContext): HTMLElement {
  const box = h("input", {
    type: "checkbox",
    class: "pick",
    "data-pair-id": p.pairId,
    style: "width:auto;margin-right:6px",
  });
  return h(
    "li",
    { class: "proposal", "data-pair-id": p.pairId },
    h(
      "label",
      { style: "display:inline;color:inherit;font-size:inherit;margin:0" },
      box,
      T.pairLabel(p.mentor, p.mentee),
    ),
    h(
      "span",
      {
        class: `badge ${p.reasons.startsWith("⚠") ? "red" : (BAND_CLASS[p.band] ?? "")}`,
        "data-band": p.band,
        title: p.roleModel,
      },
      T.score(p.score, p.band),
    ),
    p.locked ? h("span", { class: "badge" }, T.lockedBadge) : "",
    h("br"),
    h("span", { class: "muted" }, p.reasons),
    " ",
    cellLink(T.rowLink(p.row), ctx, PAIRS_SHEET, p.row),
  );
}

function listView(list: PairsListDto, ctx: ViewContext): HTMLElement {
  const out = h("div", { id: "pairs-list" });
  const result = h("div", { id: "pairs-result" });
  out.appendChild(h("h2", {}, T.listTitle));
  if (Object.keys(list.byStatus).length)
    out.appendChild(h("p", { class: "muted", id: "pairs-by-status" }, T.byStatus(list.byStatus)));
  if (list.pseudonymous) out.appendChild(h("p", { class: "muted" }, T.pseudonymous));
  const items = h("ul", { class: "list", id: "proposals" });
  for (const p of list.proposals) items.appendChild(proposalItem(p, ctx));

  const selected = () =>
    [...items.querySelectorAll<HTMLInputElement>("input.pick:checked")]
      .map((b) => b.getAttribute("data-pair-id") ?? "")
      .filter(Boolean);
  const buttons: HTMLButtonElement[] = [];
  const act = (id: string, label: string, primary: boolean, run: () => Promise<string | null>) => {
    const button = h(
      "button",
      {
        class: primary ? "btn primary" : "btn",
        id,
        onclick: async () => {
          const text = await runAction(ctx, buttons, result, run);
          if (text) {
            ctx.notify("ok", text);
            await ctx.refresh();
          }
        },
      },
      label,
    );
    buttons.push(button);
    return button;
  };
  const needSelection = (fn: (ids: string[]) => Promise<string>) => async () => {
    const ids = selected();
    if (!ids.length) {
      result.replaceChildren(message("warn", T.selectFirst));
      ctx.setStatus(TEXT.ready);
      return null;
    }
    return fn(ids);
  };

  if (list.proposalsTotal === 0) out.appendChild(h("p", { class: "muted" }, T.listEmpty));
  else {
    out.appendChild(h("p", { class: "muted" }, T.listCount(list.proposals.length, list.proposalsTotal)));
    // «Утвердить все» asks first, naming how many pairs it will approve.
    const confirm = h("div", { id: "approve-confirm", class: "confirm", hidden: true });
    const approveAll = h(
      "button",
      {
        class: "btn primary",
        id: "approve-all",
        onclick: () => {
          confirm.replaceChildren(
            h("p", {}, T.approveAllConfirm(list.proposalsTotal)),
            act("approve-all-confirm", T.approveAllYes(list.proposalsTotal), true, async () => {
              confirm.hidden = true;
              return (await ctx.rpc("approvePairs", {})).message;
            }),
            h(
              "button",
              {
                class: "btn",
                id: "approve-all-cancel",
                onclick: () => {
                  confirm.hidden = true;
                  approveAll.focus();
                },
              },
              T.cancel,
            ),
          );
          confirm.hidden = false;
          confirm.querySelector<HTMLButtonElement>("#approve-all-confirm")?.focus();
        },
      },
      T.approveAll,
    );
    buttons.push(approveAll);
    out.appendChild(
      h(
        "div",
        {},
        approveAll,
        act(
          "approve-selected",
          T.approveSelected,
          false,
          needSelection(async (pairIds) => (await ctx.rpc("approvePairs", { pairIds })).message),
        ),
        act(
          "lock-selected",
          T.lockSelected,
          false,
          needSelection(async (pairIds) => (await ctx.rpc("lockPairs", { pairIds, locked: true })).message),
        ),
      ),
    );
    out.appendChild(confirm);
    out.appendChild(items);
  }
  out.appendChild(
    act("recompute", T.recompute, false, async () => {
      const r = await ctx.rpc("recomputePairs");
      if (r.problems.length === 0) return r.message;
      result.replaceChildren(message("warn", r.message), problemList(r.problems, ctx));
      ctx.setStatus(TEXT.ready);
      return null;
    }),
  );
  out.appendChild(result);
  return out;
}

export const pairsView: View = {
  id: "pairs",
  title: T.title,
  async render(root, ctx) {
    if (!ctx.state.ready) {
      root.appendChild(message("warn", T.notReady));
      return;
    }
    const summaryBox = h("div");
    const listBox = h("div");
    const phase = h("p", { class: "muted", id: "match-phase" });
    const bar = progressBar();
    const progress = h("div", { id: "match-progress", hidden: true }, phase, bar.el);

    const showList = async () => {
      try {
        listBox.replaceChildren(listView(await ctx.rpc("listPairs"), ctx));
      } catch (error) {
        listBox.replaceChildren(message("error", errorText(error)));
      }
    };

    const run = h(
      "button",
      {
        class: "btn primary",
        id: "match-run",
        onclick: async () => {
          run.disabled = true;
          progress.hidden = false;
          phase.textContent = T.running;
          bar.set(0, 1);
          ctx.setStatus(T.running);
          const runId = `r${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
          // In Apps Script the poll runs beside the long call; each answer moves the bar.
          const timer = setInterval(() => {
            ctx
              .rpc("matchingProgress", { runId })
              .then((p) => {
                if (!p) return;
                phase.textContent = T.phases[p.phase];
                if (p.total > 0) bar.set(p.done, p.total);
              })
              .catch(() => undefined);
          }, POLL_MS);
          try {
            lastSummary = await ctx.rpc("runMatching", { runId });
            summaryBox.replaceChildren(summaryView(lastSummary, ctx));
            await showList();
            ctx.setStatus(TEXT.ready);
          } catch (error) {
            summaryBox.replaceChildren(message("error", errorText(error)));
            ctx.setStatus(TEXT.failed(errorText(error)));
          } finally {
            clearInterval(timer);
            progress.hidden = true;
            run.disabled = false;
          }
        },
      },
      T.run,
    );

    root.append(h("p", { class: "muted" }, T.intro), run, progress, summaryBox, listBox);
    root.append(...yearSections(ctx));
    if (lastSummary) summaryBox.replaceChildren(summaryView(lastSummary, ctx));
    await showList();
  },
};
