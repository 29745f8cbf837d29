import { GENERATED_CITIES } from "./cities.generated";
import { lookupPlace } from "./places";

/** Folds case and accents: news copy writes "Herat" for "Herāt". */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const cities = new Map<string, { name: string; country: string }>();
for (const [country, names] of Object.entries(GENERATED_CITIES)) {
  for (const name of names.split("|")) {
    const key = fold(name);
    if (!cities.has(key)) cities.set(key, { name, country });
  }
}

/**
 * A city of the world gazetteer (cities.generated.ts, 50,000+ people) or the
 * hand table of places.ts, by name (case- and accent-insensitive), with its
 * country. Used for meeting places only, after a locative cue ("in", "at",
 * "visited"): a city name alone is too often a person's ("Victoria", "Jackson")
 * for entity recognition to rely on it.
 */
export function lookupCity(name: string): { name: string; country: string } | undefined {
  const known = lookupPlace(name);
  if (known && known.kind !== "country" && known.kind !== "region") return { name: known.name, country: known.country };
  const c = cities.get(fold(name));
  // As the article writes it ("Herat"), with the gazetteer's country.
  return c ? { name: name.normalize("NFD").replace(/\p{M}/gu, "") === name ? name : c.name, country: c.country } : undefined;
}

/** Number of cities in the generated table (for the size check in tests). */
export const CITY_COUNT = cities.size;
