/**
 * Words that tell roadmap columns apart: header synonyms, how deadlines and responsible people begin, and
 * which words may continue them. Tables of data, so a new spelling found in a school's document is one line.
 */
import type { ColumnRole } from "./types";

/** Start and end of a word (JS \b does not know Cyrillic). */
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

const re = (source: string, flags = "iu") => new RegExp(source, flags);

/** A pattern written in lower case made case-insensitive letter by letter (so it can share a regex with
 * case-sensitive parts). Letters inside classes and escapes are left alone. */
function caseless(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") inClass = true;
    if (ch === "]") inClass = false;
    const upper = ch.toUpperCase();
    out += !inClass && upper !== ch ? `[${ch}${upper}]` : ch;
  }
  return out;
}

/**
 * Header cell text → role. Checked in this order, so «Наименование этапа» is a stage before «наименование»
 * makes it a title, and «Срок проведения мероприятия» is a deadline.
 */
export const HEADER_SYNONYMS: { role: ColumnRole; pattern: RegExp }[] = [
  { role: "number", pattern: re(`^(?:№|n|no|номер)\\s*(?:п\\s*/\\s*п)?\\.?$|^п\\s*/\\s*п\\.?$|^№\\s*п\\s*/\\s*п`) },
  { role: "stage", pattern: re(`${B}этап[а-яё]*${E}|${B}раздел${E}|${B}направлени[ея]${E}`) },
  { role: "content", pattern: re(`${B}содержани[еяй]${E}|${B}описание${E}|${B}деятельност[ьи]${E}`) },
  { role: "responsible", pattern: re(`${B}ответственн[а-яё]*|${B}исполнител[а-яё]*`) },
  {
    role: "result",
    pattern: re(
      `${B}результат[а-яё]*|${B}вид\\s+документа|${B}документ[а-яё]*${E}|${B}итогов[а-яё]*\\s+документ|${B}форма\\s+отч[её]т|${B}отч[её]тност[ьи]|${B}продукт${E}|${B}показател[ьи]\\s+выполнения`,
    ),
  },
  { role: "deadline", pattern: re(`${B}срок[а-яё]*${E}|${B}дата${E}|${B}даты${E}|${B}период${E}|${B}когда${E}`) },
  {
    role: "title",
    pattern: re(
      `${B}мероприяти[а-яё]*|${B}наименование${E}|${B}вид[ыа]?\\s+работ|${B}действи[ея]${E}|${B}задач[аи]${E}`,
    ),
  },
];

/** Words a header line may hold besides the synonyms (PDF headers split over several lines). */
export const HEADER_FILLER = new Set([
  "№",
  "п/п",
  "n",
  "наименование",
  "мероприятия",
  "мероприятий",
  "мероприятие",
  "реализации",
  "исполнения",
  "проведения",
  "исполнитель",
  "исполнители",
  "вид",
  "документа",
  "этапа",
  "этап",
  "срок",
  "сроки",
  "ответственный",
  "ответственные",
  "результат",
  "результаты",
  "ожидаемый",
  "и",
  "деятельности",
  "содержание",
  "содержания",
  "дата",
  "выполнения",
  "за",
  "выполнение",
  "отчетности",
  "отчётности",
  "форма",
  "примечание",
  "отметка",
  "о",
  "мероприятий,",
  "работы",
  "работ",
  "/",
  "документ",
  "документы",
  "мероприятия,",
  "планируемый",
  "ожидаемые",
  "показатели",
]);

/** Columns a header may have that the roadmap does not import (ignored, not an error). */
export const IGNORED_HEADERS = re(`${B}примечани[ея]|${B}отметк[аи]|${B}выполнено|${B}статус`);

const MONTH_NOM = "(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";
const MONTH_ANY =
  "(?:январ[ьяе]|феврал[ьяе]|март[аеу]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[аеу]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";
const DATE = "\\d{1,2}\\s*\\.\\s*\\d{1,2}\\s*\\.+\\s*(?:\\d{4}|\\d{2})";
const YEAR = "(?:19|20)\\d{2}";

