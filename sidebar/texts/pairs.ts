/** Russian texts of the «Пары» view. */
import type { MatchPhase } from "../../src/ui/endpoints/matching";

export const PAIRS_TEXT = {
  title: "Пары",
  intro:
    "Подбирает пары «наставник — наставляемый» по всей базе сразу: закреплённые и утверждённые пары остаются, остальным предлагаются лучшие по совместимости. Предложения появятся на листе «Пары» со статусом «предложена».",
  run: "Подобрать пары",
  running: "Подбираем пары…",
  phases: {
    read: "Чтение листов и проверка данных…",
    match: "Подбор пар…",
    write: "Запись на лист «Пары»…",
    done: "Готово",
  } as Record<MatchPhase, string>,
  stats: {
    matched: (total: number) => `подобрано из ${total}`,
    average: "средняя совместимость из 100",
    priority: "ОВЗ/ТЖС с парой",
    kept: "закреплено и утверждено",
    proposed: "новых предложений",
  },
  bands: (b: { good: number; fair: number; weak: number }) =>
    `Пары по совместимости: хорошо — ${b.good}, средне — ${b.fair}, слабо — ${b.weak}.`,
  notAdmittedTitle: "Наставники, не допущенные к работе с несовершеннолетними",
  leftTitle: (n: number) => `Без пары: ${n}`,
  leftNone: "Все наставляемые, которых можно подобрать, получили пару.",
  more: (n: number) => `…и ещё ${n}`,
  problemsTitle: (n: number) => `Замечания к данным: ${n}`,
  listTitle: "Предложенные пары",
  listEmpty: "Предложенных пар нет. Нажмите «Подобрать пары».",
  listCount: (shown: number, total: number) =>
    shown < total ? `Показаны ${shown} из ${total}; «Утвердить все» утверждает все.` : `Всего: ${total}.`,
  byStatus: (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([status, n]) => `${status}: ${n}`)
      .join(" · "),
  score: (score: number | null, band: string) => (score === null ? "—" : band ? `${score} · ${band}` : String(score)),
  pairLabel: (mentor: string, mentee: string) => `${mentor} → ${mentee}`,
  rowLink: (row: number) => `строка ${row}`,
  lockedBadge: "закреплена",
  approveAll: "Утвердить все",
  approveAllConfirm: (n: number) =>
    `Утвердить все предложенные пары — ${n}? Их статус станет «утверждена» с сегодняшней датой начала.`,
  approveAllYes: (n: number) => `Утвердить ${n}`,
  cancel: "Отмена",
  approveSelected: "Утвердить выбранные",
  lockSelected: "Закрепить выбранные",
  recompute: "Пересчитать пары",
  selectFirst: "Отметьте пары в списке.",
  pseudonymous: "Режим псевдонимов: вместо ФИО показаны коды.",
  notReady: "Сначала создайте листы книги на вкладке «Обзор».",
} as const;

function fmt(n: number | null): string {
  return n === null ? "—" : String(n).replace(".", ",");
}

export const formatScore = fmt;
