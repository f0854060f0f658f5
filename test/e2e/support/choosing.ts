// Steps on the options page shared by the end-to-end tests and the README's screenshots.
import { type PageHandle, waitFor } from './driver';

/** Ticks every row of the history table and opens the comparison. */
export async function compareAllInHistory(options: PageHandle, rows: number): Promise<void> {
  await waitFor(
    () =>
      options.evaluate<boolean>(`document.querySelectorAll(".history-table tbody tr").length === ${rows}`),
    `${rows} history rows`,
  );
  await options.evaluate(`(() => {
    document.querySelectorAll('.history-table tbody input[type="checkbox"]').forEach((box) => box.click());
    return true;
  })()`);
  await waitFor(
    () =>
      options.evaluate<boolean>(`(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Compare selected'));
        if (!button || button.disabled) return false;
        button.click();
        return true;
      })()`),
    'the compare button to be enabled',
  );
  await waitFor(
    () => options.evaluate<boolean>('!!document.querySelector(".compare-table")'),
    'the comparison',
  );
}

/** Chooses the job meant in the playground and types a posting into it, then waits for the guidance. */
export async function writeInPlayground(
  options: PageHandle,
  job: 'cto' | 'vpeng',
  text: string,
): Promise<void> {
  await waitFor(
    () => options.evaluate<boolean>(`!!document.getElementById("playground-intended-${job}")`),
    'the playground',
  );
  await options.evaluate(`(() => {
    document.getElementById('playground-intended-${job}').click();
    const text = document.getElementById('playground-posting');
    text.value = ${JSON.stringify(text)};
    text.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  })()`);
  await waitFor(() => options.evaluate<boolean>('!!document.querySelector(".guidance")'), 'the guidance');
}
