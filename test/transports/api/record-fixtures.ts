/** Made-up articles for the record's tests: one person in two articles, a namesake, a call, a planned meeting, a caption. */
export const LISBON = `Ministers meet in Lisbon over fishing rights

LISBON, May 4, 2024 (Wire) - Portuguese Foreign Minister Rui Almeida met Spanish Foreign Minister Elena Castro in Lisbon on Tuesday.

"We have agreed on a common plan," Almeida told reporters.

Photo: Rui Almeida and Elena Castro in Lisbon. (Wire/Ana Sousa)

(Reporting by Ana Sousa; editing by Tom Hale)`;

export const NAIROBI = `Portugal and Kenya talk trade by phone

NAIROBI, June 12, 2024 (Wire) - Kenyan Foreign Minister Grace Mutua spoke by phone with Portuguese Foreign Minister Rui Almeida on Tuesday.

Almeida said the two countries would sign a trade pact next month.

Almeida is due to meet Spanish Foreign Minister Elena Castro in Madrid next month.`;

export const RIO = `Singer opens new album in Rio

RIO DE JANEIRO, July 3, 2024 (Wire) - Brazilian singer Rui Almeida met Tom Vale, a record producer, in Rio de Janeiro on Monday.

"Music is my life," Almeida said.`;
