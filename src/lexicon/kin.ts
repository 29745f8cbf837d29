/**
 * Kin nouns: "the family of X", "X's brother", "his widow" name someone (or a
 * group) through the one they are kin to. `group`: the noun names several
 * people, kept as one participant (an organisation-like group). Source: common
 * kin terms of news copy.
 */
export const KIN_NOUNS: Readonly<Record<string, { group: boolean }>> = {
  family: { group: true }, relatives: { group: true }, parents: { group: true }, children: { group: true },
  brother: { group: false }, sister: { group: false }, mother: { group: false }, father: { group: false },
  son: { group: false }, daughter: { group: false }, wife: { group: false }, husband: { group: false },
  widow: { group: false }, widower: { group: false }, uncle: { group: false }, aunt: { group: false },
  cousin: { group: false }, nephew: { group: false }, niece: { group: false }, grandmother: { group: false }, grandfather: { group: false },
};
