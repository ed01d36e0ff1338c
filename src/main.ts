/**
 * The one file that exposes globals to Apps Script. gas-webpack-plugin turns each `global.X = …` into a
 * top-level `function X() {}` stub that Apps Script can call (menus, triggers, google.script.run).
 * Nothing here runs a service at load time: every custom-function call loads this whole script.
 */
import "./functions/entrypoints.generated";
import "./ui/endpoints.generated";
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
import { onEditPairs } from "./ui/pairsEdit";

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
// Simple trigger: a pair typed by hand in «Пары» gets its live formula; a hand swap of a mentor re-scores
// the pair (no authorisation needed).
global.onEdit = (e?: GoogleAppsScript.Events.SheetsOnEdit) => onEditPairs(e);

// Installable trigger: one for all the questionnaires.
global.onFormSubmit = (e: GoogleAppsScript.Events.FormsOnFormSubmit | GoogleAppsScript.Events.SheetsOnFormSubmit) =>
  onFormSubmit(e);

// Sidebar endpoints (google.script.run) are generated from src/ui/endpoints/index.ts at build:
// see src/ui/endpoints.generated.ts.
