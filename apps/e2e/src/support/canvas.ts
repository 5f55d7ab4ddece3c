/** Runs in the page: true once the first matching canvas has a pixel that is not fully transparent. */
export function canvasHasInk(selector: string): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>(selector);
  const context = canvas?.getContext('2d');
  if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return false;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  for (let alpha = 3; alpha < data.length; alpha += 4) {
    if (data[alpha] !== 0) return true;
  }
  return false;
}
