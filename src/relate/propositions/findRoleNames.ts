import type { ArticleRecord } from '../../model/articleRecord.js';
import { canNamePerson } from '../../analyze/statements/wordClass.js';

/** Words that stand before a name without being a role: 'said Vasko Dren', 'by Emil Vantosh'. */
const notRoles = new Set(['said', 'says', 'told', 'tells', 'by', 'of', 'and', 'or', 'with', 'to', 'from', 'that', 'as', 'for', 'according', 'when', 'where', 'whom', 'who', 'is', 'was', 'were', 'are', 'be', 'been', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'in', 'on', 'at', 'than', 'but', 'if', 'while', 'asked', 'added', 'wrote', 'named', 'called', 'about', 'like', 'after', 'before', 'against', 'between', 'whether', 'because', 'since', 'not', 'no', 'mr', 'ms', 'mrs', 'dr', 'man', 'woman', 'person', 'one', 'people']);

/**
 * The roles an article gives its people by apposition, so a description
 * elsewhere in it can be read as the person: "his deputy, Emil Vantosh"
 * and 'Emil Vantosh, his deputy,' make 'deputy' -> Emil Vantosh; 'the
 * ministry's spokesman, Colonel Teodor Maslan' makes 'spokesman' (and
 * 'colonel') -> Teodor Maslan; 'actress Lindsay Lohan' makes 'actress' ->
 * Lindsay Lohan. The first person given a role keeps it.
 */
export function findRoleNames(record: ArticleRecord): Map<string, string> {
  const roles = new Map<string, string>();
  const give = (word: string | undefined, person: string) => {
    const role = word?.toLowerCase();
    if (role && role.length >= 3 && !notRoles.has(role) && !roles.has(role)) roles.set(role, person);
  };
  for (const entity of record.entities) {
    if (entity.type !== 'person') continue;
    const before = record.text.slice(Math.max(0, entity.start - 40), entity.start);
    // Only a role that stands as one: 'his deputy, Emil Vantosh', "the ministry's spokesman Teodor Maslan"; not 'according to witnesses Vasko Dren'.
    const after = record.text.slice(entity.end, entity.end + 80);
    // With a comma between, the apposition must close after the name: 'his deputy, Emil Vantosh, was killed'; not
    // 'asked about that view of the video, Maslan said'.
    const role = /(?:^|[^\p{L}])(?:the|his|her|their|its|\p{L}+['’]s)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(,?)\s+$/u.exec(before);
    if (role && (!role[2] || /^[,;.)]/u.test(after))) give(role[1], entity.canonical);
    // A title with no article: 'actress Lindsay Lohan', 'Saints receiver Lance Jackson', when the word can name a person.
    // Capitalised only where a sentence starts ('Actress Lindsay Lohan checked in'), or it may be part of the name.
    const title = /(^|[^\p{L}'’-])(\p{L}[\p{Ll}-]+)\s+$/u.exec(before);
    const startsSentence = (at: number) => at === 0 || /(?:^|[.!?"“]\s*|\n\s*)$/u.test(record.text.slice(Math.max(0, at - 3), at));
    const titleAt = title ? entity.start - before.length + title.index + title[1].length : -1;
    if (title && (/^\p{Ll}/u.test(title[2]) || startsSentence(titleAt)) && canNamePerson(title[2].toLowerCase())) give(title[2], entity.canonical);
    // 'Vasko Dren, the Oren Valley Front commander who survived ...': names may stand between, a relative clause may follow.
    give(/^,\s+(?:his|her|their|its|the|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}+)(?:[,.;]|\s+(?:who|whose)\b)/u.exec(after)?.[1], entity.canonical);
    // 'Fred LaRue, a high-ranking Nixon administration official who ...', 'Esther Williams, swimming champion, actress':
    // an indefinite or bare apposition, when its last word can name a person (not 'Fred LaRue, a native of Mississippi,').
    const described = /^,\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,4}?(\p{Ll}+)(?:[,.;]|\s+(?:who|whose)\b)/u.exec(after)?.[1];
    if (described && canNamePerson(described)) give(described, entity.canonical);
  }
  return roles;
}

/** Words for a leader that no word list of people holds: 'chief' in 'provincial security chief'. */
const leaderWords = new Set(['chief', 'head', 'commander', 'leader', 'director', 'boss']);

/** Words of a description that say nothing of whom it describes. */
const descriptionStopWords = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'at', 'on', 'and', 'to', 'who', 'whose', 'his', 'her', 'their', 'its', 'has', 'had', 'was', 'is']);

/** The lower-case words of a description: "the head of the provincial security directorate" -> head, provincial, security, directorate. */
const contentWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '')).filter((w) => !descriptionStopWords.has(w));

/**
 * The words an article describes each of its people with, by apposition or
 * a title in lower case: 'Colonel Aurel Danek, the head of the provincial
 * security directorate,' -> Aurel Danek: head, provincial, security,
 * directorate; 'provincial security chief Aurel Danek' the same. So a
 * description elsewhere ('provincial security chief admits ...') can be
 * read as the one person it fits.
 */
export function findDescriptions(record: ArticleRecord): Map<string, Set<string>> {
  const descriptions = new Map<string, Set<string>>();
  for (const entity of record.entities) {
    if (entity.type !== 'person') continue;
    const words = descriptions.get(entity.canonical) ?? new Set<string>();
    const after = /^,\s+((?:the|his|her|their|its|\p{L}+['’]s)\s+[^,.;:"“”()]{3,80}?)(?:[,.;]|\s+(?:who|whose)\b)/u.exec(record.text.slice(entity.end, entity.end + 100))?.[1];
    // A title in lower case ends in a word for a person: 'provincial security chief Aurel Danek', not 'the villagers described was Dren'.
    const title = /(?<![\p{L}'’-])((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+)\s+)$/u.exec(record.text.slice(Math.max(0, entity.start - 40), entity.start));
    const before = title && (leaderWords.has(title[2]) || canNamePerson(title[2])) ? title[1] : undefined;
    for (const text of [after, before]) for (const word of text ? contentWords(text) : []) if (!notRoles.has(word)) words.add(word);
    if (words.size) descriptions.set(entity.canonical, words);
  }
  return descriptions;
}
