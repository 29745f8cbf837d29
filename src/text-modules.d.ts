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

// gender-detection-from-name's English list (its index bundles six lists, 1.7 MB; the Worker needs one).
declare module "gender-detection-from-name/names/en" {
  const names: ReadonlyMap<string, "male" | "female">;
  export default names;
}
