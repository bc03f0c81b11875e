// Starts Pagefind's search UI on /search/ (the only page with JavaScript).
// An external file, because the Content-Security-Policy forbids inline scripts.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof PagefindUI === 'undefined') return;
  // Incidents are in /pagefind/; explainers and checklists in their own index, merged in here.
  new PagefindUI({
    element: el,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    mergeIndex: [{ bundlePath: '/pagefind/pages/' }],
  });
  const input = el.querySelector('input');
  if (input && el.dataset.label) input.setAttribute('aria-label', el.dataset.label);
});