/**
 * Where a deadline may begin inside a line of PDF text (after the event's title): words that do not occur in
 * titles. A bare year is not here: «по внедрению ЦМН в 2021 г.» is a title.
 */
export const DEADLINE_INLINE = re(
  [
    `${B}${MONTH_NOM}${E}`,
    `${B}до\\s+(?:${DATE}|\\d{1,2}\\s+${MONTH_ANY}|${MONTH_ANY}|${YEAR}|конца|начала|окончания)`,
    `${B}не\\s+позднее${E}`,
    `${B}в\\s+течени[ея]${E}`,
    `${B}(?:еже(?:квартально|месячно|годно|недельно|дневно))${E}`,
    `${B}постоянно${E}`,
    `${B}по\\s+мере${E}`,
    `${B}в\\s+соответствии\\s+со?\\s*(?:срок|график|план|дорожн)`,
    `${B}по\\s+(?:отдельному\\s+)?(?:графику|плану)${E}`,
    `${B}с\\s+\\d{1,2}\\s+${MONTH_ANY}`,
    `(?<!(?:от|№)\\s*)${B}${DATE}`,
    `${B}(?:[IV]{1,3}|[1-4])\\s*(?:-?[йе])?\\s*(?:квартал|полугоди)`,
    `${B}${YEAR}\\s*[-–—]\\s*${YEAR}\\s*уч`,
  ].join("|"),
);

/** A deadline that ends with a month and no year («октябрь – ноябрь»): its year may be on the next line. */
export const MONTH_END = re(`${B}${MONTH_NOM}\\s*$`);

/** A continuation line that begins one of these starts (or continues) the deadline column. */
export const DEADLINE_START = re(
  `^(?:${DEADLINE_INLINE.source}|в\\s+соответствии\\s+со?\\s*$|${YEAR}${E}|${MONTH_ANY}${E}|по\\s+\\d{1,2}\\s|с\\s+\\d{1,2}\\s|в\\s+период${E}|весь\\s+период|ежегодно)`,
);

/** Words that may continue a deadline started on the line above («в течение всего периода» / «реализации ЦМН»). */
export const DEADLINE_WORDS = re(
  `^(?:${MONTH_ANY}|${YEAR}|\\d{1,2}|${DATE}|г\\.?|гг\\.?|г\\.г\\.?|года?|годы|уч\\.?|учебн[а-яё]*|период[а-яё]*|реализации|внедрения|цмн|программ[ыа]?|наставничества|плана|сроками|срокам|срок[аи]?|всего|даты|определения|модели|недел[ьи]|дней|месяц[а-яё]*|квартал[а-яё]*|полугоди[а-яё]*|течение|течении|соответствии|по|с|со|до|в|и|а|также|ежегодно|ежеквартально|ежемесячно|числа|конца|начала|окончания|-|–|—)$`,
);

/**
 * Words that can only continue a deadline (never a title): a year, «года», «г.», a month. Where a deadline
 * was left open on the line above, these mark where its continuation begins after the title's.
 */
export const DEADLINE_TAIL = re(`${B}(?:${YEAR}${E}|года${E}|гг?\\.(?![\\p{L}])|г\\.\\s*г\\.|${MONTH_ANY}${E})`);

/**
 * Where the responsible column may begin. Capitalised forms may start it right after a title on the same
 * line; any case after a deadline or at the start of a line («ежеквартально кураторы внедрения …»).
 */
const ROLE_HEADS = [
  `руководител[ьи](?=\\s+(?:оо|оу|до|доу|образоват|школ|мо|шмо|организац|учрежд)|\\s*,|\\s*$)`,
  `управлени[ея]\\s+образования`,
  `управление\\s*$`,
  `имг${E}`,
  `кураторы?${E}`,
  `директор${E}`,
  `зам\\.?\\s*директора`,
  `заместител[ьи]\\s+(?:директора|руководителя|заведующего)`,
  `заведующ(?:ий|ая|его)${E}`,
  `старший\\s+воспитатель`,
  `воспитател[ьи]${E}`,
  `педагог-психолог`,
  `педагоги?-организатор`,
  `соц(?:\\.|иальный)\\s*педагог`,
  `психолог${E}`,
  `методист${E}`,
  `классные\\s+руководители`,
  `учител[ья]-предметники`,
  `наставники${E}`,
  `лица,\\s*ответственные`,
  `ответственн(?:ый|ые)\\s+за`,
  `администрация${E}`,
  `рабочая\\s+группа`,
  `совет\\s+наставников`,
];

