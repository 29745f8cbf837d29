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

// wink-eng-lite-web-model's parts, imported one by one (src/extract/tagger-model.ts); untyped CommonJS.
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}
