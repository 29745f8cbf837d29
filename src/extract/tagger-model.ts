// wink-eng-lite-web-model's parts, imported one by one. The package's index (dist/model.js) also imports its
// sentiment and named-entity models (400 KB and 170 KB of JSON) that wink-nlp loads whatever the pipe; the
// pipeline runs only sentence boundaries and part-of-speech tags, so those two are replaced by empty machines
// here and stay out of the Worker bundle. Every loader, feature and lemmatiser below is the package's own.
import loadCore from "wink-eng-lite-web-model/dist/load-core-model.js";
import loadSbd from "wink-eng-lite-web-model/dist/load-sbd-model.js";
import loadPos from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadNegation from "wink-eng-lite-web-model/dist/load-negation-model.js";
import loadCerMeta from "wink-eng-lite-web-model/dist/load-cer-meta-model.js";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import lemmatize from "wink-eng-lite-web-model/dist/lemmatize.js";
import type { Model } from "wink-nlp";

/** A finite-state machine that recognises nothing, in the JSON form wink-nlp's automaton imports. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The English lite model for a ["sbd", "pos"] pipe: core lexicon, sentence boundaries, tags, negation and the
 * lemmatiser as the package ships them; no sentiment or named-entity machines (never run by that pipe).
 */
export const TAGGER_MODEL = {
  core: loadCore,
  sbd: loadSbd,
  pos: loadPos,
  negation: loadNegation,
  metaCER: loadCerMeta,
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  featureFn,
  addons: { lemmatize },
} as unknown as Model;
