/**
 * Maximum-weight assignment of columns (mentees, one row each at most) to rows (mentors, each with a
 * capacity), exact, by successive shortest augmenting paths: the Hungarian method in its Jonker–Volgenant
 * form, on a sparse graph, with a row's capacity kept as one node instead of expanded into slots.
 *
 * Rows are the sources: each unit of a row's capacity is routed, one Dijkstra at a time, either to a
 * mentee (possibly moving other mentees along an alternating path) or to «left empty». Dual values u
 * (columns) and v (rows) keep every reduced cost u[k] + v[r] − w(r, k) of an unused edge ≥ 0 and that of an
 * edge in use ≤ 0; a path's length is the weight it gives up, so each unit is routed at the least loss and
 * the result is optimal for the capacities routed so far (successive shortest paths; Ahuja, Magnanti,
 * Orlin, ch. 9). Ending a path at a free mentee costs −u[k] ≥ 0, leaving a place empty costs v[r] ≥ 0.
 *
 * Speed comes from a warm start (v[r] = the row's best weight, and each row takes free mentees at that
 * weight at once, as JV's column reduction does), from a search that stops at the first exit no cheaper
 * node can beat, and from typed arrays: 2,000 mentees × 500 mentors with ~240,000 allowed pairs take a
 * few tenths of a second. Weights must be whole numbers so every sum is exact.
 */

export interface CapacitatedGraph {
  rows: number;
  cols: number;
  /** Places per row. */
  capacity: ArrayLike<number>;
  /** Compressed rows: the edges of row r are start[r] … start[r + 1] − 1. */
  start: Int32Array;
  col: Int32Array;
  /** Whole numbers ≥ 0. */
  weight: Float64Array;
}

export interface AssignmentOptions {
  /** Called after each routed place: (places routed, places in all). */
  onProgress?: (done: number, total: number) => void;
}

/** Row per column, −1 when the column is left unassigned. */
export function maxWeightAssignment(graph: CapacitatedGraph, options: AssignmentOptions = {}): Int32Array {
  const { rows: m, cols: n, capacity, start, col, weight } = graph;
  const rowOf = new Int32Array(n).fill(-1);
  const wOf = new Float64Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const load = new Int32Array(m);
  const empty = new Int32Array(m);

  // Warm start: each row's dual is its best weight, and it takes free columns of that weight.
  let total = 0;
  for (let r = 0; r < m; r++) {
    const cap = Math.max(0, capacity[r] | 0);
    total += cap;
    let best = 0;
    for (let e = start[r]; e < start[r + 1]; e++) if (weight[e] > best) best = weight[e];
    v[r] = best;
    for (let e = start[r]; e < start[r + 1] && load[r] < cap; e++) {
      const k = col[e];
      if (rowOf[k] < 0 && weight[e] === best) {
        rowOf[k] = r;
        wOf[k] = best;
        load[r]++;
      }
    }
  }

  // Node ids: columns 0 … n − 1, rows n … n + m − 1.
  const size = n + m;
  const dist = new Float64Array(size).fill(Infinity);
  const settled = new Uint8Array(size);
  /** Column: the row it is reached from; row: the column (assigned to it) it is reached through. */
  const pred = new Int32Array(size);
  const predWeight = new Float64Array(n);
  const touched = new Int32Array(size);
  const heap = new KeyHeap(size);
  let routed = 0;
  for (let r = 0; r < m; r++) routed += load[r];

  for (let s = 0; s < m; s++) {
    const cap = Math.max(0, capacity[s] | 0);
    while (load[s] + empty[s] < cap) {
      let touchedCount = 0;
      let best = v[s];
      let exit = n + s;
      dist[n + s] = 0;
      settled[n + s] = 1;
      touched[touchedCount++] = n + s;
      heap.clear();

      let node = n + s;
      let d = 0;
      for (;;) {
        if (node >= n) {
          // A row: every edge not in use to it leads to a column.
          const r = node - n;
          const vr = v[r];
          for (let e = start[r], end = start[r + 1]; e < end; e++) {
            const k = col[e];
            if (settled[k] || rowOf[k] === r) continue;
            const nd = d + u[k] + vr - weight[e];
            if (nd < dist[k]) {
              if (dist[k] === Infinity) touched[touchedCount++] = k;
              dist[k] = nd;
              pred[k] = r;
              predWeight[k] = weight[e];
              if (rowOf[k] < 0) {
                if (nd - u[k] < best) {
                  best = nd - u[k];
                  exit = k;
                }
              } else heap.push(k, nd);
            }
          }
        } else {
          // An assigned column: back to its row, which then takes another column or leaves a place empty.
          const r = rowOf[node];
          const nd = d + wOf[node] - u[node] - v[r];
          const x = n + r;
          if (!settled[x] && nd < dist[x]) {
            if (dist[x] === Infinity) touched[touchedCount++] = x;
            dist[x] = nd;
            pred[x] = node;
            if (nd + v[r] < best) {
              best = nd + v[r];
              exit = x;
            }
            heap.push(x, nd);
          }
        }
        // Next node: the nearest unsettled one, unless no path through it can beat the exit found.
        node = -1;
        while (heap.size > 0) {
          const key = heap.topKey();
          const x = heap.pop();
          if (key >= best) break;
          if (settled[x] || key > dist[x]) continue;
          node = x;
          d = key;
          break;
        }
        if (node < 0) break;
        settled[node] = 1;
      }

      // Duals: every node nearer than the exit (settled, or a free column) moves by its distance short of it.
      for (let i = 0; i < touchedCount; i++) {
        const x = touched[i];
        if (dist[x] < best) {
          const gap = best - dist[x];
          if (x >= n) v[x - n] -= gap;
          else u[x] += gap;
        }
        settled[x] = 0;
        dist[x] = Infinity;
      }

      // Augment back to the source row.
      let k: number;
      if (exit >= n) {
        const r = exit - n;
        empty[r]++;
        if (r === s) {
          options.onProgress?.(++routed, total);
          continue;
        }
        load[r]--;
        k = pred[exit];
      } else k = exit;
      for (;;) {
        const r = pred[k];
        rowOf[k] = r;
        wOf[k] = predWeight[k];
        if (r === s) break;
        k = pred[n + r];
      }
      load[s]++;
      options.onProgress?.(++routed, total);
    }
  }
  return rowOf;
}

/** Binary min-heap of (node, key) with lazy deletion: a node may be pushed more than once. */
class KeyHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    // A node is pushed again on each improvement: grow on demand.
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) this.grow();
    const nodes = this.nodes;
    const keys = this.keys;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      nodes[i] = nodes[p];
      keys[i] = keys[p];
      i = p;
    }
    nodes[i] = node;
    keys[i] = key;
  }

  pop(): number {
    const nodes = this.nodes;
    const keys = this.keys;
    const top = nodes[0];
    const size = --this.size;
    if (size > 0) {
      const lastNode = nodes[size];
      const lastKey = keys[size];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= lastKey) break;
        nodes[i] = nodes[c];
        keys[i] = keys[c];
        i = c;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
    }
    return top;
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    nodes.set(this.nodes);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}
