import type { StoryObj } from '@storybook/web-components-vite';
import { describeReached, isReached, type Reached, type WidgetExample, type WidgetExamples } from '../examples/harness.js';

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

/** An example, or a story-only state (its `reached` optional: the contract tests do not run it). */
export type StoryExample = Omit<WidgetExample, 'reached'> & { reached?: Reached };

export function exampleStories(examples: WidgetExamples): {
  story: (example: StoryExample, lang?: Lang) => StoryObj<LangArgs>;
  byName: (name: string) => WidgetExample;
} {
  const story = (example: StoryExample, lang?: Lang): StoryObj<LangArgs> => ({
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
          // A story that silently shows another screen than its name says is worse than a failing one.
          if (example.reached && el.shadowRoot && !isReached(el.shadowRoot, example.reached)) {
            throw new Error(`${example.name}: expected ${describeReached(example.reached)}`);
          }
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
