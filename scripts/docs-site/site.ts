// The documentation site's script: the library (every element), and the theming page's
// token editor, which sets --civic-* custom properties on the preview as you change them.
import 'civicstat';

for (const editor of document.querySelectorAll<HTMLFormElement>('form.token-editor')) {
  const preview = document.getElementById(editor.dataset.preview ?? '');
  if (!preview) continue;
  const apply = (input: HTMLInputElement) => {
    const unit = input.dataset.unit ?? '';
    preview.style.setProperty(input.name, `${input.value}${unit}`);
    const output = editor.querySelector<HTMLOutputElement>(`output[for="${input.id}"]`);
    if (output) output.value = `${input.name}: ${input.value}${unit};`;
  };
  editor.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement) apply(event.target);
  });
  editor.addEventListener('reset', () => queueMicrotask(() => editor.querySelectorAll('input').forEach(apply)));
  editor.querySelectorAll('input').forEach(apply);
}
