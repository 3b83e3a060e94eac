// The Formulas tab of the sidebar: the CRM_ formula reference, from the same registry as the bundle.
import { byId, element } from './dom';
import { callServer } from './server';

/** Loads the reference once into #formulas. */
export async function showFormulas(): Promise<void> {
  const status = byId('formulas-status');
  const list = byId('formulas');
  try {
    const formulas = await callServer('getFormulaReference');
    list.replaceChildren(
      ...formulas.map((f) => {
        const item = element('li');
        item.append(element('code', '', `=${f.name}(${f.params.map((p) => p.name).join(', ')})`));
        item.append(element('div', '', f.description));
        for (const p of f.params) item.append(element('div', 'param', `${p.name}: ${p.description}`));
        return item;
      }),
    );
    status.textContent = `${formulas.length} formulas`;
  } catch (error) {
    status.className = 'error';
    status.textContent = `Could not load the formulas: ${(error as Error).message}`;
  }
}
