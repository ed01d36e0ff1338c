/** The workbook check's problems (ProblemDto, defined below ui/ so that sheets/ can report them too). */
import type { ProblemDto } from "../../domain/common/problem";

export type { ProblemDto };

export type WorkbookCheck = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => ProblemDto[];
