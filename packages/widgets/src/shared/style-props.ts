import { nothing } from 'lit';
import { Directive, PartType, directive, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Set inline style properties through CSSOM, never as a `style` attribute: a page whose policy says
 * `style-src 'self'` blocks style attributes (lit's styleMap writes one on first render) but not
 * `element.style.setProperty`. Use on an element: `<div ${styleProps({ 'grid-column': '2 / 4' })}>`.
 */
class StyleProps extends Directive {
  /**
   * What this element was given last: a property that has not changed is not set again (so one that
   * something else changed in between is not restored; nothing does).
   */
  private last: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element, not in an attribute');
  }

  render(_styles: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name in this.last) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) if (this.last[name] !== styles[name]) style.setProperty(name, styles[name]);
    this.last = { ...styles };
    return nothing;
  }
}

export const styleProps: (styles: Record<string, string>) => DirectiveResult<typeof StyleProps> = directive(StyleProps);
