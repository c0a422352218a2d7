import './roosterModules';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import RichTextEditor from '../../../../../src/ui/authoring/editor/RichTextEditor';
import type { RichTextEditorProps } from '../../../../../src/ui/authoring/editor/RichTextEditor';
const { loadLocModule } = require('../../../../setup/locStrings') as { loadLocModule(f: string, l: string): IHelpCenterArticleEditorStrings };

setIconOptions({ disableWarnings: true });
const strings = loadLocModule('articleEditor', 'fr-fr').articleEditor;
const ATTACHMENT = '/sites/hc/Lists/KnowledgeDrafts/Attachments/7/image.png';
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type HarnessProps = Partial<RichTextEditorProps> & { seen: string[] };

function Harness(props: HarnessProps): React.ReactElement {
  const [value, setValue] = React.useState(props.value || '<p>Bonjour</p>');
  const { seen, ...rest } = props;
  return <RichTextEditor label="Contenu de l'article" language="fr" strings={strings} onPasteImage={() => Promise.resolve(ATTACHMENT)}
    {...rest} value={value} onChange={h => { seen.push(h); setValue(h); }} />;
}

/** A clipboard as the browser hands it to a paste event. */
function clipboard(html: string, files: File[] = []): DataTransfer {
  const items = [
    ...(html ? [{ kind: 'string', type: 'text/html', getAsString: (cb: (s: string) => void) => cb(html), getAsFile: () => null }] : []),
    ...files.map(f => ({ kind: 'file', type: f.type, getAsString: () => undefined, getAsFile: () => f }))
  ];
  return {
    types: [...(html ? ['text/html'] : []), ...(files.length ? ['Files'] : [])],
    items, files, getData: (t: string) => (t === 'text/html' ? html : ''), setData: () => undefined, clearData: () => undefined, dropEffect: 'none', effectAllowed: 'all'
  } as unknown as DataTransfer;
}

function placeCaretAtEnd(box: HTMLElement): void {
  box.focus();
  const range = document.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  const sel = window.getSelection() as Selection;
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

const last = (seen: string[]): string => seen[seen.length - 1];

// jsdom lays nothing out: roosterjs asks a range's position (to keep the caret in view) and Fluent's FocusZone moves
// between buttons it sees side by side. Give them the layout a browser would.
beforeAll(() => {
  Range.prototype.getBoundingClientRect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) });
});
function layOut(toolbar: HTMLElement): void {
  toolbar.querySelectorAll('button').forEach((b, i) => {
    (b as unknown as { isVisible: boolean }).isVisible = true;
    b.getBoundingClientRect = () => ({ left: i * 32, right: i * 32 + 32, top: 0, bottom: 32, width: 32, height: 32, x: i * 32, y: 0, toJSON: () => ({}) });
  });
}

it('is a text area named by its label, described by its help and error', () => {
  render(<Harness seen={[]} errorMessage="Le contenu est obligatoire." />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  expect(box).toHaveAttribute('contenteditable', 'true');
  expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(box).toHaveAttribute('lang', 'fr');
  expect(box).toHaveAccessibleDescription(expect.stringContaining('Le contenu est obligatoire.'));
  expect(box).toHaveTextContent('Bonjour');
});

it('sends what is typed, sanitised', async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  await userEvent.type(box, ' à tous');
  await waitFor(() => expect(last(seen)).toContain('Bonjour à tous'));
  expect(last(seen)).not.toMatch(/style=|<span/);
});

it('has a toolbar reached by Alt+F10, walked with the arrow keys, whose buttons format the text and give the focus back', async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  const toolbar = screen.getByRole('toolbar', { name: strings.toolbar });
  expect(toolbar).toHaveAttribute('aria-controls', box.id);
  layOut(toolbar);
  placeCaretAtEnd(box);
  const range = document.createRange();
  range.selectNodeContents(box.querySelector('p') as HTMLElement);
  (window.getSelection() as Selection).removeAllRanges();
  (window.getSelection() as Selection).addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  fireEvent.keyDown(box, { key: 'F10', altKey: true });
  const heading = screen.getByRole('button', { name: strings.heading2 });
  expect(heading).toHaveFocus();
  fireEvent.keyDown(heading, { key: 'ArrowRight', which: 39, keyCode: 39 });
  expect(screen.getByRole('button', { name: strings.heading3 })).toHaveFocus();
  fireEvent.keyDown(screen.getByRole('button', { name: strings.heading3 }), { key: 'ArrowRight', which: 39, keyCode: 39 });
  const bold = screen.getByRole('button', { name: strings.bold });
  expect(bold).toHaveFocus();
  expect(bold).toHaveAttribute('aria-pressed', 'false');
  expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  fireEvent.click(bold);
  await waitFor(() => expect(last(seen)).toMatch(/<(b|strong)>Bonjour<\/(b|strong)>/));
  expect(box).toHaveFocus();
  await waitFor(() => expect(screen.getByRole('button', { name: strings.bold })).toHaveAttribute('aria-pressed', 'true'));
  fireEvent.click(screen.getByRole('button', { name: strings.heading2 }));
  await waitFor(() => expect(last(seen)).toMatch(/^<h2>/));
  fireEvent.click(screen.getByRole('button', { name: strings.undo }));
  await waitFor(() => expect(last(seen)).toMatch(/^<p>/));
  fireEvent.keyDown(screen.getByRole('button', { name: strings.bold }), { key: 'Escape' });
  expect(box).toHaveFocus();
});

