/**
 * How a person is shown. In pseudonymous mode («Режим псевдонимов» = да) the code (the ID) replaces the
 * name everywhere the add-on writes or shows a person: sheets it builds, the sidebar, form choice lists.
 */
import { PARTICIPANT_MESSAGES as M } from "./messages";

export interface Named {
  id: string;
  name: string;
  row?: number;
}

export function displayName(person: Named, pseudonymous: boolean): string {
  if (pseudonymous) return person.id !== "" ? person.id : M.noId(person.row ?? 0);
  return person.name !== "" ? person.name : person.id;
}

/** Separator between the code and the name in a choice label; the code comes first so it can be read back. */
export const LABEL_SEPARATOR = " — ";

/** «НТ-0001 — Иванова Анна Петровна», or «НТ-0001» alone in pseudonymous mode. */
export function choiceLabel(person: Named, pseudonymous: boolean): string {
  if (pseudonymous || person.name === "" || person.name === person.id) return person.id;
  return `${person.id}${LABEL_SEPARATOR}${person.name}`;
}
