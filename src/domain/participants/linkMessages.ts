/** Russian texts of person links (one person in both bases), in one place. */
import type { LinkBasis } from "./personLinks";

export const LINK_TEXT = {
  basis: {
    birthDate: "совпадают ФИО и дата рождения",
    age: "совпадают ФИО и возраст (дата рождения указана не везде)",
  } satisfies Record<LinkBasis, string>,
  confirmed: (n: number) => (n ? `Связано записей: ${n}. Человек учитывается в охвате один раз.` : "Нечего связывать."),
  dismissed: (n: number) => `Отклонено предложений: ${n}. Они больше не будут предлагаться.`,
  gone: (menteeId: string, mentorId: string) =>
    `Записи ${menteeId} и ${mentorId} больше не совпадают или уже связаны: обновите список`,
  noColumn: "В базах нет столбца «Ключ персоны». Выполните «Создать листы книги».",
} as const;
