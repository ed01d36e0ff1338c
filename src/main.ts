/**
 * The one file that exposes globals to Apps Script. gas-webpack-plugin turns each `global.X = …` into a
 * top-level `function X() {}` stub that Apps Script can call (menus, triggers), and does the same for each
 * name this file exports (autoGlobalExportsFiles): the endpoints google.script.run calls.
 * Nothing here runs a service at load time: every custom-function call loads this whole script.
 */
import "./functions/generated/entrypoints";
import { onInstall, onOpen } from "./ui/menu";
import {
  menuBuildReport,
  menuCheckWorkbook,
  menuCollect,
  menuCreateForms,
  menuCreateMunicipal,
  menuImportRoadmap,
  menuMatchPairs,
  menuSendSnapshot,
  menuSetupWorkbook,
} from "./ui/menuActions";
import { onFormSubmit } from "./forms/submitHandler";
import { showSidebar } from "./ui/sidebar";
import { ENDPOINTS, type EndpointName } from "./ui/endpoints/index";
import { onEdit } from "./ui/onEdit";

declare const global: Record<string, unknown>;

// Simple triggers and menu items.
global.onOpen = (e?: GoogleAppsScript.Events.SheetsOnOpen) => onOpen(e);
global.onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall) => onInstall(e);
global.showSidebar = () => showSidebar();
global.menuSetupWorkbook = () => menuSetupWorkbook();
global.menuCheckWorkbook = () => menuCheckWorkbook();
global.menuImportRoadmap = () => menuImportRoadmap();
global.menuCreateForms = () => menuCreateForms();
global.menuMatchPairs = () => menuMatchPairs();
global.menuBuildReport = () => menuBuildReport();
global.menuSendSnapshot = () => menuSendSnapshot();
global.menuCreateMunicipal = () => menuCreateMunicipal();
global.menuCollect = () => menuCollect();
// Simple trigger: rows typed by hand in «Пары» and the registers get their live formulas; a hand swap of a
// mentor re-scores the pair (no authorisation needed).
global.onEdit = (e?: GoogleAppsScript.Events.SheetsOnEdit) => onEdit(e);

// Installable trigger: one for all the questionnaires.
global.onFormSubmit = (e: GoogleAppsScript.Events.FormsOnFormSubmit | GoogleAppsScript.Events.SheetsOnFormSubmit) =>
  onFormSubmit(e);

// Sidebar endpoints (google.script.run), exported by name: gas-webpack-plugin (autoGlobalExportsFiles)
// gives each export of this file a top-level Apps Script function, which google.script.run needs written
// out by name. Their types stay those of ENDPOINTS; a name missing here, or one ENDPOINTS lacks, fails
// the type-check.
// `let`, not `const`: webpack 5.112 defines the exports of never-reassigned `const`s as plain values at the
// end of the module, after gas-webpack-plugin's assignments, which would then copy undefined.
/* eslint-disable prefer-const */
let {
  getSidebarState,
  setupWorkbook,
  checkWorkbook,
  restoreStructure,
  selectCell,
  programmeProgress,
  saveSettings,
  previewRoadmapImport,
  applyRoadmapImport,
  undoRoadmapImport,
  roadmapOverview,
  getIndicators,
  importContingent,
  fillContingentSums,
  previewIndicatorsImport,
  importIndicators,
  formsOverview,
  createFormsStep,
  retryFormAnswers,
  refreshFormLists,
  personalLinks,
  listDuplicates,
  resolveDuplicate,
  listHistory,
  restoreHistory,
  runMatching,
  matchingProgress,
  listPairs,
  approvePairs,
  lockPairs,
  recomputePairs,
  buildReport,
  sendSnapshot,
  lastSnapshot,
  createMunicipalWorkbook,
  municipalOverview,
  collectStep,
  acceptSnapshotFiles,
  buildMunicipalSummary,
  buildMunicipalReport,
  documentsOverview,
  createDocument,
  createTemplateCopy,
  linkOrder,
  undoOrderLink,
  livePairs,
  endPairs,
  personLinks,
  confirmPersonLinks,
  dismissPersonLinks,
  closeYearPreview,
  closeYear,
  restoreYear,
} = ENDPOINTS;
/* eslint-enable prefer-const */

export {
  getSidebarState,
  setupWorkbook,
  checkWorkbook,
  restoreStructure,
  selectCell,
  programmeProgress,
  saveSettings,
  previewRoadmapImport,
  applyRoadmapImport,
  undoRoadmapImport,
  roadmapOverview,
  getIndicators,
  importContingent,
  fillContingentSums,
  previewIndicatorsImport,
  importIndicators,
  formsOverview,
  createFormsStep,
  retryFormAnswers,
  refreshFormLists,
  personalLinks,
  listDuplicates,
  resolveDuplicate,
  listHistory,
  restoreHistory,
  runMatching,
  matchingProgress,
  listPairs,
  approvePairs,
  lockPairs,
  recomputePairs,
  buildReport,
  sendSnapshot,
  lastSnapshot,
  createMunicipalWorkbook,
  municipalOverview,
  collectStep,
  acceptSnapshotFiles,
  buildMunicipalSummary,
  buildMunicipalReport,
  documentsOverview,
  createDocument,
  createTemplateCopy,
  linkOrder,
  undoOrderLink,
  livePairs,
  endPairs,
  personLinks,
  confirmPersonLinks,
  dismissPersonLinks,
  closeYearPreview,
  closeYear,
  restoreYear,
};

// Compiles only when every endpoint is exported above (the error names the missing ones).
type Missing = Exclude<EndpointName, keyof typeof import("./main")>;
const everyEndpointExported: [Missing] extends [never] ? true : Missing = true;
void everyEndpointExported;
