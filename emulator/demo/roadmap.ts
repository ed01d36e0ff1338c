/** «Дорожная карта» rows of the current school year, with done dates for what is behind us. */
import { addDays, day } from "./calendar";
import type { DemoRandom } from "./random";
import { SECTIONS, type StaffRole } from "./roadmapPlan";

export type RoadmapRow = Record<string, unknown>;

/** How each role is written in the «Ответственные» cell; people's short names are filled in. */
export type ResponsibleNames = Record<StaffRole, string>;

export function buildRoadmap(
  random: DemoRandom,
  schoolYear: number,
  today: Date,
  names: ResponsibleNames,
): RoadmapRow[] {
  const fill = (text: string) => text.replace(/\{Y\}/g, String(schoolYear)).replace(/\{Y1\}/g, String(schoolYear + 1));
  const rows: RoadmapRow[] = [];
  SECTIONS.forEach((section, s) => {
    section.items.forEach((item, i) => {
      const end = item.end ? day(schoolYear + item.end[0], item.end[1], item.end[2]) : null;
      const due = end !== null && end.getTime() < today.getTime();
      // Done a few days before the deadline, never in the future.
      let doneDate: Date | "" = "";
      if (due && !item.slips) {
        const done = addDays(end, -random.int(0, 9));
        doneDate = done.getTime() > today.getTime() ? today : done;
      }
      rows.push({
        number: `${s + 1}.${i + 1}`,
        section: `${s + 1}. ${section.title}`,
        title: fill(item.title),
        deadlineText: fill(item.deadline),
        start: "",
        end: "",
        repeat: item.repeat ?? "",
        responsible: item.responsible.map((role) => names[role]).join(", "),
        result: item.result,
        doneDate,
        status: "",
        comment: due && item.slips ? item.slips : (item.comment ?? ""),
      });
    });
  });
  return rows;
}
