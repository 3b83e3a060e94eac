// Sidebar entry: renders the formula reference. Sheet values are only ever set as text.
import { callServer } from './server';

function element(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

async function showFormulas(): Promise<void> {
  const status = document.getElementById('status')!;
  const list = document.getElementById('formulas')!;
  try {
    const formulas = await callServer('getFormulaReference');
    list.replaceChildren(
      ...formulas.map((f) => {
        const item = document.createElement('li');
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

void showFormulas();
