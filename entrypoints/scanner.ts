// Injected into the audited tab on a toolbar click (never registered in the manifest).
// Reads the page, changes nothing in it, and returns plain data.
import { collectFacts } from '../collectors';
import { measureVitals } from '../collectors/vitals';

export default defineUnlistedScript(async () => {
  const resourceNames = performance.getEntriesByType('resource').map((entry) => entry.name);
  const facts = collectFacts(document, { resourceNames });
  try {
    facts.vitals = await measureVitals(window);
  } catch (error) {
    facts.errors.push({ collector: 'vitals', message: String(error).slice(0, 300) });
  }
  return facts;
});
