/** The theme files shipped in packages/widgets/themes/, served by the test runner from the repository root. */
export const THEME_FILES = ['high-contrast.css', 'regional-blue.css', 'neutral-grey.css'] as const;

export const themeUrl = (file: string) => `/packages/widgets/themes/${file}`;

/** The `--iisg-*` declarations of a theme file, in order. */
export async function themeDeclarations(file: string): Promise<[name: string, value: string][]> {
  const response = await fetch(themeUrl(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const css = (await response.text()).replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/(--iisg-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
}
