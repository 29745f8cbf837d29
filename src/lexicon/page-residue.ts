/**
 * Single page tools as they appear side by side in a toolbar row ("Print | Email | Share",
 * "Menu  Search  Sign in"), as a regex alternation. A row needs two or more of them.
 */
const PAGE_TOOL = [
  "menu", "search", "sign in", "sign up", "log ?in", "log out", "register", "subscribe", "home", "print", "e-?mail", "share",
  "share on \\w+", "save", "comments?", "\\d+ comments?", "listen", "font size", "text size", "a\\+", "a-", "facebook", "twitter", "x", "whatsapp", "linkedin", "copy link",
].join("|");

/** Section names of a news site's menu ("News  Politics  Business  Sport"), as a regex alternation. */
const SECTION = [
  "news", "latest", "world", "politics", "business", "economy", "markets", "sports?", "opinion", "editorial", "lifestyle",
  "entertainment", "culture", "arts", "tech(?:nology)?", "science", "health", "education", "travel", "video", "photos",
  "podcasts?", "e-?paper", "local", "national", "africa", "asia", "europe", "americas", "middle east", "features", "weather",
].join("|");

/**
 * Lines that are page furniture, not article text: media players, share
 * buttons, newsletter prompts. Each rule: id, pattern (whole line), example.
 */
export const RESIDUE_RULES: ReadonlyArray<{ id: string; re: RegExp; example: string }> = [
  { id: "player-time", re: /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i, example: "0:00" },
  { id: "advertisement", re: /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?)$/i, example: "Advertisement" },
  { id: "share", re: /^(?:share|share this(?: article| story)?|share on \w+|tweet|print|email|copy link)$/i, example: "Share this article" },
  { id: "read-more", re: /^(?:read more|related|see also|more from [\w ]+|recommended)\b.{0,200}$/i, example: "Read more: Altamira to buy Stroomnet" },
  { id: "newsletter", re: /^.{0,60}\b(?:sign up|subscribe)\b.{0,80}$/i, example: "Sign up for our newsletter" },
  { id: "read-time", re: /^\d+\s+min(?:ute)?s?\s+read$/i, example: "4 min read" },
  { id: "listen", re: /^(?:listen to (?:this )?(?:article|story)|audio)\b.{0,40}$/i, example: "Listen to this article" },
  { id: "skip-link", re: /^skip to (?:the )?(?:main )?(?:content|navigation|article)$/i, example: "Skip to main content" },
  { id: "send-page", re: /^(?:send|e-?mail|forward) this (?:page|article|story)\b.{0,40}$/i, example: "Send this page to someone via email" },
  { id: "summary-label", re: /^(?:in summary|summary|key points|highlights|story highlights|what you need to know)$/i, example: "In Summary" },
  // ("0 SHARES Share Tweet", "Share Tweet Pin Email": a row of share buttons, maybe with a share count first.)
  { id: "share-row", re: /^(?:\d[\d,.]*k?\s+shares?\s+)?(?:share|tweet|pin|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|reddit|print)(?:\s+(?:share|tweet|pin|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|reddit|print))*$/i, example: "0 SHARES Share Tweet" },
  // ("[Source: Harbour Office/ Facebook]": where the page took the story from, in brackets on a line of its own.)
  { id: "source-note", re: /^\[\s*(?:source|photo|image|video|file|credit|courtesy)s?\s*:[^\]]{1,120}\]$/i, example: "[Source: Harbour Office/ Facebook]" },
  { id: "section-label", re: /^(?:all|latest|top|more) (?:news|stories|articles|headlines)$/i, example: "All News" },
  { id: "page-tools", re: /^(?:e-?tools|tools|menu|search|log ?in|sign in|back to top|print(?: this (?:page|article|story))?|font size|text size|comments?)$/i, example: "E-Tools" },
  // A row of several page tools on one line, with or without separators: every word a tool, none a sentence.
  { id: "tool-row", re: new RegExp(`^(?:${PAGE_TOOL})(?:(?:\\s*[|·•/]\\s*|\\s+)(?:${PAGE_TOOL}))+$`, "i"), example: "Menu  Search  Sign in" },
  // A site menu copied as one line: four or more menu items (sections or tools), nothing else.
  { id: "section-row", re: new RegExp(`^(?:(?:${SECTION}|${PAGE_TOOL})(?:\\s*[|·•/]\\s*|\\s+)){3,}(?:${SECTION}|${PAGE_TOOL})$`, "i"), example: "Menu  Home  News  Politics  Business  Sport  E-Paper" },
  // A news ticker: a flash word, then two or more headlines split by bars ("BREAKING: Fuel up | House adjourns").
  { id: "ticker", re: /^(?:BREAKING(?: NEWS)?|JUST IN|LATEST|TRENDING|FLASH)\s*[:|–—-]\s+[^|·•]{3,150}(?:\s[|·•]\s+[^|·•]{3,150})+$/i, example: "BREAKING: Ferry fares to rise  |  Port strike called off" },
  { id: "app-prompt", re: /^(?:open in (?:the )?app|get the app|download (?:the |our )?app|continue in (?:the )?app|read (?:it )?in (?:the )?app)$/i, example: "Open in app" },
  { id: "paywall", re: /^(?:you have (?:\d+|one|two|three) free (?:articles?|stories|reads?)\b.{0,60}|already (?:a subscriber|have an account)\??.{0,40}|subscribe (?:now )?to (?:continue|keep) reading.{0,40}|this (?:article|story|content) is (?:for|available to) (?:subscribers|members) only.{0,20})$/i, example: "You have 3 free articles left this month" },
  // "Updated 2 hours ago": a page's relative time, no date and no headline.
  { id: "relative-time", re: /^(?:(?:updated|published|posted|last updated|modified)\s+)?(?:\d{1,2}|an?|one|two|three) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago$|^just now$/i, example: "Updated 2 hours ago" },
  { id: "media-label", re: /^\((?:video|watch|audio|photos?|gallery)\)/i, example: "(Video) Minister speaks to the press" },
  { id: "photo-credit", re: /^(?:photo|photograph|image|picture)s?(?: by)?:\s*[^.]{2,80}$/i, example: "Photo by: Bloomberg" },
  { id: "copyright", re: /^(?:©|\(c\)|copyright\b)\s*.{0,120}$/i, example: "© 2025 Andean Daily. All rights reserved." },
  { id: "nav-bar", re: /^[^|·•>›»]{1,30}(?:\s[|·•>›»]\s[^|·•>›»]{1,30}){2,}$/, example: "Home | World | Subscribe" },
  // Each crumb a short capitalised name without sentence punctuation or figures ("Prices rose > 5%, …" is prose).
  { id: "breadcrumb", re: /^\p{Lu}[^|·•>›».,;:!?%\d]{0,29}(?:\s[>›»]\s\p{Lu}[^|·•>›».,;:!?%\d]{0,29})+$/u, example: "Home > World > Africa" },
];

