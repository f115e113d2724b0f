import { unified } from 'unified';
import retextEnglish from 'retext-english';
const p = unified().use(retextEnglish).freeze();
const t = process.argv[2];
function show(n, d=0){ const pad=' '.repeat(d*2); if (n.children){ console.log(pad+n.type, n.position?.start.offset, n.position?.end.offset); n.children.forEach(c=>show(c,d+1)); } else console.log(pad+n.type, JSON.stringify(n.value)); }
show(p.parse(t));
