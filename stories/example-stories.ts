import type { StoryObj } from '@storybook/web-components-vite';
import type { WidgetExample, WidgetExamples } from '../src/core/examples.js';

/**
 * Stories come from each widget's `<widget>.examples.ts` (the same states the contract tests check),
 * so stories, demo and tests never drift apart. Every story has a `lang` control.
 */
export type Lang = 'nl' | 'fr' | 'en' | 'de';
export interface LangArgs {
  lang: Lang;
}

/** Spread into a widget's `meta`: the `lang` control, Dutch first. */
export const langControl = {
  args: { lang: 'nl' as Lang },
  argTypes: { lang: { control: 'inline-radio' as const, options: ['nl', 'fr', 'en', 'de'] } },
};

export function exampleStories(examples: WidgetExamples): {
  story: (example: WidgetExample, lang?: Lang) => StoryObj<LangArgs>;
  byName: (name: string) => WidgetExample;
} {
  const story = (example: WidgetExample, lang?: Lang): StoryObj<LangArgs> => ({
    name: lang ? `${example.name} (${lang})` : example.name,
    ...(lang ? { args: { lang } } : {}),
    render: ({ lang: l }) => {
      const holder = document.createElement('div');
      holder.lang = l;
      holder.innerHTML = example.html;
      return holder;
    },
    play: example.drive
      ? async ({ canvasElement }) => {
          const el = canvasElement.querySelector<HTMLElement>(examples.tag);
          if (!el) return;
          await customElements.whenDefined(examples.tag);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await example.drive?.(el);
        }
      : undefined,
  });
  const byName = (name: string): WidgetExample => {
    const e = examples.examples.find((x) => x.name === name);
    if (!e) throw new Error(`no example ${name}`);
    return e;
  };
  return { story, byName };
}
