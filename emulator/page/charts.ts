/**
 * Embedded charts, drawn with Chart.js over the grid at the cell Sheets anchors them to. Only what the
 * add-on makes is mapped (bar, column, line, area, pie; title; percent axis); the data come with the
 * sheet's snapshot (first column labels, first row series names).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import type { SheetSnapshot } from "./api";
import { el } from "./dom";
import { PAGE_TEXT as T } from "./texts";

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
);

type ChartRecord = SheetSnapshot["charts"][number];

const COLOURS = ["#4285f4", "#db4437", "#f4b400", "#0f9d58", "#ab47bc", "#00acc1"];
let drawn: Chart[] = [];

const percent = (v: number | string) => `${(Number(v) * 100).toFixed(0)} %`;

function config(chart: ChartRecord): ChartConfiguration {
  const o = chart.options as { title?: string; hAxis?: { format?: string }; vAxis?: { format?: string } };
  const horizontal = chart.type === "BAR";
  const pie = chart.type === "PIE";
  const valueAxisPercent = (horizontal ? o.hAxis?.format : o.vAxis?.format) === "percent";
  const type = pie ? "pie" : chart.type === "LINE" || chart.type === "AREA" ? "line" : "bar";
  return {
    type,
    data: {
      labels: chart.data.labels,
      datasets: chart.data.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: pie ? COLOURS : COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        fill: chart.type === "AREA",
      })),
    },
    options: {
      animation: false,
      responsive: false,
      indexAxis: horizontal ? "y" : "x",
      plugins: {
        title: { display: Boolean(o.title), text: o.title ?? "" },
        legend: { position: "right" },
      },
      scales: pie
        ? {}
        : {
            [horizontal ? "x" : "y"]: {
              beginAtZero: true,
              ticks: valueAxisPercent ? { callback: (v: number | string) => percent(v) } : {},
            },
          },
    },
  } as ChartConfiguration;
}

/** Draw the sheet's charts into `layer` (a box over the grid), each at its anchor cell's position. */
export function drawCharts(
  layer: HTMLElement,
  charts: ChartRecord[],
  position: (row: number, col: number) => { left: number; top: number },
): void {
  for (const c of drawn) c.destroy();
  drawn = [];
  layer.replaceChildren();
  for (const chart of charts) {
    const o = chart.options as { title?: string; width?: number; height?: number };
    const width = Number(o.width) || 600;
    const height = Number(o.height) || 371;
    const at = position(chart.position.row, chart.position.col);
    const canvas = el("canvas", { width, height, role: "img", "aria-label": T.chart(o.title ?? "") });
    const box = el("div", { class: "chart", "data-chart-type": chart.type }, canvas);
    box.style.left = `${at.left + chart.position.offsetX}px`;
    box.style.top = `${at.top + chart.position.offsetY}px`;
    box.style.width = `${width}px`;
    box.style.height = `${height}px`;
    layer.appendChild(box);
    drawn.push(new Chart(canvas, config(chart)));
  }
}
