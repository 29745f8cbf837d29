// Synthetic wire stories with their expected facts, reproducible from a seed.
// Varied people, roles, countries, meetings, calls, quotes, dates and page noise,
// so that scale runs need no downloads. Used by `npm run corpus` and `npm run bench:scale`.

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [country, adjective, capital, given names, surnames]
const COUNTRIES = [
  ["Kenya", "Kenyan", "Nairobi", ["Grace", "Peter", "Amina", "Joseph", "Wanjiru"], ["Mutua", "Odhiambo", "Kamau", "Njoroge", "Wekesa"]],
  ["Brazil", "Brazilian", "Brasília", ["Ana", "Carlos", "Fernanda", "João", "Luiza"], ["Silva", "Oliveira", "Costa", "Pereira", "Almeida"]],
  ["Germany", "German", "Berlin", ["Katrin", "Jonas", "Ulrike", "Matthias", "Lena"], ["Müller", "Schneider", "Fischer", "Weber", "Becker"]],
  ["Japan", "Japanese", "Tokyo", ["Kenji", "Yuko", "Hiroshi", "Aiko", "Takeshi"], ["Morita", "Tanaka", "Sato", "Watanabe", "Kobayashi"]],
  ["India", "Indian", "New Delhi", ["Vikram", "Priya", "Arjun", "Sunita", "Rahul"], ["Sethi", "Sharma", "Iyer", "Menon", "Kapoor"]],
  ["France", "French", "Paris", ["Claire", "Julien", "Sophie", "Antoine", "Élodie"], ["Dubois", "Moreau", "Laurent", "Girard", "Lefèvre"]],
  ["Canada", "Canadian", "Ottawa", ["Marc", "Sarah", "Daniel", "Émilie", "Ryan"], ["Tremblay", "Gagnon", "Roy", "Campbell", "Wilson"]],
  ["Egypt", "Egyptian", "Cairo", ["Karim", "Nadia", "Omar", "Mona", "Tarek"], ["Fathy", "Hassan", "Mansour", "Saleh", "Nasser"]],
  ["Mexico", "Mexican", "Mexico City", ["Julián", "María", "Diego", "Lucía", "Andrés"], ["Ortega", "Ramírez", "Hernández", "Castillo", "Vargas"]],
  ["Poland", "Polish", "Warsaw", ["Piotr", "Agnieszka", "Tomasz", "Magda", "Krzysztof"], ["Nowak", "Kowalski", "Wiśniewski", "Zieliński", "Mazur"]],
  ["Indonesia", "Indonesian", "Jakarta", ["Rizal", "Dewi", "Arief", "Sri", "Budi"], ["Hakim", "Santoso", "Wicaksono", "Pratama", "Susanto"]],
  ["Norway", "Norwegian", "Oslo", ["Ingrid", "Lars", "Kari", "Erik", "Silje"], ["Hansen", "Johansen", "Berg", "Haugen", "Dahl"]],
  ["Nigeria", "Nigerian", "Abuja", ["Chinedu", "Ngozi", "Emeka", "Funmi", "Tunde"], ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo"]],
  ["Australia", "Australian", "Canberra", ["Claire", "Liam", "Rachel", "Jack", "Megan"], ["Donnelly", "Quinn", "Walker", "Murphy", "Kelly"]],
  ["Turkey", "Turkish", "Ankara", ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"]],
  ["Chile", "Chilean", "Santiago", ["Aurora", "Felipe", "Camila", "Matías", "Valentina"], ["Williams", "Muñoz", "Rojas", "Díaz", "Soto"]],
];
const ROLES = ["Foreign Minister", "Trade Minister", "Defence Minister", "Finance Minister", "Energy Minister", "Deputy Foreign Minister", "Interior Minister", "Health Minister"];
const TOPICS = ["a grain corridor", "port fees", "a fisheries pact", "visa rules", "a power line", "customs data", "a rail link", "vaccine supplies", "a mining code", "river water sharing"];
const QUOTES = ["We have agreed on the next steps", "This is a practical deal for both our peoples", "Nobody got everything, and that is a good sign", "The door remains open", "We will judge this by results, not words", "There is still a great deal of work to do"];
const REPORTED = ["the two sides would meet again before the end of the year", "talks on {topic} had made real progress", "a joint working group would report within 60 days", "the agreement would be signed next month"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const AGENCIES = ["Wire", "Reuters", "AP", "AFP"];

const iso = (d) => d.toISOString().slice(0, 10);

/** One article and its expected facts. Deterministic for (seed, n). */
export function makeArticle(seed, n) {
  const r = rng(seed * 1_000_003 + n);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const used = new Set();
  const person = () => {
    for (;;) {
      const c = pick(COUNTRIES);
      const given = pick(c[3]), surname = pick(c[4]);
      if (used.has(surname)) continue;
      used.add(surname);
      return { country: c[0], adjective: c[1], capital: c[2], name: `${given} ${surname}`, surname, role: pick(ROLES) };
    }
  };
  const a = person(), b = person(), c = person(), d = person();
  const published = new Date(Date.UTC(2019 + Math.floor(r() * 6), Math.floor(r() * 12), 1 + Math.floor(r() * 27)));
  const lag = 1 + Math.floor(r() * 2);
  const metOn = new Date(published.getTime() - lag * 86_400_000);
  const callOn = new Date(published.getTime() - (lag + 1) * 86_400_000);
  const topic = pick(TOPICS);
  const place = b.capital;
  const quote = pick(QUOTES);
  const reported = pick(REPORTED).replace("{topic}", topic);
  const figure = 10 + Math.floor(r() * 990);
  const title = `${a.adjective}, ${b.adjective} ministers discuss ${topic} in ${place} (${n})`;
  const dateline = `${place.toUpperCase()}, ${SHORT[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} (${pick(AGENCIES)}) -`;
  const withCall = r() < 0.6, withCancelled = r() < 0.4, noisy = r() < 0.7;
  const lines = [title, ""];
  if (noisy) {
    lines.push(title, `${a.name}, left, and ${b.name} arrive for talks in ${place}. (Photo: Staff/${pick(AGENCIES)})`, `Updated: ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`, "");
  }
  lines.push(
    `${dateline} ${a.adjective} ${a.role} ${a.name} met ${b.adjective} ${b.role} ${b.name} in ${place} on ${DAYS[metOn.getUTCDay()]}, as the two governments pressed ahead with talks on ${topic} worth about $${figure} million.`,
    "",
    `"${quote}," ${a.surname} told reporters after the meeting.`,
    "",
    `${b.surname} said ${reported}.`,
  );
  const meetings = [{ participants: [a.name, b.name], date: iso(metOn), place }];
  const statements = [
    { speaker: a.name, keywords: [quote.split(" ").slice(0, 4).join(" ")] },
    { speaker: b.name, keywords: [reported.split(" ").slice(0, 4).join(" ")] },
  ];
  if (withCall) {
    lines.push("", `On ${DAYS[callOn.getUTCDay()]}, ${a.surname} spoke by phone with ${c.adjective} ${c.role} ${c.name} about the same issue.`);
    meetings.push({ participants: [a.name, c.name], date: iso(callOn), place: null, kind: "call" });
  }
  if (withCancelled) {
    lines.push("", `A planned meeting between ${b.surname} and ${d.adjective} ${d.role} ${d.name} was postponed, officials said.`);
  }
  lines.push("", `(Reporting by ${pick(COUNTRIES)[3][0]} ${pick(COUNTRIES)[4][1]}; Editing by ${pick(COUNTRIES)[3][1]} ${pick(COUNTRIES)[4][2]})`);
  return { text: lines.join("\n"), expected: { title, published: iso(published), meetings, statements } };
}
