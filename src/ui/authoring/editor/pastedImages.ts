import { mutateSegment } from 'roosterjs-content-model-dom';
import type { ReadonlyContentModelBlockGroup, ReadonlyContentModelParagraph, ReadonlyContentModelImage } from 'roosterjs-content-model-types';

/**
 * Images pasted or dropped into an article: which ones the article may keep (PNG, JPEG, GIF or WebP up to 5 MB, the
 * attachment limit), a pasted `data:` image turned into the file to upload, and, once uploaded, its source swapped
 * for the attachment's URL in the editor's content model.
 */

/** The largest image an article takes (its attachments are stored in SharePoint as they are). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The image types an article shows (SVG is refused: it can carry script). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Why an image cannot be added. */
export type ImageProblem = 'tooLarge' | 'notImage';

/** What stops this file from being an article's image, if anything. */
export function imageProblem(file: { type: string; size: number }): ImageProblem | undefined {
  if (IMAGE_TYPES.indexOf(file.type.toLowerCase()) < 0) return 'notImage';
  return file.size > MAX_IMAGE_BYTES ? 'tooLarge' : undefined;
}

const DATA_URI = /^data:([\w/+.-]+);base64,([a-z0-9+/=\s]*)$/i;

/** The file a `data:` image holds (named `name.<type>`), or undefined for any other source. */
export function fileFromDataUri(src: string, name: string): File | undefined {
  const m = DATA_URI.exec(src);
  if (!m) return undefined;
  const type = m[1].toLowerCase();
  const binary = atob(m[2].replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const ext = type === 'image/jpeg' ? 'jpg' : type.split('/')[1] || 'bin';
  return new File([bytes], `${name}.${ext}`, { type });
}

/** The files a paste or a drop carries. */
export function transferredFiles(data: DataTransfer | undefined): File[] {
  if (!data) return [];
  const files: File[] = [];
  for (let i = 0; i < (data.files ? data.files.length : 0); i++) files.push(data.files[i]);
  return files;
}

/**
 * Whether a paste or drop is only files (a screenshot, images from the file explorer, "copy image" in a browser,
 * whose HTML holds nothing but the image's remote address): the files are uploaded, the HTML is not pasted.
 */
export function isFileTransfer(data: DataTransfer | undefined): boolean {
  if (!transferredFiles(data).length) return false;
  const html = data ? data.getData('text/html') : '';
  if (!html) return true;
  const box = document.createElement('template');
  box.innerHTML = html;
  return (box.content.textContent || '').trim() === '';
}

type ImageVisitor = (paragraph: ReadonlyContentModelParagraph, image: ReadonlyContentModelImage) => void;

function visitImages(group: ReadonlyContentModelBlockGroup, visit: ImageVisitor): void {
  for (const block of group.blocks) {
    if (block.blockType === 'Paragraph') {
      for (const segment of block.segments) if (segment.segmentType === 'Image') visit(block, segment);
    } else if (block.blockType === 'BlockGroup') {
      visitImages(block, visit);
    } else if (block.blockType === 'Table') {
      for (const row of block.rows) for (const cell of row.cells) visitImages(cell, visit);
    }
  }
}

/**
 * Gives every image whose source is `from` the source `to` (an uploaded attachment's URL), or removes it (`to`
 * undefined: its upload failed). Returns whether the model changed, as a content model formatter does.
 */
export function replaceImageSource(model: ReadonlyContentModelBlockGroup, from: string, to: string | undefined): boolean {
  const found: Array<[ReadonlyContentModelParagraph, ReadonlyContentModelImage]> = [];
  visitImages(model, (paragraph, image) => { if (image.src === from) found.push([paragraph, image]); });
  for (const [paragraph, image] of found) {
    mutateSegment(paragraph, image, (img, para, index) => {
      if (to === undefined) para.segments.splice(index, 1);
      else img.src = to;
    });
  }
  return found.length > 0;
}
