// npm run draft -- article.txt [--title … --publisher … --published YYYY-MM-DD --url …]: the draft as native JSON.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { draftFromText } from '../src/draft/draft-from-text';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  console.error('usage: npm run draft -- article.txt [--title … --publisher … --published YYYY-MM-DD --url …]');
  process.exit(1);
}
const text = readFileSync(file, 'utf8');
const source = {
  id: 'article',
  title: flag('title') ?? text.split('\n')[0]?.trim() ?? basename(file),
  ...Object.fromEntries(['publisher', 'published', 'url'].flatMap((k) => (flag(k) ? [[k, flag(k)]] : []))),
};
const draft = draftFromText(text, source);
for (const warning of draft.warnings) console.error(`warning: ${warning}`);
const nodes = draft.actors.map((a) => ({
  key: a.key,
  attributes: { label: a.label, kind: a.kind, aliases: a.aliases, ...(a.role ? { role: a.role } : {}) },
}));
const edges = draft.relations.map((r) => ({
  key: r.key,
  source: r.source,
  target: r.target,
  attributes: {
    relation: r.relation,
    stance: r.stance,
    certainty: r.certainty,
    ...(r.date ? { date: r.date, dateText: r.dateText } : {}),
    evidence: [{ quote: r.quote, source: source.id }],
  },
}));
const graph = {
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  attributes: { title: source.title, sources: [source] },
  nodes,
  edges,
};
console.log(JSON.stringify(graph, null, 2));
