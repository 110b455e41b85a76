/** Terminal styling that honours NO_COLOR and plain pipes. */
const useColor = () => !process.env.NO_COLOR && process.stdout.isTTY === true;

function wrap(open: number, close: number) {
  return (text: string) => (useColor() ? `\u001b[${open}m${text}\u001b[${close}m` : text);
}

export const style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function print(line = ""): void {
  process.stdout.write(`${line}\n`);
}