/** «Москвина Т.Н.», «Т.Н. Москвина»: case matters, so these are kept apart from the role words. */
const PERSON = `[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.?|[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.\\s*[А-ЯЁ][а-яё]+`;
export const PERSON_START = new RegExp(`^(?:${PERSON})`, "u");
/** A cell piece that is only a name: «Москвина Т.Н.», «Т.Н. Москвина». */
export const PERSON_ONLY = new RegExp(`^(?:${PERSON})\\.?$`, "u");

const roleOrPerson = (role: RegExp, person: RegExp) => ({
  test: (text: string) => role.test(text) || person.test(text),
});

export const ROLE_START = roleOrPerson(re(`^(?:${ROLE_HEADS.join("|")})`), PERSON_START);
/** Role heads inside a line, any case (after a deadline), and names. */
export const ROLE_INLINE_ANY = new RegExp(`${B}(?:${ROLE_HEADS.map(caseless).join("|")}|${PERSON})`, "u");
/** Role heads inside a line right after a title: only capitalised (so «классный руководитель» in a title stays). */
export const ROLE_INLINE_CAPITAL = new RegExp(
  `${B}(?:Руководител[ьи](?=\\s+(?:ОО|ОУ|ДО|ДОУ|образоват|школ|МО|ШМО|организац|учрежд)|\\s*,|\\s*$)|Управлени[ея]\\s+образования|Управление\\s*$|ИМГ${E}|Кураторы?${E}|Директор${E}|Зам\\.?\\s*директора|Заместител[ьи]\\s+директора|Заведующ(?:ий|ая)${E}|Старший\\s+воспитатель|Воспитател[ьи]${E}|Педагог-психолог|Методист${E}|Классные\\s+руководители|Наставники${E}|Администрация${E}|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.?)`,
  "u",
);

/**
 * Posts that may begin the responsible column in lower case right after a title («… актов: заместитель
 * директора по УВР»): phrases a title does not hold in this form (a title says «педагога-психолога»).
 */
export const ROLE_INLINE_POST = new RegExp(
  `${B}(?:${["зам\\.?\\s*директора", "заместител[ьи]\\s+(?:директора|заведующего)", "педагоги?-психологи?", "педагоги?-организаторы?", "соц(?:\\.|иальный)\\s*педагог", "старший\\s+воспитатель"].map(caseless).join("|")})${E}`,
  "u",
);

/** The tail of a post left open on the line above («заместитель директора по» / «УВР»). */
export const ROLE_TAIL = new RegExp(`${B}(?:УВР|ВР|УР|НМР|ОО|ДОУ|ДО|ШМО|ИМГ|МО)${E}`, "u");

/** Words that may continue a responsible cell («ИМГ, руководители ОО,» / «ДО»). */
export const ROLE_WORDS = re(
  `^(?:оо|до|доу|оу|дoo|доо|удо|сош|оош|имг|цмн|вр|увр|ур|мо|шмо|рмо|руководител[а-яё]*|управлени[а-яё]*|образования|куратор[а-яё]*|директор[а-яё]*|зам\\.?|заместител[а-яё]*|педагог[а-яё]*|соц\\.?|воспитател[а-яё]*|заведующ[а-яё]*|старший|лица|ответственн[а-яё]*|внедрени[а-яё]*|организаци[а-яё]*|партн[её]р[а-яё]*|наставник[а-яё]*|психолог[а-яё]*|методист[а-яё]*|учител[а-яё]*|специалист[а-яё]*|школы|школ|категори[а-яё]*|администраци[а-яё]*|целевой|модели|наставничества|муниципалитета|района|классные|классный|по|в|и|за|от|-|–|—)$`,
);

