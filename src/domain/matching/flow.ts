/**
 * Minimum-cost maximum flow on integer costs ≥ 0, by successive shortest paths: Dijkstra on reduced costs
 * (Johnson potentials, so no Bellman-Ford), then as many augmenting paths of reduced cost 0 as a
 * depth-first search finds before the next Dijkstra. Every augmentation follows a shortest path, so the
 * result is a minimum-cost flow of maximum value. Plain arrays, no classes with private fields: it runs
 * in Apps Script too.
 */

export interface FlowResult {
  flow: number;
  cost: number;
}

export class MinCostFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc's index (its twin is index ^ 1). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(cost) || cost < 0)
      throw new Error(`MinCostFlow: cost must be a safe integer ≥ 0, got ${cost}`);
    const e = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[from], this.head[to]);
    this.head[from] = e;
    this.head[to] = e + 1;
    return e;
  }

  /** Flow now on arc e (as returned by addEdge). */
  flowOn(e: number): number {
    return this.cap[e ^ 1];
  }

  /** Sends as much flow as possible from s to t at minimum cost. `onAugment` reports the flow so far. */
  run(s: number, t: number, onAugment?: (flow: number) => void): FlowResult {
    const n = this.nodeCount;
    const pot = new Array<number>(n).fill(0);
    const dist = new Array<number>(n);
    const done = new Uint8Array(n);
    const visited = new Uint8Array(n);
    const arc = new Array<number>(n);
    const pathEdge = new Array<number>(n);
    let flow = 0;
    let cost = 0;
    const heap = new NodeHeap();

    for (;;) {
      // Dijkstra on reduced costs, stopped when t is settled.
      dist.fill(Infinity);
      done.fill(0);
      dist[s] = 0;
      heap.clear();
      heap.push(s, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === t) break;
        const du = dist[u];
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          const nd = du + this.cost[e] + pot[u] - pot[v];
          if (nd < dist[v]) {
            dist[v] = nd;
            heap.push(v, nd);
          }
        }
      }
      if (!done[t]) break;
      // Capping at dist[t] keeps every reduced cost ≥ 0 although the search stopped early.
      const dt = dist[t];
      for (let v = 0; v < n; v++) pot[v] += done[v] ? Math.min(dist[v], dt) : dt;

      // Augment along arcs of reduced cost 0 while a depth-first search finds a path.
      visited.fill(0);
      for (let v = 0; v < n; v++) arc[v] = this.head[v];
      let found = false;
      for (;;) {
        const length = this.findPath(s, t, pot, visited, arc, pathEdge);
        if (length < 0) break;
        found = true;
        let push = Infinity;
        for (let i = 0; i < length; i++) push = Math.min(push, this.cap[pathEdge[i]]);
        for (let i = 0; i < length; i++) {
          const e = pathEdge[i];
          this.cap[e] -= push;
          this.cap[e ^ 1] += push;
          cost += push * this.cost[e];
          visited[this.to[e]] = 0;
        }
        flow += push;
        if (onAugment) onAugment(flow);
      }
      if (!found) throw new Error("MinCostFlow: no admissible path after Dijkstra (potentials broken)");
    }
    return { flow, cost };
  }

  /** Iterative DFS over admissible arcs; fills pathEdge and returns its length, or -1. */
  private findPath(
    s: number,
    t: number,
    pot: number[],
    visited: Uint8Array,
    arc: number[],
    pathEdge: number[],
  ): number {
    const stack: number[] = [s];
    visited[s] = 1;
    let depth = 0;
    while (stack.length > 0) {
      const u = stack[stack.length - 1];
      if (u === t) return depth;
      let advanced = false;
      for (let e = arc[u]; e !== -1; e = this.next[e]) {
        arc[u] = e;
        const v = this.to[e];
        if (this.cap[e] > 0 && !visited[v] && this.cost[e] + pot[u] - pot[v] === 0) {
          visited[v] = 1;
          pathEdge[depth++] = e;
          stack.push(v);
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        arc[u] = -1;
        stack.pop();
        depth--;
      }
    }
    return -1;
  }
}

/** Binary min-heap of (node, key) with lazy deletion: a node may be pushed more than once. */
class NodeHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  clear(): void {
    this.nodes.length = 0;
    this.keys.length = 0;
  }

  push(node: number, key: number): void {
    const nodes = this.nodes;
    const keys = this.keys;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
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
    const lastNode = nodes.pop() as number;
    const lastKey = keys.pop() as number;
    const size = nodes.length;
    if (size > 0) {
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
}
