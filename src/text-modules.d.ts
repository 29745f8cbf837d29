// Files bundled as strings (wrangler.toml [[rules]] type = "Text").
declare module "*.html" {
  const text: string;
  export default text;
}
declare module "*.css" {
  const text: string;
  export default text;
}
declare module "*.client.js" {
  const text: string;
  export default text;
}
declare module "cytoscape/dist/cytoscape.esm.min.mjs" {
  const text: string;
  export default text;
}