/** Organisation-type abbreviations that qualify the role before them: «руководители ОО, ДО» is one entry. */
export const ORG_QUALIFIER = /^(?:ОО|ДО|ДОУ|ОУ|ДОО|УДО|СОШ|ООШ|СПО|ПОО|ОДО)$/u;

/** Words after which a fragment obviously continues on the next line. */
export const BINDING_WORDS = new Set([
  "в",
  "во",
  "на",
  "с",
  "со",
  "о",
  "об",
  "и",
  "или",
  "для",
  "по",
  "к",
  "ко",
  "от",
  "за",
  "из",
  "при",
  "через",
  "до",
  "а",
  "но",
  "также",
  "как",
  "не",
  "между",
  "под",
  "над",
  "без",
  "у",
  "т.ч.",
  "том",
  "числе",
]);

/** Words after which a deadline or a role obviously needs more («в течение всего» / «периода реализации ЦМН»). */
export const NEEDS_COMPLEMENT = new Set([
  "социальный",
  "старший",
  "старшая",
  "высшей",
  "первой",
  "учебного",
  "календарного",
  "текущего",
  "всего",
  "периода",
  "сроками",
  "течение",
  "реализации",
  "внедрения",
  "недель",
  "даты",
  "управление",
  "соответствии",
]);

/** Adjective endings that leave a phrase open («программно-методических» / «материалов»). */
export const OPEN_ADJECTIVE = /(?:ых|их|ого|его|ому|ему)$/u;

/** Labels of a section's description lines, not part of its title. */
export const SECTION_LABEL = /^(?:задач[аи]|цель|цели|результат[ыа]?|ожидаемы[йе]\s+результат[ыа]?)\s*:/iu;

/** Lines that are page furniture in PDF text. */
export const PAGE_FURNITURE = [
  /^(?:стр\.?|страница)\s*\d+(?:\s*из\s*\d+)?$/iu,
  /^[-–—]\s*\d{1,3}\s*[-–—]$/u,
  /^(?:продолжение|окончание)\s+(?:таблицы|приложения)/iu,
];

/** Abbreviations whose full stop does not end a responsible entry. */
export const ABBREVIATIONS = new Set([
  "зам",
  "соц",
  "пед",
  "рук",
  "дир",
  "зав",
  "нач",
  "ст",
  "и.о",
  "т.д",
  "т.п",
  "д",
  "доп",
  "обр",
  "орг",
  "кл",
  "им",
  "г",
  "гг",
]);

/**
 * How a result / document cell begins: document kinds and the participles of «what is done». Used to
 * tell the result column apart when a table comes without its header.
 */
export const RESULT_START = re(
  `^(?:приказ[а-яё]*|положени[ея]|распоряжени[ея]|справк[аи]|аналитическ[а-яё]+\\s+справк|отч[её]т[а-яё]*|протокол[а-яё]*|план[а-яё]*|программ[а-яё]*|дорожн[а-яё]+\\s+карт|информаци[а-яё]*|информационн[а-яё]*|публикаци[а-яё]*|размещени[а-яё]*|анкет[а-яё]*|база\\s|базы\\s|банк${E}|перечень|список|соглашени[а-яё]*|договор[а-яё]*|методическ[а-яё]*|материал[а-яё]*|сертификат[а-яё]*|диплом[а-яё]*|благодарн[а-яё]*|пакет|портфолио|кейс[а-яё]*|результат[а-яё]*|мониторинг${E}|сформирован[а-яё]*|утвержд[её]н[а-яё]*|разработан[а-яё]*|проведен[а-яё]*|созда[нт][а-яё]*|заключен[а-яё]*|определен[а-яё]*|назначен[а-яё]*|организован[а-яё]*|обобщ[её]н[а-яё]*|повышени[ея]|увеличени[ея]|наличие|фото|пресс-релиз|статья|страниц[а-яё]*\\s+на\\s+сайте|сайт${E})`,
);

/** Words a section (stage) row's title begins with when it has no number: «Раздел 2. …», «Этап I». */
export const SECTION_HEADING = re(`^(?:раздел|этап|блок|направление|модуль|часть)${E}`);
