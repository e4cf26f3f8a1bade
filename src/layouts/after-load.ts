// What a page does beyond being read, in one bundle that comes once the page has loaded (Base.astro):
// the text and its styles arrive first and alone, and this never competes with them. The controls it
// enables are drawn from the first paint (their CSS shows them when JavaScript runs), so nothing moves.
// `data-listo` on <html> says it has run: the tests wait for it, as a reader's first click would.
import { enableZoomButtons } from '../diagrams/zoom-buttons.ts';
import { enableCopyLinks } from '../links/copy-link-buttons.ts';
import { enableCodeBlocks } from '../markdown/code-blocks.ts';
import { registerOffline } from '../offline/register.ts';
import { enableSearch } from '../search/client/opener.ts';
import { enableSentenceLinks } from '../sentences/loader.ts';
import { followReading } from './scroll-spy.ts';

const status = document.getElementById('aviso')!;
enableSearch();
enableCodeBlocks(status);
enableCopyLinks(status);
followReading();
enableZoomButtons();
enableSentenceLinks();
// Absent when OFFLINE=0: then this page registers nothing.
const prompt = document.querySelector<HTMLElement>('.update-prompt');
if (prompt) {
  prompt.querySelector('.update-dismiss')!.addEventListener('click', () => (prompt.hidden = true));
  registerOffline(prompt);
}
document.documentElement.dataset.listo = '';
