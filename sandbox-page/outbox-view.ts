// The emails the script sent: a list, and one message with its headers, plain text and HTML (in a sandboxed frame).
import { api, type SentEmail } from './api';

function header(list: HTMLDListElement, name: string, value: string): void {
  if (!value) return;
  const term = document.createElement('dt');
  term.textContent = name;
  const detail = document.createElement('dd');
  detail.textContent = value;
  list.append(term, detail);
}

function messageView(message: SentEmail, back: () => void): HTMLElement[] {
  const backButton = document.createElement('button');
  backButton.type = 'button';
  backButton.textContent = '← All emails';
  backButton.addEventListener('click', back);
  const headers = document.createElement('dl');
  header(headers, 'From', message.name ?? '');
  header(headers, 'To', message.to.join(', '));
  header(headers, 'Cc', message.cc.join(', '));
  header(headers, 'Bcc', message.bcc.join(', '));
  header(headers, 'Reply-To', message.replyTo ?? '');
  header(headers, 'Subject', message.subject);
  header(headers, 'Sent', new Date(message.sentAt).toLocaleString());
  const parts: HTMLElement[] = [backButton, headers];
  if (message.htmlBody !== null) {
    // No scripts, no forms, no same-origin access: the email's HTML is only drawn.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', '');
    frame.title = 'HTML body';
    frame.srcdoc = message.htmlBody;
    parts.push(frame);
  }
  const plain = document.createElement('pre');
  plain.textContent = message.body;
  parts.push(plain);
  return parts;
}

/** Fills `element` with the outbox, newest email first. */
export async function showOutbox(element: HTMLElement): Promise<void> {
  const messages = (await api<SentEmail[]>('/api/outbox')).slice().reverse();
  const list = () => {
    if (messages.length === 0) {
      const empty = document.createElement('p');
      empty.textContent = 'No email sent yet. Turn on automation, then move the clock on.';
      element.replaceChildren(empty);
      return;
    }
    element.replaceChildren(
      ...messages.map((message) => {
        const item = document.createElement('button');
        item.type = 'button';
        item.className = 'message';
        item.textContent = `${message.subject} — ${message.to.join(', ')}`;
        item.addEventListener('click', () => element.replaceChildren(...messageView(message, list)));
        return item;
      }),
    );
  };
  list();
}