/**
 * Flash words that open a headline or a first paragraph ("BREAKING: …") and
 * are no part of what it says. Matched at the start, with their separator.
 */
/**
 * Words a page writes before a colon that name no speaker ("Announcement: …", "Please note: …", "Related articles: …"):
 * a paragraph opening with one is no transcript turn. Lower case; compiled by hand from saved news and government pages.
 */
export const PAGE_LABELS: ReadonlySet<string> = new Set([
  "announcement", "announcements", "note", "please note", "nb", "update", "updated", "source", "sources", "photo", "photos",
  "related", "related articles", "related stories", "tags", "archive", "statement", "press release", "correction",
  "disclaimer", "editor's note", "editor’s note", "read more", "read also", "see also", "category", "categories", "posted",
  "published", "author", "share", "video", "watch", "breaking", "exclusive", "analysis", "opinion", "live", "topics",
  "keywords", "location", "date", "time", "venue", "subject", "summary", "background", "contact", "media contact",
  "caption", "credit", "image", "file", "attachment", "highlights", "also read", "advertisement", "comments",
]);
export const KICKER = /^(?:BREAKING(?: NEWS)?|JUST IN|UPDATE[D]?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|FLASH)\s*[:|–—-]\s+/u;
export const KICKER_EXAMPLE = "BREAKING: Ministers meet in Oslo";

/**
 * Lines that credit the reporting rather than tell the story.
 * "Tom Ozimek and Reuters contributed to this report."
 */
export const BYLINE_RULES: ReadonlyArray<{ id: string; re: RegExp; example: string }> = [
  { id: "by", re: /^By:?\s+\p{Lu}[^.!?]{1,150}$/u, example: "By Park Seo-yeon" },
  // "Chuks Okocha in Abuja": a reporter and the city filed from, on a line of their own.
  { id: "name-in-city", re: /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?$/u, example: "Amara Eze in Lagos" },
  { id: "contributed", re: /^.{2,200}\bcontributed to this (?:report|story|article)\.?$/i, example: "Emily Tran and The Associated Press contributed to this report." },
  { id: "reporting-by", re: /^\(?(?:additional\s+)?(?:reporting|writing|editing) by\b.{1,300}$/i, example: "(Reporting by Carla Reyes; editing by Tom Hale)" },
];

/**
 * A photo credit closing a caption: "(Lintao Zhang/Getty Images)",
 * "(KFA handout)", "Photograph: Matt Kirby/ProSport Images", "… in Oslo. PHOTO By Ana Lind, NRF".
 * (A "photo by" credit only after a sentence's end or opening the line: "a photo by the river" is prose.)
 */
export const CAPTION_CREDIT =
  /(?:\((?:photo(?:graph)?:\s*)?[^()]{2,120}(?:\/[^()]*|\b(?:handout|photo|images|pool|file|getty|reuters|afp|ap|epa|via)\b[^()]*)\)|\b(?:Photograph|Photo|Credit):\s*[^.]{2,120}|(?:^|(?<=[.!?]\s+))(?:photo(?:graph)?s?|pictures?|pics?)\s+(?:by|courtesy(?:\s+of)?)\s*:?\s+[^.]{2,120})\s*$/i;
