// The classes that tie the build's first screen (index.html, scripts/snapshot)
// to the page that takes it over (main.tsx) and its styles (styles.css):
// the wrapper it is carried in, and the one on <html> that hides it for an
// address it was not rendered for (scripts/snapshot/firstScreenGate.ts).
export const FIRST_SCREEN_CLASS = 'first-screen';
export const NO_FIRST_SCREEN_CLASS = 'no-first-screen';
