// Entry of the map's layout bundle (npm run vendor:layout): graphology and
// its ForceAtlas2 layout, which settle a map of 2,000 meetings far faster
// than cytoscape's own force layouts (cose, fcose); cytoscape.js draws it.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/**
 * Positions for the nodes: ForceAtlas2 (Barnes-Hut on large maps) from a
 * seeded random start, so the same map is laid out the same way.
 * nodes: [{id, size}], edges: [{source, target, weight}] → Map id → {x, y}.
 */
export function forceLayout(nodes, edges, iterations = 300) {
  const graph = new Graph({ type: "undirected", multi: false });
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (const n of nodes) graph.addNode(n.id, { x: random() * 1000, y: random() * 1000, size: n.size ?? 1 });
  for (const e of edges) if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { weight: e.weight ?? 1 });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 1000, adjustSizes: false, edgeWeightInfluence: 0.5 };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  const out = new Map();
  graph.forEachNode((id, a) => out.set(id, { x: a.x, y: a.y }));
  return out;
}
