import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Set inline style properties through CSSOM, never as a `style` attribute: a page whose policy says
 * `style-src 'self'` blocks style attributes (lit's styleMap writes one on first render) but not
 * `element.style.setProperty`. Use on an element: `<div ${styleProps({ 'grid-column': '2 / 4' })}>`.
 */
class StyleProps extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element, not in an attribute');
  }

  render(_styles: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.names = new Set(Object.keys(styles));
    return nothing;
  }
}

export const styleProps = directive(StyleProps);