it('inserts a link from Ctrl+K, refusing a javascript: address', async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  const range = document.createRange();
  range.selectNodeContents(box.querySelector('p') as HTMLElement);
  box.focus();
  (window.getSelection() as Selection).removeAllRanges();
  (window.getSelection() as Selection).addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  fireEvent.keyDown(box, { key: 'k', ctrlKey: true });
  const address = screen.getByRole('textbox', { name: strings.linkAddress });
  await userEvent.type(address, 'javascript:alert(1)');
  fireEvent.click(screen.getByRole('button', { name: strings.linkInsert }));
  expect(await screen.findByText(strings.linkInvalid)).toBeInTheDocument();
  await userEvent.clear(address);
  await userEvent.type(address, 'aide.example.org/wifi');
  fireEvent.keyDown(address, { key: 'Enter' });
  await waitFor(() => expect(last(seen)).toContain('<a href="https://aide.example.org/wifi" rel="noopener noreferrer">Bonjour</a>'));
  expect(screen.queryByRole('textbox', { name: strings.linkAddress })).not.toBeInTheDocument();
});

it('uploads an image pasted in HTML and shows it from the returned URL', async () => {
  const seen: string[] = [];
  const uploaded: File[] = [];
  const onPasteImage = (f: File): Promise<string> => { uploaded.push(f); return Promise.resolve(ATTACHMENT); };
  render(<Harness seen={seen} onPasteImage={onPasteImage} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  fireEvent.paste(box, { clipboardData: clipboard(`<p>Capture :</p><p><img src="data:image/png;base64,${PNG}" alt="écran"></p>`) });
  await waitFor(() => expect(uploaded).toHaveLength(1));
  expect(uploaded[0].type).toBe('image/png');
  expect(uploaded[0].name).toMatch(/^image-.*\.png$/);
  await waitFor(() => expect(last(seen)).toContain(`src="${ATTACHMENT}"`));
  expect(last(seen)).toContain('Capture :');
  expect(last(seen)).not.toContain('data:');
  expect(box.querySelector('img')).toHaveAttribute('src', ATTACHMENT);
});

it('uploads a pasted screenshot (a file alone) and inserts it', async () => {
  const seen: string[] = [];
  const uploaded: File[] = [];
  render(<Harness seen={seen} onPasteImage={f => { uploaded.push(f); return Promise.resolve(ATTACHMENT); }} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  const shot = new File([new Uint8Array(100)], 'capture.png', { type: 'image/png' });
  fireEvent.paste(box, { clipboardData: clipboard('', [shot]) });
  await waitFor(() => expect(last(seen)).toContain(`src="${ATTACHMENT}"`));
  expect(uploaded).toEqual([shot]);
  expect(last(seen)).toContain('Bonjour');
  // Not described yet: decorative for screen readers, in the editor as in the stored body.
  expect(last(seen)).toContain(`<img src="${ATTACHMENT}" alt="">`);
  expect(box.querySelector('img')).toHaveAttribute('alt', '');
});

it('refuses a file that is too large or not an image with a message, keeping the text', async () => {
  const seen: string[] = [];
  const uploaded: File[] = [];
  render(<Harness seen={seen} onPasteImage={f => { uploaded.push(f); return Promise.resolve(ATTACHMENT); }} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'enorme.png', { type: 'image/png' });
  const doc = new File(['x'], 'notes.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  fireEvent.drop(box, { dataTransfer: clipboard('', [big, doc]) });
  // The message shows at once as text, then in Fluent's MessageBar once its chunk has loaded.
  await waitFor(() => {
    expect(screen.getByRole('status')).toHaveTextContent(/« enorme\.png » dépasse 5 Mo/);
    expect(screen.getByRole('status')).toHaveTextContent(/« notes\.docx » n'est pas une image/);
  });
  expect(uploaded).toEqual([]);
  expect(box).toHaveTextContent('Bonjour');
});

it('removes a pasted image whose upload fails and says so, keeping the pasted text', async () => {
  const seen: string[] = [];
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<Harness seen={seen} onPasteImage={() => Promise.reject(new Error('403'))} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  fireEvent.paste(box, { clipboardData: clipboard(`<p>Étape 2</p><img src="data:image/png;base64,${PNG}">`) });
  await waitFor(() => expect(screen.getByText(/n'a pas pu être enregistrée/)).toBeInTheDocument());
  await waitFor(() => expect(box.querySelector('img')).toBeNull());
  expect(last(seen)).toContain('Étape 2');
  expect(last(seen)).not.toContain('<img');
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});

it('sanitises hostile pasted HTML: scripts, handlers, javascript: links, frames, foreign images', async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  fireEvent.paste(box, { clipboardData: clipboard('<p onclick="steal()">Texte <a href="javascript:alert(1)">piège</a> <a href="https://ok.example.org">sûr</a></p><script>alert(1)</script><iframe src="https://evil.example"></iframe><img src="https://evil.example/x.png" onerror="alert(1)"><svg><script>alert(2)</script></svg>') });
  await waitFor(() => expect(last(seen)).toContain('Texte'));
  const html = last(seen);
  expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe|evil|svg/i);
  expect(html).toContain('<a href="https://ok.example.org" rel="noopener noreferrer">sûr</a>');
  expect(box.innerHTML).not.toMatch(/onclick|onerror|javascript:|<iframe|<script/i);
  await waitFor(() => expect(screen.getByText(strings.imageFromOtherSite)).toBeInTheDocument());
});

it('keeps a template body (its section marks) through the editor, and takes a new value from the page', async () => {
  const seen: string[] = [];
  const body = '<h2 data-hc-section="goal">Objectif</h2><p>Se connecter</p><h2 data-hc-section="steps">Étapes</h2><ol><li>Ouvrir</li></ol>';
  const { rerender } = render(<RichTextEditor label="Contenu" language="fr" strings={strings} value={body} onChange={h => seen.push(h)} onPasteImage={() => Promise.resolve(ATTACHMENT)} />);
  const box = screen.getByRole('textbox', { name: 'Contenu' });
  placeCaretAtEnd(box);
  await userEvent.type(box, 'x');
  await waitFor(() => expect(last(seen)).toContain('<h2 data-hc-section="goal">Objectif</h2>'));
  expect(last(seen)).toContain('<h2 data-hc-section="steps">Étapes</h2>');
  expect(last(seen)).not.toContain(' id=');
  rerender(<RichTextEditor label="Contenu" language="fr" strings={strings} value="<p>Autre article</p>" onChange={h => seen.push(h)} onPasteImage={() => Promise.resolve(ATTACHMENT)} />);
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Contenu' })).toHaveTextContent('Autre article'));
  expect(screen.getByRole('textbox', { name: 'Contenu' })).not.toHaveTextContent('Objectif');
});

it('describes a selected image (its alt text); an image not described yet is decorative', async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} value={`<p>Écran</p><p><img src="${ATTACHMENT}"></p>`} />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  placeCaretAtEnd(box);
  await userEvent.type(box, '!');
  await waitFor(() => expect(last(seen)).toContain(`<img src="${ATTACHMENT}" alt="">`));
  const describe = screen.getByRole('button', { name: strings.imageDescription });
  expect(describe).toBeDisabled();
  // The image alone selected, as a click on it selects it.
  const range = document.createRange();
  range.selectNode(box.querySelector('img') as HTMLImageElement);
  (window.getSelection() as Selection).removeAllRanges();
  (window.getSelection() as Selection).addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  fireEvent.keyUp(box, { key: 'ArrowRight' });
  await waitFor(() => expect(screen.getByRole('button', { name: strings.imageDescription })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: strings.imageDescription }));
  const field = screen.getByRole('textbox', { name: strings.imageDescription });
  await userEvent.type(field, 'Réglages Wi-Fi{Enter}');
  await waitFor(() => expect(last(seen)).toContain(`<img src="${ATTACHMENT}" alt="Réglages Wi-Fi">`));
  expect(screen.queryByRole('textbox', { name: strings.imageDescription })).not.toBeInTheDocument();
});

it('is read-only when disabled', () => {
  render(<Harness seen={[]} disabled />);
  const box = screen.getByRole('textbox', { name: "Contenu de l'article" });
  expect(box).toHaveAttribute('contenteditable', 'false');
  expect(box).toHaveAttribute('aria-readonly', 'true');
  expect(screen.getByRole('button', { name: strings.bold })).toBeDisabled();
  act(() => undefined);
});
