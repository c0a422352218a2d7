import { createModelFromHtml } from 'roosterjs-content-model-core';
import { fileFromDataUri, imageProblem, isFileTransfer, MAX_IMAGE_BYTES, replaceImageSource } from '../../../../../src/ui/authoring/editor/pastedImages';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

it.each([
  ['image/png', 10, undefined],
  ['image/jpeg', MAX_IMAGE_BYTES, undefined],
  ['image/webp', MAX_IMAGE_BYTES + 1, 'tooLarge'],
  ['image/svg+xml', 10, 'notImage'],
  ['application/pdf', 10, 'notImage'],
  ['', 10, 'notImage']
])('a %s file of %i bytes: %s', (type, size, problem) => {
  expect(imageProblem({ type, size })).toBe(problem);
});

it('turns a data: image into the file it holds', () => {
  const file = fileFromDataUri(PNG, 'image-1') as File;
  expect(file.name).toBe('image-1.png');
  expect(file.type).toBe('image/png');
  expect(file.size).toBe(70);
  expect(fileFromDataUri('https://example.org/a.png', 'x')).toBeUndefined();
});

it('tells a paste of files alone from a paste of text with images', () => {
  const t = (html: string, files: number): DataTransfer => ({ files: Array.from({ length: files }, () => new File(['x'], 'a.png')), getData: () => html }) as unknown as DataTransfer;
  expect(isFileTransfer(t('', 1))).toBe(true);
  expect(isFileTransfer(t('<img src="https://example.org/a.png">', 1))).toBe(true);
  expect(isFileTransfer(t('<p>Texte</p><img src="x">', 1))).toBe(false);
  expect(isFileTransfer(t('<p>Texte</p>', 0))).toBe(false);
  expect(isFileTransfer(undefined)).toBe(false);
});

it('swaps an image source everywhere it is (lists, tables), or removes the image', () => {
  const model = createModelFromHtml(`<p>a<img src="${PNG}"></p><ul><li><img src="${PNG}"></li></ul><table><tr><td><img src="${PNG}"></td></tr></table><p><img src="/other.png"></p>`);
  expect(replaceImageSource(model, PNG, '/sites/hc/Lists/D/Attachments/1/a.png')).toBe(true);
  const sources: string[] = [];
  JSON.stringify(model, (key, value) => { if (key === 'src') sources.push(value as string); return value; });
  expect(sources).toEqual(['/sites/hc/Lists/D/Attachments/1/a.png', '/sites/hc/Lists/D/Attachments/1/a.png', '/sites/hc/Lists/D/Attachments/1/a.png', '/other.png']);
  expect(replaceImageSource(model, '/other.png', undefined)).toBe(true);
  expect(replaceImageSource(model, '/other.png', undefined)).toBe(false);
  expect(JSON.stringify(model)).not.toContain('/other.png');
});
